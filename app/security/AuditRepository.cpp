#include "AuditRepository.h"

#include "store/Database.h"
#include "store/SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

const QString kColumns = u"seq, at, actor, kind, subject, detail, prev_hash, hash, signature"_s;

AuditEntry entryOf(const QSqlQuery &q)
{
    return AuditEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toByteArray(), q.value(7).toByteArray(), q.value(8).toByteArray()};
}

Result<std::optional<AuditEntry>> oneEntry(QSqlQuery &q)
{
    if (!q.exec())
        return std::unexpected(queryError(q));
    if (!q.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryOf(q));
}

Result<std::optional<qint64>> oneSeq(QSqlQuery &q)
{
    if (!q.exec())
        return std::unexpected(queryError(q));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace

AuditRepository::AuditRepository(Database &db)
    : m_db(db)
{
}

Result<std::optional<AuditEntry>> AuditRepository::last()
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT "_s + kColumns + u" FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    return oneEntry(q);
}

Result<std::optional<AuditEntry>> AuditRepository::after(qint64 seq)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT "_s + kColumns + u" FROM audit_log WHERE seq > ? ORDER BY seq LIMIT 1"_s);
    q.addBindValue(seq);
    return oneEntry(q);
}

Result<std::optional<qint64>> AuditRepository::seqWithHash(const QByteArray &hash)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT min(seq) FROM audit_log WHERE hash = ? HAVING count(*) > 0"_s);
    q.addBindValue(hash);
    return oneSeq(q);
}

Result<std::optional<qint64>> AuditRepository::seqWithPrevHash(const QByteArray &hash)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT min(seq) FROM audit_log WHERE prev_hash = ? HAVING count(*) > 0"_s);
    q.addBindValue(hash);
    return oneSeq(q);
}

Result<void> AuditRepository::scan(const std::function<bool(const AuditEntry &)> &visit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + kColumns + u" FROM audit_log ORDER BY seq"_s))
        return std::unexpected(queryError(q));
    while (q.next()) {
        if (!visit(entryOf(q)))
            break;
    }
    if (q.lastError().isValid())
        return std::unexpected(queryError(q));
    return {};
}

Result<QList<AuditEntry>> AuditRepository::between(const QString &fromUtc, const QString &toUtc)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM audit_log WHERE (? = '' OR at >= ?) "
                                        u"AND (? = '' OR at < ?) ORDER BY seq"_s);
    for (const QString &bound : {fromUtc, toUtc}) {
        q.addBindValue(bound.isNull() ? u""_s : bound);
        q.addBindValue(bound.isNull() ? u""_s : bound);
    }
    if (!q.exec())
        return std::unexpected(queryError(q));
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(entryOf(q));
    return entries;
}

Result<void> AuditRepository::insert(const AuditEntry &e)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO audit_log ("_s + kColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(e.seq), QVariant(e.at), QVariant(e.actor), QVariant(e.kind),
                              QVariant(e.subject), QVariant(e.detail), QVariant(e.prevHash),
                              QVariant(e.hash), QVariant(e.signature)})
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(queryError(q));
    return {};
}

Result<std::optional<AuditHead>> AuditRepository::head()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT value FROM desk_meta WHERE key = 'audit_head'"_s))
        return std::unexpected(queryError(q));
    if (!q.next())
        return std::optional<AuditHead>();
    const QStringList parts = q.value(0).toString().split(u' ');
    bool ok = false;
    const qint64 seq = parts.value(0).toLongLong(&ok);
    if (parts.size() != 3 || !ok)
        return std::optional<AuditHead>(AuditHead{});
    return std::optional<AuditHead>(AuditHead{seq, QByteArray::fromHex(parts.at(1).toLatin1()),
                                              QByteArray::fromHex(parts.at(2).toLatin1())});
}

Result<void> AuditRepository::setHead(const AuditHead &head)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO desk_meta (key, value) VALUES ('audit_head', ?) "
              u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(u"%1 %2 %3"_s.arg(head.seq)
                       .arg(QString::fromLatin1(head.hash.toHex()),
                            QString::fromLatin1(head.signature.toHex())));
    if (!q.exec())
        return std::unexpected(queryError(q));
    return {};
}

Result<std::optional<qint64>> AuditRepository::fromDossier()
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT CAST(value AS INTEGER) FROM desk_meta WHERE key = 'audit_from_dossier'"_s);
    return oneSeq(q);
}

Result<qint64> AuditRepository::dossiersAfter(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT count(*) FROM dossier WHERE id > ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::unexpected(queryError(q));
    return q.value(0).toLongLong();
}

} // namespace motcua
