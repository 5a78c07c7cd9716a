#include "IntakeService.h"

#include "security/Audit.h"

#include "core/Cccd.h"
#include "core/PhoneNumber.h"
#include "identity/IdentityService.h"
#include "intake/AttachmentStore.h"
#include "security/Vault.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/OutboxRepository.h"
#include "sync/NationalRecord.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIntake, "motcua.intake")

namespace motcua {

namespace {

bool isSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

bool hasScan(const PaperDraft &p)
{
    return p.form && (*p.form == PaperForm::ScanAttached || *p.form == PaperForm::ReusedDigitised);
}

// The checklist: the catalogue's papers in its order, each with what the clerk provided.
Result<QList<PaperDraft>> checklist(const Procedure &procedure, const QList<PaperDraft> &given)
{
    QList<PaperDraft> papers;
    for (const ProcedurePaper &p : procedure.papers) {
        PaperDraft d = PaperDraft::of(p.code, p.name, p.required, p.copies);
        for (const PaperDraft &g : given) {
            if (g.code == p.code) {
                d.form = g.form;
                d.sha256 = g.sha256;
                d.mime = g.mime;
                d.size = g.size;
                d.originalName = g.originalName;
                d.copies = std::max(1, g.copies);
            }
        }
        papers.append(d);
    }
    for (const PaperDraft &g : given) {
        const bool known = std::any_of(procedure.papers.cbegin(), procedure.papers.cend(),
                                       [&](const ProcedurePaper &p) { return p.code == g.code; });
        if (!known)
            return fail(u"intake.paper_unknown"_s,
                        IntakeService::tr("The paper \"%1\" is not in the checklist of procedure "
                                          "%2. Start the dossier again from the procedure.")
                            .arg(g.name, procedure.code));
        if (hasScan(g) && !isSha256(g.sha256))
            return fail(u"intake.paper_scan"_s,
                        IntakeService::tr("The scan of \"%1\" was not stored. Attach it again.")
                            .arg(g.name));
    }
    return papers;
}

QString formLabel(PaperForm form)
{
    switch (form) {
    case PaperForm::OriginalSeen: return u"bản chính đã đối chiếu"_s;
    case PaperForm::CopyKept: return u"bản sao nộp kèm"_s;
    case PaperForm::ScanAttached: return u"bản điện tử"_s;
    case PaperForm::ReusedDigitised: return u"dùng lại bản điện tử đã có"_s;
    }
    return {};
}

// Always Vietnamese: it is what the citizen consents to, like the receipt.
QString summaryOf(const Procedure &procedure, const QList<PaperDraft> &papers,
                  const FeeBreakdown &fees, int workingDays, const DossierDraft &draft,
                  const QString &name, const QString &cccd, const DeskIdentity &desk)
{
    QStringList lines;
    lines << u"Đơn vị tiếp nhận: %1 (%2)"_s.arg(desk.unitName, desk.unitCode);
    lines << u"Thủ tục: %1 — %2"_s.arg(procedure.code, procedure.name);
    lines << u"Người nộp: %1, số định danh %2"_s.arg(name, cccd);
    lines << u"Giấy tờ:"_s;
    for (const PaperDraft &p : papers) {
        if (p.form)
            lines << u"  - %1 (%2 bản, %3)"_s.arg(p.name).arg(p.copies).arg(formLabel(*p.form));
    }
    lines << u"Phí, lệ phí phải nộp: %1 đồng"_s.arg(FeeCalculator::formatVnd(fees.totalVnd));
    lines << u"Thời hạn giải quyết: %1 ngày làm việc"_s.arg(workingDays);
    lines << (draft.channel == Channel::Online
                  ? u"Hình thức: nộp trực tuyến bằng tài khoản của chính công dân"_s
                  : u"Hình thức: nộp trực tiếp tại Bộ phận Một cửa"_s);
    return lines.join(u'\n');
}

} // namespace

IntakeService::IntakeService(Database &db, IntakeRules rules, QString attachmentsDir)
    : m_db(db), m_rules(std::move(rules)), m_attachmentsDir(std::move(attachmentsDir))
{
}

QString IntakeService::dossierCode(const DeskIdentity &desk, const QDateTime &now, int sequence)
{
    return u"%1-%2-%3-%4"_s.arg(desk.unitCode,
                                NationalRecord::vietnamTime(now).toString(u"yyMMdd"_s),
                                desk.deskCode)
        .arg(sequence, 4, 10, QChar(u'0'));
}

QString IntakeService::summaryHash(const QString &summaryText)
{
    return IdentityService::summaryHash(summaryText); // the same digest the citizen's proof binds
}

Result<DossierPreview> IntakeService::preview(const DossierDraft &draft, const DeskIdentity &desk,
                                              const QDateTime &now) const
{
    const QString name = draft.applicantName.simplified().normalized(QString::NormalizationForm_C);
    if (name.isEmpty())
        return fail(u"intake.name"_s, tr("Enter the applicant's full name."));
    const QString cccd = Cccd::normalize(draft.applicantCccd);
    if (auto checked = Cccd::check(cccd); !checked)
        return std::unexpected(checked.error());
    if (auto phone = normalizePhoneNumber(draft.applicantPhone); !phone)
        return std::unexpected(phone.error());
    auto found = CatalogRepository(m_db).procedure(draft.procedureCode);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(u"intake.procedure"_s,
                    tr("Choose a procedure from the catalogue before saving."));

    DossierPreview p;
    p.procedure = **found;
    auto papers = checklist(p.procedure, draft.papers);
    if (!papers)
        return std::unexpected(papers.error());
    p.papers = *papers;
    for (const PaperDraft &paper : std::as_const(p.papers)) {
        if (paper.required && !paper.form)
            p.missingPapers << paper.name;
    }

    const bool byCitizen = draft.channel == Channel::Online
                           && draft.confirmation == Confirmation::Confirmed;
    FeeContext context;
    context.channel = draft.channel;
    context.citizenAuthenticated = byCitizen;
    context.date = NationalRecord::vietnamTime(now).date();
    context.exemptionCodes = draft.exemptionCodes;
    context.quantity = draft.feeQuantity;
    context.unitCode = desk.unitCode;
    auto fees = FeeCalculator::compute(p.procedure, context, m_rules.feePolicy);
    if (!fees)
        return std::unexpected(fees.error());
    p.fees = *fees;

    p.shortenedOnline = byCitizen && p.procedure.processingDaysOnline >= 0
                        && p.procedure.processingDaysOnline < p.procedure.processingDays;
    p.workingDays = p.shortenedOnline ? p.procedure.processingDaysOnline
                                      : p.procedure.processingDays;
    p.dueAt = m_rules.calendar.dueDate(now, p.workingDays, m_rules.hours);
    if (!p.dueAt.isValid())
        return fail(u"intake.due"_s,
                    tr("The due date cannot be computed for this date. Check the computer's date "
                       "and the office hours in the settings."));
    p.summaryText = summaryOf(p.procedure, p.papers, p.fees, p.workingDays, draft, name, cccd,
                              desk);
    p.summaryHash = summaryHash(p.summaryText);
    return p;
}

Result<void> IntakeService::checkScans(const QList<PaperDraft> &papers, const QString &cccd) const
{
    const AttachmentStore store(m_attachmentsDir, nullptr); // where files are: no key needed
    DossierRepository dossiers(m_db);
    for (const PaperDraft &p : papers) {
        if (!hasScan(p))
            continue;
        if (*p.form == PaperForm::ScanAttached && (p.mime.isEmpty() || p.size <= 0))
            return fail(u"intake.paper_scan"_s,
                        tr("The scan of \"%1\" was not stored. Attach it again.").arg(p.name));
        if (*p.form == PaperForm::ReusedDigitised) {
            // Only a scan this very citizen gave before ("provide data only once"), never
            // another person's.
            auto earlier = dossiers.digitisedPapers(cccd);
            if (!earlier)
                return std::unexpected(earlier.error());
            const bool theirs = std::any_of(earlier->cbegin(), earlier->cend(),
                                            [&](const DigitisedPaper &d) {
                                                return d.sha256 == p.sha256;
                                            });
            if (!theirs)
                return fail(u"intake.paper_reuse"_s,
                            tr("The earlier scan chosen for \"%1\" is not one this citizen gave "
                               "at this desk. Attach a new scan.").arg(p.name));
        }
        // Written and flushed by AttachmentStore before we get here: never commit a row whose
        // file is missing.
        const QFileInfo file(store.pathOf(p.sha256));
        if (m_attachmentsDir.isEmpty() || !file.isFile()
            || (*p.form == PaperForm::ScanAttached && file.size() != p.size + Vault::kOverhead
                && file.size() != p.size)) // sealed, or plain from before sealing
            return fail(u"intake.paper_file"_s,
                        tr("The scan of \"%1\" is missing from the desk's attachment folder. "
                           "Attach it again.").arg(p.name));
    }
    return {};
}

Result<SavedDossier> IntakeService::queue(const DossierDraft &draft, const DeskIdentity &desk,
                                          const QDateTime &now)
{
    auto preview = this->preview(draft, desk, now);
    if (!preview)
        return std::unexpected(preview.error());
    if (!preview->missingPapers.isEmpty())
        return fail(u"intake.papers_missing"_s,
                    tr("These required papers are missing:\n- %1\nAttach a scan, reuse an "
                       "earlier one or record the original seen, then save again.")
                        .arg(preview->missingPapers.join(u"\n- "_s)));

    // "Không làm thay": online only with the citizen's own proof, or awaiting it.
    if (draft.channel == Channel::Online) {
        if (draft.confirmation == Confirmation::None)
            return fail(u"intake.online_unconfirmed"_s,
                        tr("An online dossier needs the citizen's own confirmation. Ask the "
                           "citizen to confirm on their screen, queue it as awaiting their "
                           "confirmation, or record it as direct intake."));
        if (draft.confirmation == Confirmation::Confirmed) {
            if (!draft.proof.isValid())
                return fail(u"intake.proof"_s,
                            tr("The citizen's confirmation is missing. Ask the citizen to "
                               "confirm again on their screen."));
            if (draft.proof.summaryHash != preview->summaryHash)
                return fail(u"intake.proof_changed"_s,
                            tr("The dossier changed after the citizen confirmed it. Show the "
                               "citizen the new summary and ask them to confirm again."));
        }
    } else if (draft.confirmation != Confirmation::None) {
        return fail(u"intake.channel"_s,
                    tr("A dossier the citizen confirms is an online dossier. Choose the online "
                       "channel or record direct intake without confirmation."));
    }
    if (auto ok = checkScans(preview->papers, Cccd::normalize(draft.applicantCccd)); !ok)
        return std::unexpected(ok.error());

    DossierRow row;
    row.procedureCode = preview->procedure.code;
    row.procedureName = preview->procedure.name;
    row.fieldCode = preview->procedure.field.code;
    row.fieldName = preview->procedure.field.name;
    row.channel = draft.channel;
    row.applicantName = draft.applicantName.simplified().normalized(QString::NormalizationForm_C);
    row.applicantCccd = Cccd::normalize(draft.applicantCccd);
    row.applicantPhone = *normalizePhoneNumber(draft.applicantPhone);
    row.desk = desk;
    row.receivedAt = now;
    row.dueAt = preview->dueAt;
    row.status = 2; // received at the counter
    row.confirmation = draft.confirmation;
    if (draft.confirmation == Confirmation::Confirmed) {
        row.proof = draft.proof;
        row.confirmedSummary = preview->summaryText;
    }
    for (const PaperDraft &p : std::as_const(preview->papers)) {
        if (p.form)
            row.papers.append(p);
    }
    const FeeBreakdown &fees = preview->fees;
    if (fees.baseVnd > 0)
        row.fees.append({u"Phí, lệ phí giải quyết thủ tục"_s, fees.baseVnd, fees.totalVnd, fees.applied.join(u' '), fees.exempt});
    row.feeTotal = fees.totalVnd;

    QueuedDossier queued;
    const QString day = NationalRecord::vietnamTime(now).toString(u"yyyyMMdd"_s);
    auto saved = m_db.transaction([&]() -> Result<void> {
        DossierRepository dossiers(m_db);
        auto sequence = dossiers.nextSequence(desk, day);
        if (!sequence)
            return std::unexpected(sequence.error());
        row.code = dossierCode(desk, now, *sequence);
        auto id = dossiers.insert(row);
        if (!id)
            return std::unexpected(id.error());
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto ok = OutboxRepository(m_db).enqueue(*id, key, NationalRecord::fromDossier(row),
                                                     now);
            !ok)
            return ok;
        queued.id = *id;
        const QJsonObject detail{{u"channel"_s, int(row.channel)},
                                 {u"confirmation"_s, confirmationKey(row.confirmation)}};
        if (auto audited = recordAudit(m_db, AuditKind::Submission, desk.clerk, row.code, detail);
            !audited)
            return audited;
        if (row.confirmation == Confirmation::Confirmed)
            return recordAudit(m_db, AuditKind::CitizenConfirmation, desk.clerk, row.code,
                               {{u"at"_s, u"desk"_s}});
        return {};
    });
    if (!saved) {
        qCWarning(lcIntake) << "saving a dossier failed:" << saved.error().detail;
        return std::unexpected(saved.error());
    }
    row.id = queued.id;
    queued.code = row.code;
    queued.procedureCode = row.procedureCode;
    queued.procedureName = row.procedureName;
    queued.applicantName = row.applicantName;
    queued.receivedAt = now;
    queued.state = OutboxState::Queued;
    queued.channel = row.channel;
    queued.confirmation = row.confirmation;
    queued.dueAt = row.dueAt;
    qCInfo(lcIntake) << "queued dossier" << queued.code;
    return SavedDossier{queued, receiptFor(row)};
}

Receipt IntakeService::receiptFor(const DossierRow &row)
{
    Receipt r;
    r.unitName = row.desk.unitName;
    r.unitCode = row.desk.unitCode;
    r.unitAddress = row.desk.unitAddress;
    r.dossierCode = row.code;
    r.applicantName = row.applicantName;
    r.applicantId = row.applicantCccd;
    r.applicantPhone = row.applicantPhone;
    r.procedureCode = row.procedureCode;
    r.procedureName = row.procedureName;
    for (const PaperDraft &p : row.papers) {
        if (p.form)
            r.papers.append({p.name, p.copies, *p.form});
    }
    r.fees = row.fees;
    r.feeTotal = row.feeTotal;
    r.channel = row.channel;
    r.citizenConfirmed = row.confirmation == Confirmation::Confirmed;
    r.receivedAt = row.receivedAt;
    r.dueAt = row.dueAt;
    r.resultPlace = row.desk.resultPlace;
    r.clerkName = row.desk.clerk;
    r.statusText = u"Tra cứu tình trạng hồ sơ trên Cổng Dịch vụ công bằng mã hồ sơ"_s;
    return r;
}

} // namespace motcua
