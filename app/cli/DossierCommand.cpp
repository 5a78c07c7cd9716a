#include "CliContext.h"

#include "intake/AttachmentStore.h"
#include "intake/IntakeService.h"
#include "receipt/ReceiptRenderer.h"
#include "store/DossierRepository.h"
#include "store/OutboxRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>

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

QString channelKey(Channel channel, Confirmation confirmation)
{
    switch (channel) {
    case Channel::Direct: return u"direct"_s;
    case Channel::Postal: return u"postal"_s;
    case Channel::Online:
        switch (confirmation) {
        case Confirmation::Confirmed: return u"online-confirmed"_s;
        case Confirmation::Awaiting: return u"online-awaiting"_s;
        case Confirmation::None: return u"online-unconfirmed"_s;
        }
    }
    return {};
}

// dossier receipt --code CODE --output FILE.pdf: the receipt of a stored dossier again, marked as
// reprinted. Exit 2 for an unknown code or an output that cannot be written, 3 when the store
// cannot be used or the stored dossier cannot be drawn.
int reprint(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Reprint the receipt of a dossier in the local store as a PDF file, marked as "
               "reprinted."));
    parser.addPositionalArgument(u"receipt"_s, Tr::tr("Reprint a receipt."));
    const QCommandLineOption code(u"code"_s, Tr::tr("Dossier code, as printed on the receipt."),
                                  u"CODE"_s);
    const QCommandLineOption output(u"output"_s,
                                    Tr::tr("The PDF file to write; an existing file is replaced."),
                                    u"FILE.pdf"_s);
    parser.addOptions({code, output});
    parser.addHelpOption();
    parser.process(args);
    if (parser.positionalArguments() != QStringList{u"receipt"_s} || !parser.isSet(code)
        || !parser.isSet(output)) {
        ctx.err() << parser.helpText();
        return BadInput;
    }
    auto queued = ctx.dossierByCode(parser.value(code));
    if (!queued)
        return queued.error();
    Database *db = ctx.unlockedStore();
    auto row = DossierRepository(*db).find(queued->id);
    if (!row)
        return ctx.report(row.error(), StoreUnusable);
    if (!*row)
        return ctx.report({u"cli.unknown_code"_s, Tr::tr("The dossier %1 is no longer in this "
                                                         "desk's store.").arg(queued->code), {}},
                          BadInput);
    Receipt receipt = IntakeService::receiptFor(**row);
    receipt.reprintedAt = QDateTime::currentDateTime();
    const QString path = QFileInfo(parser.value(output)).absoluteFilePath();
    if (auto written = ReceiptRenderer::writePdf(receipt, path); !written) {
        return ctx.report(written.error(), written.error().code == u"receipt.write_failed"
                                               ? BadInput : StoreUnusable);
    }
    ctx.out() << QDir::toNativeSeparators(path) << '\n';
    return Ok;
}
} // namespace

// --paper CODE=original|copy|scan:FILE. A scan is checked and stored before the dossier is saved.
Result<PaperDraft> paperOption(const QString &value, AttachmentStore &scans)
{
    const qsizetype eq = value.indexOf(u'=');
    if (eq <= 0)
        return fail(u"cli.paper"_s, Tr::tr("Write --paper CODE=original, CODE=copy or "
                                           "CODE=scan:FILE (got \"%1\").").arg(value));
    PaperDraft paper;
    paper.code = value.left(eq);
    const QString how = value.mid(eq + 1);
    if (how == u"original") {
        paper.form = PaperForm::OriginalSeen;
    } else if (how == u"copy") {
        paper.form = PaperForm::CopyKept;
    } else if (how.startsWith(u"scan:")) {
        auto stored = scans.import(how.mid(5));
        if (!stored)
            return std::unexpected(stored.error());
        paper.form = PaperForm::ScanAttached;
        paper.sha256 = stored->sha256;
        paper.mime = stored->mime;
        paper.size = stored->size;
        paper.originalName = QFileInfo(how.mid(5)).fileName();
    } else {
        return fail(u"cli.paper"_s, Tr::tr("Write --paper CODE=original, CODE=copy or "
                                           "CODE=scan:FILE (got \"%1\").").arg(value));
    }
    return paper;
}

int runDossier(CliContext &ctx, const QStringList &args)
{
    if (args.value(1) == u"receipt")
        return reprint(ctx, args);
    if (args.value(1) == u"show")
        return showDossier(ctx, args);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Queue a dossier received at the counter."));
    parser.addPositionalArgument(u"add"_s, Tr::tr("Queue a new dossier."));

    const QCommandLineOption procedure(u"procedure"_s, Tr::tr("Procedure code."), u"CODE"_s);
    const QCommandLineOption name(u"name"_s, Tr::tr("Applicant's full name."), u"NAME"_s);
    const QCommandLineOption cccd(u"cccd"_s, Tr::tr("Applicant's 12-digit ID number."), u"NUMBER"_s);
    const QCommandLineOption phone(u"phone"_s, Tr::tr("Applicant's phone number."), u"PHONE"_s);
    const QCommandLineOption paper(u"paper"_s,
                                   Tr::tr("A paper received: CODE=original (original seen), "
                                          "CODE=copy (copy kept) or CODE=scan:FILE. Repeat for "
                                          "each paper."),
                                   u"CODE=HOW"_s);
    const QCommandLineOption exempt(u"exempt"_s, Tr::tr("Fee exemption ground (repeatable)."),
                                    u"GROUND"_s);
    const QCommandLineOption quantity(u"quantity"_s, Tr::tr("Quantity the fee is charged on."),
                                      u"N"_s, u"1"_s);
    const QCommandLineOption awaiting(
        u"awaiting-citizen"_s,
        Tr::tr("File it online, awaiting the citizen's confirmation from their own phone. "
               "Without it the dossier is direct intake."));
    parser.addOptions({procedure, name, cccd, phone, paper, exempt, quantity, awaiting});
    parser.addHelpOption();
    parser.process(args);
    if (parser.positionalArguments() != QStringList{u"add"_s}) {
        ctx.err() << parser.helpText();
        return BadInput;
    }
    Database *db = ctx.unlockedStore();
    if (!db)
        return StoreUnusable;
    const IntakeRules rules = IntakeRules::load(ctx.settings());
    for (const QString &warning : rules.warnings)
        ctx.err() << warning << '\n';
    AttachmentStore scans(ctx.settings().attachmentsDir(), rules.scanLimits);
    DossierDraft draft;
    draft.procedureCode = parser.value(procedure);
    draft.applicantName = parser.value(name);
    draft.applicantCccd = parser.value(cccd);
    draft.applicantPhone = parser.value(phone);
    for (const QString &value : parser.values(paper)) {
        auto p = paperOption(value, scans);
        if (!p)
            return ctx.report(p.error(), BadInput);
        draft.papers.append(*p);
    }
    draft.exemptionCodes = parser.values(exempt);
    bool ok = false;
    draft.feeQuantity = parser.value(quantity).toInt(&ok);
    if (!ok)
        return ctx.report(Error{u"cli.quantity"_s, Tr::tr("--quantity must be a whole number."),
                                {}}, BadInput);
    if (parser.isSet(awaiting)) {
        draft.channel = Channel::Online;
        draft.confirmation = Confirmation::Awaiting;
    }
    auto queued = IntakeService(*db, rules, ctx.settings().attachmentsDir())
                      .queue(draft, ctx.settings().desk(), QDateTime::currentDateTime());
    if (!queued)
        return ctx.report(queued.error(), queued.error().code.startsWith(u"store.")
                                              ? StoreUnusable : BadInput);
    ctx.out() << queued->queued.code << '\t'
              << queued->queued.dueAt.toTimeZone(QTimeZone(7 * 3600)).toString(u"yyyy-MM-dd HH:mm"_s)
              << '\t' << queued->receipt.feeTotal << '\n';
    return Ok;
}

int runQueue(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show the dossiers in the local queue."));
    parser.addPositionalArgument(
        u"list"_s, Tr::tr("One line per dossier: code, state, reason, next attempt, channel, provincial status."));
    parser.addHelpOption();
    parser.process(args);
    if (parser.positionalArguments() != QStringList{u"list"_s}) {
        ctx.err() << parser.helpText();
        return BadInput;
    }
    Database *db = ctx.unlockedStore();
    if (!db)
        return StoreUnusable;
    auto rows = OutboxRepository(*db).list();
    if (!rows)
        return ctx.report(rows.error(), StoreUnusable);
    // CODE, STATE, REASON, NEXT ATTEMPT (local time with offset, empty when none), CHANNEL
    // (direct, postal, online-confirmed, online-awaiting, online-unconfirmed), and the
    // provincial status code (TrangThaiHoSo) once the provincial system has the dossier.
    for (const QueuedDossier &d : *rows) {
        const bool awaiting = d.state == OutboxState::Sent && d.channel == Channel::Online
                              && d.confirmation == Confirmation::Awaiting;
        ctx.out() << d.code << '\t' << (awaiting ? u"awaiting-citizen"_s : stateLabel(d.state))
                  << '\t' << d.reason << '\t'
                  << (d.state == OutboxState::RetryLater && d.nextAttemptAt.isValid()
                          ? localIso(d.nextAttemptAt)
                          : QString())
                  << '\t' << channelKey(d.channel, d.confirmation) << '\t'
                  << (d.provincialCode.isEmpty() ? QString() : QString::number(d.provincialStatus))
                  << '\n';
    }
    return Ok;
}

} // namespace motcua::cli
