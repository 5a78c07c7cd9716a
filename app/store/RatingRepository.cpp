#include "RatingRepository.h"

#include "Database.h"
#include "Sealing.h"
#include "SqlError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace motcua {

Result<bool> RatingRepository::record(const QString &dossierCode, int score,
                                      const QString &comment, const QDateTime &now)
{
    if (!isRatingScore(score))
        return fail(u"rating.score"_s,
                    tr("The rating could not be saved: the answer is not one of those offered."),
                    u"score %1"_s.arg(score));
    QString text = comment.trimmed().left(kMaxComment);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1); // never half a character

    QVariant sealedComment(QMetaType(QMetaType::QString)); // NULL when there is no comment
    if (!text.isEmpty()) {
        auto vault = vaultOf(m_db);
        if (!vault)
            return std::unexpected(vault.error());
        sealedComment = (*vault)->seal(text.toUtf8(), sealed::ratingComment);
    }
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO rating(dossier_code, unit_code, desk_code, clerk, rated_at, score, "
              "comment, client_key) "
              "SELECT code, unit_code, desk_code, clerk, ?, ?, ?, ? FROM dossier WHERE code = ? "
              "ON CONFLICT(dossier_code) DO NOTHING"_s);
    q.addBindValue(now.toUTC().toString(Qt::ISODate));
    q.addBindValue(score);
    q.addBindValue(sealedComment);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(dossierCode);
    if (!q.exec())
        return std::unexpected(queryError(q));
    if (q.numRowsAffected() == 1)
        return true;
    // Nothing inserted: rated already, or no such dossier.
    QSqlQuery known(m_db.sql());
    known.prepare(u"SELECT count(*) FROM dossier WHERE code = ?"_s);
    known.addBindValue(dossierCode);
    if (!known.exec() || !known.next())
        return std::unexpected(queryError(known));
    if (known.value(0).toInt() == 0)
        return fail(u"rating.dossier"_s,
                    tr("The rating could not be saved: dossier %1 is not in the local store.")
                        .arg(dossierCode),
                    u"no dossier %1"_s.arg(dossierCode));
    return false;
}

Result<QList<PendingRating>> RatingRepository::pending(int limit, qint64 afterId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, client_key, dossier_code, unit_code, desk_code, clerk, rated_at, "
              "score, comment FROM rating WHERE sync_state = 'pending' AND id > ? "
              "ORDER BY id LIMIT ?"_s);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return std::unexpected(queryError(q));
    QList<PendingRating> list;
    while (q.next()) {
        PendingRating r;
        r.id = q.value(0).toLongLong();
        r.clientKey = q.value(1).toString();
        r.dossierCode = q.value(2).toString();
        r.unitCode = q.value(3).toString();
        r.deskCode = q.value(4).toString();
        r.clerk = q.value(5).toString();
        r.ratedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate).toUTC();
        r.score = q.value(7).toInt();
        if (!q.value(8).isNull()) {
            auto vault = vaultOf(m_db);
            if (!vault)
                return std::unexpected(vault.error());
            // Opened only for the request that carries it. A comment damaged on disk is left
            // out rather than holding the score back for ever.
            if (auto plain = (*vault)->open(q.value(8).toString(), sealed::ratingComment))
                r.comment = QString::fromUtf8(*plain);
            else
                qCWarning(lcStore) << "the comment of rating" << r.id << "cannot be opened";
        }
        list.append(r);
    }
    return list;
}

Result<int> RatingRepository::markSent(const QStringList &clientKeys, const QDateTime &now)
{
    if (clientKeys.isEmpty())
        return 0;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE rating SET sync_state = 'sent', sent_at = ? WHERE sync_state = 'pending' "
              "AND client_key IN (SELECT value FROM json_each(?))"_s);
    q.addBindValue(now.toUTC().toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(clientKeys)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return std::unexpected(queryError(q));
    return q.numRowsAffected();
}

Result<int> RatingRepository::countPending() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT count(*) FROM rating WHERE sync_state = 'pending'"_s) || !q.next())
        return std::unexpected(queryError(q));
    return q.value(0).toInt();
}

} // namespace motcua
