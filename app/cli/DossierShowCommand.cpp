#include "CliContext.h"

#include "store/DossierRepository.h"
#include "store/OutboxRepository.h"
#include "store/ProgressRepository.h"
#include "sync/ProvincialStatus.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DossierShowCommand)
};

QString vnTime(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(7 * 3600))
                             .toString(u"yyyy-MM-dd HH:mm"_s)
                       : QString();
}
} // namespace

// dossier show --code CODE: the dossier's provincial status, due date and progress events, one
// event a line: cursor, time, kind, status code, due date, what is asked / who confirmed.
int showDossier(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show a dossier's progress as reported by the provincial system."));
    parser.addPositionalArgument(u"show"_s, Tr::tr("Show a dossier."));
    const QCommandLineOption code(u"code"_s, Tr::tr("Dossier code, as printed on the receipt."),
                                  u"CODE"_s);
    parser.addOption(code);
    parser.addHelpOption();
    parser.process(args);
    if (parser.positionalArguments() != QStringList{u"show"_s} || !parser.isSet(code)) {
        ctx.err() << parser.helpText();
        return BadInput;
    }
    auto d = ctx.dossierByCode(parser.value(code));
    if (!d)
        return d.error();
    Database *db = ctx.unlockedStore();
    ctx.out() << d->code << '\t'
              << (d->provincialCode.isEmpty() ? QString() : QString::number(d->provincialStatus))
              << '\t'
              << (d->provincialCode.isEmpty() ? QString()
                                              : ProvincialStatus::name(d->provincialStatus))
              << '\t' << vnTime(d->dueAt) << '\n';
    auto events = ProgressRepository(*db).events(d->id);
    if (!events)
        return ctx.report(events.error(), StoreUnusable);
    for (const ProgressEvent &e : *events) {
        const QJsonObject supplement = e.payload.value(u"supplement"_s).toObject();
        const QString detail = !supplement.isEmpty() ? ProvincialStatus::supplementText(supplement)
                                                     : e.payload.value(u"NoiDungXuLy"_s).toString();
        ctx.out() << e.cursor << '\t' << vnTime(e.at) << '\t' << e.kind << '\t'
                  << (e.status > 0 ? QString::number(e.status) : QString()) << '\t'
                  << vnTime(e.dueAt) << '\t' << detail << '\n';
    }
    return Ok;
}

} // namespace motcua::cli
