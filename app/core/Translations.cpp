#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace motcua {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString chosen = language;
    if (chosen.isEmpty()) {
        chosen = u"vi"_s;
        for (const QString &ui : QLocale::system().uiLanguages()) {
            if (ui.startsWith(u"vi"))
                break;
            if (ui.startsWith(u"en")) {
                chosen = u"en"_s;
                break;
            }
        }
    }
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/motcua_"_s + chosen + u".qm"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(u":/i18n/qtbase_extra_"_s + chosen + u".qm"_s))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(chosen == u"en" ? QLocale::English : QLocale::Vietnamese,
                                QLocale::Vietnam));
    return chosen;
}

} // namespace motcua
