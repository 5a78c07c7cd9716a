#include "CliContext.h"

#include "core/Translations.h"

#include <QByteArrayView>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(motcua_cli)
};
// `dossier receipt` draws the receipt, which needs a QGuiApplication (fonts); every other command
// runs without one.
bool drawsReceipt(int argc, char *argv[])
{
    bool dossier = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "dossier")
            dossier = true;
        else if (dossier && arg == "receipt")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> owner;
    if (drawsReceipt(argc, argv)) {
        // The command line never shows a window: no display is needed.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        owner = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        owner = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *owner;
    QCoreApplication::setApplicationName(u"motcua"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    // Progress notes of the modules are for developers: shown with QT_LOGGING_RULES only.
    QLoggingCategory::setFilterRules(u"motcua.*.info=false"_s);

    // The language is needed before the help texts are built.
    const QStringList argsIn = QCoreApplication::arguments();
    const qsizetype langAt = argsIn.indexOf(u"--lang"_s);
    motcua::installTranslations(app, langAt > 0 ? argsIn.value(langAt + 1) : QString());

    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_s, Tr::tr("Local store folder."), u"DIR"_s);
    const QCommandLineOption lang(u"lang"_s, Tr::tr("Language: vi or en."), u"LANG"_s);
    parser.addOptions({dataDir, lang});
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(u"command"_s,
                                 Tr::tr("audit | backup | calendar | catalog | cccd | dossier | "
                                        "fees | import-dossiers | keys | queue | report | sync | "
                                        "units"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    const QStringList pos = parser.positionalArguments();
    const QString command = pos.value(0);
    QStringList rest = pos.mid(1);
    rest.prepend(u"motcua-cli "_s + command);
    motcua::cli::CliContext ctx(parser.value(dataDir));
    if (command == u"audit")
        return motcua::cli::runAudit(ctx, rest);
    if (command == u"calendar")
        return motcua::cli::runCalendar(ctx, rest);
    if (command == u"catalog")
        return motcua::cli::runCatalog(ctx, rest);
    if (command == u"cccd")
        return motcua::cli::runCccd(ctx, rest);
    if (command == u"dossier")
        return motcua::cli::runDossier(ctx, rest);
    if (command == u"fees")
        return motcua::cli::runFees(ctx, rest);
    if (command == u"import-dossiers")
        return motcua::cli::runImportDossiers(ctx, rest);
    if (command == u"queue")
        return motcua::cli::runQueue(ctx, rest);
    if (command == u"report")
        return motcua::cli::runReport(ctx, rest);
    if (command == u"sync")
        return motcua::cli::runSync(ctx, rest);
    if (command == u"backup" || command == u"keys")
        return (command == u"backup" ? motcua::cli::runBackup : motcua::cli::runKeys)(ctx, rest);
    if (command == u"units")
        return motcua::cli::runUnits(ctx, rest);
    QTextStream(stderr) << Tr::tr("Usage: motcua-cli [--data-dir DIR] [--lang vi|en] COMMAND …\n"
                                  "Commands:\n"
                                  "  calendar due --from YYYY-MM-DDTHH:MM --days N | calendar "
                                  "holidays YEAR\n"
                                  "  calendar install FILE | calendar installed\n"
                                  "  catalog search QUERY | catalog import FILE | catalog info\n"
                                  "  cccd check NUMBER [--dob YYYY-MM-DD] [--sex male|female]\n"
                                  "  cccd parse-qr STRING\n"
                                  "  dossier add --procedure CODE --name NAME --cccd NUMBER "
                                  "--phone PHONE\n"
                                  "      [--paper CODE=original|copy|scan:FILE]… [--exempt GROUND]… "
                                  "[--awaiting-citizen]\n"
                                  "  dossier receipt --code CODE --output FILE.pdf\n"
                                  "  dossier show --code CODE\n"
                                  "  fees install FILE\n"
                                  "  import-dossiers FILE.jsonl\n"
                                  "  queue list\n"
                                  "  report --from YYYY-MM-DD --to YYYY-MM-DD "
                                  "[--by level|unit|field|procedure]\n"
                                  "      [--format csv|xlsx] [--output FILE]\n"
                                  "  sync [--server URL] [--user USER] [--force]\n"
                                  "  units import FILE.csv | units list [--on YYYY-MM-DD]\n"
                                  "  units set CODE --name NAME --level LEVEL [--parent CODE] "
                                  "[--from YYYY-MM-DD] [--to YYYY-MM-DD]\n");
    return motcua::cli::BadInput;
}
