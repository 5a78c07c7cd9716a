#pragma once

#include <QString>

class QCoreApplication;

namespace motcua {

// Installs motcua's translation. Vietnamese is the default; English is used when the user's UI
// languages put English before Vietnamese, or when `language` is "en".
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace motcua
