#include "CliContext.h"

#include "intake/IntakeService.h"
#include "store/OutboxRepository.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DossierCommand)
};

QString stateLabel(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return u"queued"_s;
    case OutboxState::Sending: return u"sending"_s;
    case OutboxState::Sent: return u"sent"_s;
    case OutboxState::RetryLater: return u"failed-will-retry"_s;
    case OutboxState::NeedsAction: return u"failed-needs-action"_s;
    }
    return {};
}
} // namespace

int runDossier(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Queue a dossier received at the counter."));
    parser.addPositionalArgument(u"add"_s, Tr::tr("Queue a new dossier."));
    const QCommandLineOption procedure(u"procedure"_s, Tr::tr("Procedure code."), u"CODE"_s);
    const QCommandLineOption name(u"name"_s, Tr::tr("Applicant's full name."), u"NAME"_s);
    const QCommandLineOption cccd(u"cccd"_s, Tr::tr("Applicant's 12-digit ID number."), u"NUMBER"_s);
    const QCommandLineOption phone(u"phone"_s, Tr::tr("Applicant's phone number."), u"PHONE"_s);
    parser.addOptions({procedure, name, cccd, phone});
    parser.addHelpOption();
    parser.process(args);
    if (parser.positionalArguments() != QStringList{u"add"_s}) {
        ctx.err() << parser.helpText();
        return BadInput;
    }
    Database *db = ctx.store();
    if (!db)
        return StoreUnusable;
    DossierDraft draft;
    draft.procedureCode = parser.value(procedure);
    draft.applicantName = parser.value(name);
    draft.applicantCccd = parser.value(cccd);
    draft.applicantPhone = parser.value(phone);
    auto queued = IntakeService(*db).queue(draft, ctx.settings().desk(),
                                           QDateTime::currentDateTime());
    if (!queued)
        return ctx.report(queued.error(), queued.error().code.startsWith(u"store.")
                                              ? StoreUnusable : BadInput);
    ctx.out() << queued->code << '\n';
    return Ok;
}

int runQueue(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show the dossiers in the local queue."));
    parser.addPositionalArgument(u"list"_s, Tr::tr("One line per dossier: code, state, reason."));
    parser.addHelpOption();
    parser.process(args);
    if (parser.positionalArguments() != QStringList{u"list"_s}) {
        ctx.err() << parser.helpText();
        return BadInput;
    }
    Database *db = ctx.store();
    if (!db)
        return StoreUnusable;
    auto rows = OutboxRepository(*db).list();
    if (!rows)
        return ctx.report(rows.error(), StoreUnusable);
    for (const QueuedDossier &d : *rows)
        ctx.out() << d.code << '\t' << stateLabel(d.state) << '\t' << d.reason << '\n';
    return Ok;
}

} // namespace motcua::cli
