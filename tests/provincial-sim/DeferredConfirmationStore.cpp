#include "DeferredConfirmationStore.h"

#include "DossierEvents.h"
#include "VnTime.h"

#include "SqlExec.h"
#include "SqlTransaction.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString stateName(DeferredRecord::State state)
{
    switch (state) {
    case DeferredRecord::State::Awaiting: return u"awaiting"_s;
    case DeferredRecord::State::Confirmed: return u"confirmed"_s;
    case DeferredRecord::State::Locked: return u"locked"_s;
    }
    return u"awaiting"_s;
}

DeferredRecord::State stateFromName(const QString &name)
{
    if (name == u"confirmed")
        return DeferredRecord::State::Confirmed;
    if (name == u"locked")
        return DeferredRecord::State::Locked;
    return DeferredRecord::State::Awaiting;
}

} // namespace

DeferredConfirmationStore::DeferredConfirmationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::expected<void, QString> DeferredConfirmationStore::create(const DeferredRecord &d)
{
    auto q = SqlExec::run(
        m_db,
        u"INSERT INTO dossier_confirmations (ma_ho_so, id, citizen_id, phone, code_hash,"
        " sent_at_ms, expires_at_ms, wrong_attempts, max_attempts, state)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {d.maHoSo, d.id, d.citizenId, d.phone, QString::fromLatin1(d.codeHash), d.sentAtMs,
         d.expiresAtMs, d.wrongAttempts, d.maxAttempts, stateName(d.state)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<std::optional<DeferredRecord>, QString>
DeferredConfirmationStore::find(const QString &maHoSo)
{
    auto q = SqlExec::run(m_db,
                          u"SELECT ma_ho_so, id, citizen_id, phone, code_hash, sent_at_ms,"
                          " expires_at_ms, wrong_attempts, max_attempts, state"
                          " FROM dossier_confirmations WHERE ma_ho_so = ?"_s,
                          {maHoSo});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<DeferredRecord>{};
    return DeferredRecord{q->value(0).toString(),    q->value(1).toString(),
                          q->value(2).toLongLong(),  q->value(3).toString(),
                          q->value(4).toByteArray(), q->value(5).toLongLong(),
                          q->value(6).toLongLong(),  q->value(7).toInt(),
                          q->value(8).toInt(),       stateFromName(q->value(9).toString())};
}

std::expected<void, QString> DeferredConfirmationStore::recordWrongCode(const QString &maHoSo,
                                                                        bool lock)
{
    auto q = SqlExec::run(m_db,
                          u"UPDATE dossier_confirmations SET wrong_attempts = wrong_attempts + 1,"
                          " state = ? WHERE ma_ho_so = ?"_s,
                          {stateName(lock ? DeferredRecord::State::Locked
                                          : DeferredRecord::State::Awaiting),
                           maHoSo});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<void, QString> DeferredConfirmationStore::confirm(const QString &maHoSo,
                                                                const QString &accountId,
                                                                const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return r;
    const std::pair<QString, QVariantList> statements[] = {
        {u"UPDATE dossier_confirmations SET state = 'confirmed', account_id = ?,"
         " confirmed_at = ? WHERE ma_ho_so = ?"_s,
         {accountId, at.toUTC().toString(Qt::ISODateWithMs), maHoSo}},
        {u"UPDATE dossiers SET citizen_confirmation = 'confirmed' WHERE ma_ho_so = ?"_s,
         {maHoSo}},
    };
    for (const auto &[sql, binds] : statements) {
        if (auto r = SqlExec::run(m_db, sql, binds); !r)
            return std::unexpected(r.error());
    }
    // The desk learns of it through the progress feed, in the same transaction.
    const QJsonObject event{{u"confirmed_at"_s, VnTime::stamp(at)}, {u"MaDoiTuong"_s, accountId},
                            {u"ThoiDiemXuLy"_s, VnTime::stamp(at)},
                            {u"NoiDungXuLy"_s, u"Công dân đã xác nhận hồ sơ"_s}};
    if (auto r = DossierEvents(m_db).append(maHoSo, u"citizen_confirmation"_s, event); !r)
        return std::unexpected(r.error());
    return transaction.commit();
}
