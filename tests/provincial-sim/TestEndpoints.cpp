#include "TestEndpoints.h"

#include "CitizenRegistry.h"
#include "SimStore.h"
#include "SmsOutbox.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>

#include <algorithm>
#include <iterator>

Q_LOGGING_CATEGORY(lcTest, "motcua.sim.test", QtInfoMsg)

TestEndpoints::TestEndpoints(SimStore &store, const SmsOutbox &outbox)
    : m_store(store)
    , m_outbox(outbox)
{
}

SimReply TestEndpoints::sentCodes() const
{
    return SimReply{200, m_outbox.json(), 0};
}

SimReply TestEndpoints::citizens(const QUrlQuery &query) const
{
    const QString status = query.queryItemValue(QStringLiteral("status"));
    const QLatin1StringView known[] = {AccountStatus::Active, AccountStatus::NotActivated,
                                       AccountStatus::Locked, AccountStatus::None};
    if (!status.isEmpty()
        && std::find(std::begin(known), std::end(known), status) == std::end(known)) {
        return SimReply::malformed(QStringLiteral("status must be active, not_activated, locked"
                                                  " or none"));
    }
    int limit = kDefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return SimReply::malformed(QStringLiteral("limit must be from 1 to %1").arg(kMaxLimit));
    }

    auto list = CitizenRegistry(m_store.database()).list(status, limit);
    if (!list) {
        qCCritical(lcTest).noquote() << "citizens: store failure:" << list.error();
        return SimReply::internal();
    }
    QJsonArray citizens;
    for (const CitizenRecord &c : std::as_const(*list)) {
        const AccountRecord *vneid = c.vneid();
        citizens.append(QJsonObject{
            {QStringLiteral("SoDinhDanh"), c.number},
            {QStringLiteral("HoVaTen"), c.fullName},
            {QStringLiteral("NgaySinh"), c.birthDate.toString(QStringLiteral("yyyyMMdd"))},
            {QStringLiteral("GioiTinh"), c.sex},
            {QStringLiteral("SoDienThoai"), c.phone},
            {QStringLiteral("vneid_status"), vneid ? vneid->status : QString(AccountStatus::None)},
            {QStringLiteral("vneid_level"),
             vneid && vneid->level > 0 ? QJsonValue(vneid->level) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("MaDoiTuong"),
             vneid ? QJsonValue(accountIdOf(c.id)) : QJsonValue(QJsonValue::Null)},
        });
    }
    qCInfo(lcTest, "citizens: %lld listed", static_cast<long long>(citizens.size()));
    return SimReply{200, QJsonObject{{QStringLiteral("citizens"), citizens}}, 0};
}
