#include "MainWindow.h"
#include "Theme.h"

#include "core/Translations.h"
#include "security/KeychainStore.h"
#include "sync/ServerAddress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(motcua_main)
};
// --version and --help only print: they must work without a display (scripts, the package test).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-v", "--version", "-h", "--help", "--help-all", "-?"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    const bool gui = !onlyPrints(argc, argv);
    std::unique_ptr<QCoreApplication> owner;
    if (gui)
        owner = std::make_unique<QApplication>(argc, argv);
    else
        owner = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *owner;
    QCoreApplication::setApplicationName(u"motcua"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    if (gui) {
        QApplication::setApplicationDisplayName(u"motcua"_s);
        QApplication::setDesktopFileName(u"motcua"_s);
        QApplication::setWindowIcon(QIcon(u":/icons/motcua.svg"_s));
    }

    const QStringList args = QCoreApplication::arguments();
    const qsizetype langAt = args.indexOf(u"--lang"_s);
    motcua::installTranslations(app, langAt > 0 ? args.value(langAt + 1) : QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("One-stop counter desk for assisted online submission."));
    const QCommandLineOption dataDir(u"data-dir"_s, Tr::tr("Local store folder."), u"DIR"_s);
    const QCommandLineOption lang(u"lang"_s, Tr::tr("Language: vi or en."), u"LANG"_s);
    const QCommandLineOption server(u"server"_s,
                                    Tr::tr("Provincial system URL (saved for this desk)."),
                                    u"URL"_s);
    const QCommandLineOption highContrast(
        u"high-contrast"_s, Tr::tr("Use the high-contrast theme on this desk (saved; View menu)."));
    parser.addOptions({dataDir, lang, server, highContrast});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    motcua::DeskSettings settings(parser.value(dataDir));
    if (parser.isSet(server)) {
        // Plain http to another computer is refused here, before it is saved for the desk.
        const QUrl url = QUrl::fromUserInput(parser.value(server));
        if (auto usable = motcua::ServerAddress::check(url); !usable) {
            std::fprintf(stderr, "motcua: %s\n", qUtf8Printable(usable.error().message));
            QMessageBox::critical(nullptr, Tr::tr("Provincial system address"),
                                  usable.error().message);
            return 2;
        }
        settings.setServerUrl(url);
    }
    if (parser.isSet(highContrast))
        settings.setHighContrast(true);
    motcua::ui::applyLook({settings.highContrast(), settings.textScale()});
    motcua::KeychainStore keychain;
    motcua::ui::MainWindow window(settings, keychain);
    window.show();
    return app.exec();
}
