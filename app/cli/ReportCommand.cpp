#include "CliContext.h"

#include "report/ReportCsv.h"
#include "report/ReportService.h"
#include "report/ReportXlsx.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

int refuse(CliContext &ctx, const QString &message)
{
    return ctx.report(Error{u"cli.usage"_s, message, {}}, BadInput);
}

// A Vietnam calendar day written YYYY-MM-DD; invalid when missing or malformed.
QDate dayOf(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

int runReport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The online-rate report the way the national monitor counts it (docs/reports.md): "
               "dossiers carried over and newly received in the period, online and direct or "
               "postal, with the system's and the EMC-counted online rate."));
    const QCommandLineOption from(u"from"_s, Tr::tr("First day of the period."), u"YYYY-MM-DD"_s);
    const QCommandLineOption to(u"to"_s, Tr::tr("Last day of the period (included)."),
                                u"YYYY-MM-DD"_s);
    const QCommandLineOption by(u"by"_s, Tr::tr("Rows by: level, unit, field or procedure."),
                                u"GROUPING"_s, u"level"_s);
    const QCommandLineOption format(u"format"_s, Tr::tr("csv (default) or xlsx."), u"FORMAT"_s,
                                    u"csv"_s);
    const QCommandLineOption output(u"output"_s,
                                    Tr::tr("File to write; the CSV goes to the standard output "
                                           "without it."),
                                    u"FILE"_s);
    parser.addOptions({from, to, by, format, output});
    const QCommandLineOption help = parser.addHelpOption();
    if (auto done = ctx.parse(parser, args, help))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return refuse(ctx, Tr::tr("Unexpected argument %1 (see --help).")
                               .arg(parser.positionalArguments().constFirst()));

    ReportRequest request;
    request.from = dayOf(parser.value(from));
    request.to = dayOf(parser.value(to));
    if (!request.from.isValid())
        return refuse(ctx, Tr::tr("Give the first day of the period as --from YYYY-MM-DD, a date "
                                  "that exists (not \"%1\").").arg(parser.value(from)));
    if (!request.to.isValid())
        return refuse(ctx, Tr::tr("Give the last day of the period as --to YYYY-MM-DD, a date "
                                  "that exists (not \"%1\").").arg(parser.value(to)));
    if (request.from > request.to)
        return refuse(ctx, Tr::tr("The period starts on %1, after its last day %2: swap them.")
                               .arg(parser.value(from), parser.value(to)));
    static const QHash<QString, ReportGrouping> groupings{
        {u"level"_s, ReportGrouping::Level}, {u"unit"_s, ReportGrouping::Unit},
        {u"field"_s, ReportGrouping::Field}, {u"procedure"_s, ReportGrouping::Procedure}};
    if (!groupings.contains(parser.value(by)))
        return refuse(ctx, Tr::tr("Unknown grouping \"%1\": use level, unit, field or "
                                  "procedure.").arg(parser.value(by)));
    request.by = groupings.value(parser.value(by));
    const QString kind = parser.value(format);
    if (kind != u"csv" && kind != u"xlsx")
        return refuse(ctx, Tr::tr("Unknown format \"%1\": use csv or xlsx.").arg(kind));
    const QString file = parser.value(output);
    if (kind == u"xlsx" && file.isEmpty())
        return refuse(ctx, Tr::tr("An Excel report needs a file to write: add --output "
                                  "FILE.xlsx."));

    Database *store = ctx.store();
    if (!store)
        return StoreUnusable;
    request.deskUnitCode = ctx.settings().desk().unitCode;
    auto report = ReportService(*store).run(request);
    if (!report)
        return ctx.report(report.error(), StoreUnusable);

    Result<void> written;
    if (kind == u"xlsx")
        written = ReportXlsx::write(*report, file);
    else if (!file.isEmpty())
        written = ReportCsv::writeFile(*report, file);
    else {
        ctx.out().flush();
        ctx.out() << QString::fromUtf8(ReportCsv::toBytes(*report));
        ctx.out().flush();
        // A full disk or a reader that went away: the report is not where the caller expects it
        // and a script must not take it as written.
        if (ctx.out().status() != QTextStream::Ok) {
            ctx.out().resetStatus();
            return ctx.report(
                Error{u"report.write"_s,
                      Tr::tr("The report could not be written to the standard output (the disk "
                             "may be full or the program reading it may have stopped). Write it "
                             "to a file with --output FILE.csv instead."),
                      u"stdout: write or flush failed"_s},
                BadInput);
        }
        return Ok;
    }
    if (!written)
        return ctx.report(written.error(), BadInput);
    ctx.out() << Tr::tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(file)) << '\n';
    return Ok;
}

} // namespace motcua::cli
