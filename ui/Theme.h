#pragma once

class QColor;
class QPalette;

namespace motcua::ui {

// How the desk looks, for clerks who need it: a high-contrast theme (white and yellow on black,
// thick yellow focus frames, every colour pair at least 7:1) and a text size from 80% to 200% on
// top of the screen's own scaling (QT_SCALE_FACTOR / the desktop's 150% or 200%). Applied to the
// whole application, live.
struct Look
{
    bool highContrast = false;
    double textScale = 1.0;
};

void applyLook(const Look &look);
QPalette highContrastPalette();
// WCAG 2 contrast ratio between two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace motcua::ui
