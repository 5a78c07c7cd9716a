#include "CitizenProofCheck.h"

#include "CitizenRegistry.h"
#include "DeferredConfirmationStore.h"
#include "IdentityTypes.h"
#include "OtpCode.h"
#include "ProofTokens.h"
#include "SecureRandom.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kDeferredIdBytes = 16;
const QString kConfirmed = u"confirmed"_s;
const QString kAwaiting = u"awaiting"_s;

CitizenProofCheck::Plan refused(QLatin1StringView reason, const QString &message)
{
    CitizenProofCheck::Plan plan;
    plan.problem = RecordProblem{QString(reason), message};
    return plan;
}

} // namespace

CitizenProofCheck::CitizenProofCheck(QSqlDatabase db, const DeferredPolicy &policy)
    : m_db(std::move(db))
    , m_policy(policy)
{
}

std::expected<CitizenProofCheck::Plan, QString>
CitizenProofCheck::check(const DossierSubmission &record, const QDateTime &now)
{
    if (record.channel != 2)
        return Plan{};
    if (record.deferred)
        return checkDeferred(record);
    return checkProof(record, now);
}

std::expected<CitizenProofCheck::Plan, QString>
CitizenProofCheck::checkProof(const DossierSubmission &record, const QDateTime &now)
{
    using namespace ProblemReason;
    const QByteArray hash = ProofTokens::hashOf(record.proofToken);
    auto found = ProofTokens(m_db).find(hash);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return refused(ProofInvalid, u"XacThucCongDan.MaXacThuc is not a citizen confirmation"
                                     " issued by the provincial system: confirm the dossier"
                                     " with the citizen again"_s);
    const ProofToken &token = **found;
    if (token.citizenNumber != record.applicantNumber)
        return refused(ProofOtherCitizen, u"the citizen's confirmation belongs to another citizen"
                                          " than SoGiayToChuHoSo"_s);
    if (token.summaryHash != record.proofSummary)
        return refused(ProofSummaryMismatch,
                       u"XacThucCongDan.MaTomTat is not the summary the citizen confirmed: show"
                       " the dossier to the citizen and confirm it again"_s);
    if (now.toMSecsSinceEpoch() >= token.expiresAtMs)
        return refused(ProofExpired, u"the citizen's confirmation has expired: confirm the"
                                     " dossier with the citizen again"_s);
    if (!token.usedBy.isEmpty())
        return refused(ProofUsed, u"the citizen's confirmation was already used for another"
                                  " dossier: each dossier needs its own confirmation"_s);
    if (token.accountId != record.accountId)
        return refused(ProofAccountMismatch,
                       u"MaDoiTuong is not the account the citizen confirmed with"_s);
    Plan plan;
    plan.confirmation = kConfirmed;
    plan.proofHash = hash;
    return plan;
}

std::expected<CitizenProofCheck::Plan, QString>
CitizenProofCheck::checkDeferred(const DossierSubmission &record)
{
    using namespace ProblemReason;
    auto found = CitizenRegistry(m_db).findByNumber(record.applicantNumber);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return refused(CitizenUnknown,
                       u"SoGiayToChuHoSo is not in the population register, so the citizen"
                       " cannot confirm the dossier with their own account: receive it as"
                       " direct (KenhThucHien 1)"_s);
    const AccountRecord *vneid = (*found)->vneid();
    if (!vneid || vneid->status != AccountStatus::Active)
        return refused(CitizenAccountInactive,
                       u"the citizen has no active VNeID account, so they cannot confirm the"
                       " dossier themselves: help them activate it and confirm at the counter,"
                       " or receive it as direct (KenhThucHien 1)"_s);
    Plan plan;
    plan.confirmation = kAwaiting;
    plan.deferred = true;
    plan.citizenId = (*found)->id;
    plan.phone = (*found)->phone;
    return plan;
}

std::expected<std::optional<Sms>, QString>
CitizenProofCheck::apply(const Plan &plan, const QString &maHoSo, const QDateTime &now)
{
    if (!plan.proofHash.isEmpty()) {
        if (auto r = ProofTokens(m_db).markUsed(plan.proofHash, maHoSo, now); !r)
            return std::unexpected(r.error());
        return std::optional<Sms>{};
    }
    if (!plan.deferred)
        return std::optional<Sms>{};

    DeferredRecord d;
    d.maHoSo = maHoSo;
    d.id = SecureRandom::hex(kDeferredIdBytes);
    d.citizenId = plan.citizenId;
    d.phone = plan.phone;
    const OtpCode::Issued issued = OtpCode::issue(d.id, {});
    d.codeHash = issued.hash;
    d.sentAtMs = now.toMSecsSinceEpoch();
    d.expiresAtMs = d.sentAtMs + std::chrono::milliseconds(m_policy.ttl).count();
    d.maxAttempts = m_policy.maxAttempts;
    if (auto r = DeferredConfirmationStore(m_db).create(d); !r)
        return std::unexpected(r.error());
    return Sms{SmsPurpose::DossierConfirmation, QLatin1StringView("MaHoSo"), maHoSo, d.phone,
               issued.code,
               u"Hồ sơ %1 được tiếp nhận trực tuyến cho bạn và chờ bạn xác nhận. Xác nhận từ"
               " điện thoại của bạn trên Cổng Dịch vụ công với mã %2."_s.arg(maHoSo,
                                                                            issued.code)};
}
