#include "Theme.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {

// What the application looked like before any change: the style, palette and font the desktop
// gave it, so that turning the theme off or the text back to 100% restores them exactly.
struct Original
{
    QString style;
    QPalette palette;
    QFont font;
};

const Original &original()
{
    static const Original o{QApplication::style()->name(), QApplication::palette(),
                            QApplication::font()};
    return o;
}

// Thick focus frames, so the keyboard focus is seen from a step back from the screen.
constexpr auto kHighContrastSheet =
    "QLineEdit:focus, QComboBox:focus, QPushButton:focus, QToolButton:focus, QAbstractItemView:focus,"
    " QDateEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus,"
    " QCheckBox:focus, QRadioButton:focus { border: 3px solid #ffff00; }"
    " QPushButton { border: 2px solid #ffffff; padding: 4px 10px; }"
    " QPushButton:default { border-color: #00ffff; }"
    " QPushButton:disabled { border-color: #a0a0a0; }"
    " QTabBar::tab:selected { background: #ffff00; color: #000000; }";

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

QPalette highContrastPalette()
{
    const QColor black(0, 0, 0), white(255, 255, 255), yellow(255, 255, 0), grey(0xb0, 0xb0, 0xb0);
    QPalette p(white, black); // button text, window
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                            QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, role == QPalette::AlternateBase ? QColor(0x1a, 0x1a, 0x1a) : black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(role, white);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    p.setColor(QPalette::PlaceholderText, grey);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

void applyLook(const Look &look)
{
    const Original &before = original();
    if (look.highContrast) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(highContrastPalette());
        qApp->setStyleSheet(QString::fromLatin1(kHighContrastSheet));
    } else {
        qApp->setStyleSheet({});
        if (QApplication::style()->name() != before.style)
            QApplication::setStyle(QStyleFactory::create(before.style));
        QApplication::setPalette(before.palette);
    }
    QFont font = before.font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(before.font.pointSizeF() * look.textScale);
    else
        font.setPixelSize(int(std::lround(before.font.pixelSize() * look.textScale)));
    QApplication::setFont(font);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace motcua::ui
