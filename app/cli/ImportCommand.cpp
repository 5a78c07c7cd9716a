#include "CliContext.h"

#include "report/DossierImport.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};
} // namespace

// A thin wrapper: the service does the work and says what was refused.
int runImportDossiers(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Imports dossier history for the online-rate report (docs/units-and-import.md).\n"
               "FILE.jsonl: one national dossier record per line, with MaDonVi and CapDonVi. "
               "All or nothing: a refused line leaves the store as it was. A dossier already "
               "imported is replaced."));
    parser.addPositionalArgument(u"file"_s, Tr::tr("The JSONL file."), u"FILE.jsonl"_s);
    const QCommandLineOption help = parser.addHelpOption();
    if (auto done = ctx.parse(parser, args, help))
        return *done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.report(Error{u"cli.usage"_s,
                                Tr::tr("Usage: motcua-cli import-dossiers FILE.jsonl (see "
                                       "--help)."),
                                {}},
                          BadInput);
    Database *db = ctx.store();
    if (!db)
        return StoreUnusable;
    auto summary = DossierImport(*db).importFile(pos.first());
    if (!summary) {
        const bool store = summary.error().code.startsWith(u"store.");
        return ctx.report(summary.error(), store ? StoreUnusable : BadInput);
    }
    QString line = Tr::tr("Read %1 lines from %2: %3 new dossiers, %4 replaced.")
                       .arg(summary->lines)
                       .arg(QDir::toNativeSeparators(pos.first()))
                       .arg(summary->added)
                       .arg(summary->replaced);
    if (summary->kept > 0)
        line += u' '
                + Tr::tr("%1 were received at this desk and are kept as recorded here.")
                      .arg(summary->kept);
    ctx.out() << line << '\n';
    return Ok;
}

} // namespace motcua::cli
