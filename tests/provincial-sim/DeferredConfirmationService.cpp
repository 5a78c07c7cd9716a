#include "DeferredConfirmationService.h"

#include "CitizenRegistry.h"
#include "DeferredConfirmationStore.h"
#include "JsonBody.h"
#include "OtpCode.h"
#include "OtpFlow.h"
#include "SimStore.h"

#include <QtCore/QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDeferred, "motcua.sim.deferred", QtInfoMsg)

DeferredConfirmationService::DeferredConfirmationService(SimStore &store)
    : m_store(store)
{
}

SimReply DeferredConfirmationService::confirm(const QByteArray &body)
{
    const std::optional<QJsonObject> request = jsonBodyObject(body);
    if (!request)
        return SimReply::malformed(u"body must be a JSON object"_s);
    const QJsonValue maHoSo = request->value(QLatin1StringView("MaHoSo"));
    if (!maHoSo.isString() || maHoSo.toString().trimmed().isEmpty())
        return SimReply::malformed(u"MaHoSo must be a non-empty string"_s);
    const QJsonValue code = request->value(QLatin1StringView("code"));
    if (!code.isString() || !OtpCode::isWellFormed(code.toString()))
        return SimReply::malformed(u"code must be a string of 6 digits"_s);

    DeferredConfirmationStore store(m_store.database());
    auto found = store.find(maHoSo.toString());
    if (!found) {
        qCCritical(lcDeferred).noquote() << "confirm: store failure:" << found.error();
        return SimReply::internal();
    }
    // One answer for an unknown dossier and one that never awaited the citizen: a public
    // route tells nothing about dossiers it has no code for.
    if (!found->has_value())
        return SimReply::error(404, SimError::NotFound,
                               u"no dossier awaits the citizen's confirmation under this code"_s);
    const DeferredRecord &d = **found;
    if (d.state == DeferredRecord::State::Confirmed)
        return SimReply::error(409, SimError::AlreadyActive,
                               u"the dossier is already confirmed by the citizen"_s);
    if (d.state == DeferredRecord::State::Locked)
        return OtpFlow::locked(QLatin1StringView("the confirmation of this dossier"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toMSecsSinceEpoch() >= d.expiresAtMs) {
        qCInfo(lcDeferred, "confirm: code expired");
        return OtpFlow::expired();
    }
    if (!OtpCode::matches(d.id, code.toString(), d.codeHash)) {
        const int wrong = d.wrongAttempts + 1;
        const bool lock = wrong >= d.maxAttempts;
        if (auto r = store.recordWrongCode(d.maHoSo, lock); !r) {
            qCCritical(lcDeferred).noquote() << "confirm: store failure:" << r.error();
            return SimReply::internal();
        }
        qCInfo(lcDeferred, "confirm: wrong code, %d of %d", wrong, d.maxAttempts);
        return lock ? OtpFlow::locked(QLatin1StringView("the confirmation of this dossier"))
                    : OtpFlow::wrongCode(d.maxAttempts - wrong);
    }

    auto citizen = CitizenRegistry(m_store.database()).findById(d.citizenId);
    if (!citizen || !citizen->has_value()) {
        qCCritical(lcDeferred, "confirm: store failure: citizen not readable");
        return SimReply::internal();
    }
    const AccountRecord *vneid = (*citizen)->vneid();
    if (!vneid || vneid->status != AccountStatus::Active)
        return SimReply::error(409, SimError::NotActive,
                               u"the citizen's VNeID account is no longer active"_s);
    if (auto r = store.confirm(d.maHoSo, accountIdOf(d.citizenId), now); !r) {
        qCCritical(lcDeferred).noquote() << "confirm: store failure:" << r.error();
        return SimReply::internal();
    }
    qCInfo(lcDeferred, "confirm: dossier confirmed by the citizen");
    return SimReply::ok(QJsonObject{{u"confirmed"_s, true}, {u"MaHoSo"_s, d.maHoSo}});
}
