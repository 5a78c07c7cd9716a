#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

class Database;

// The citizen's answer to "How satisfied are you with the service today?" (Decision 766/QĐ-TTg).
// The numbers are those stored, sent and typed on the citizen's keyboard (keys 1, 2, 3).
enum class RatingScore { Satisfied = 1, Normal = 2, NotSatisfied = 3 };

inline bool isRatingScore(int score)
{
    return score >= int(RatingScore::Satisfied) && score <= int(RatingScore::NotSatisfied);
}

// A rating as the sync sends it, its comment opened from the vault.
struct PendingRating
{
    qint64 id = 0;
    QString clientKey;
    QString dossierCode;
    QString unitCode;
    QString deskCode;
    QString clerk;
    QDateTime ratedAt; // UTC
    int score = 0;
    QString comment; // empty when none
};

// Ratings in the local store (migration 011): one per dossier, the comment sealed like the
// dossier's personal data (it may name someone), pending until the provincial system
// acknowledges it.
class RatingRepository
{
    Q_DECLARE_TR_FUNCTIONS(RatingRepository)

public:
    static constexpr int kMaxComment = 500; // characters; longer comments are cut

    explicit RatingRepository(Database &db) : m_db(db) {}

    // Stores the rating of the dossier saved under dossierCode, with the dossier's unit, desk and
    // clerk. True when stored; false when that dossier was rated already (the first answer
    // stands). Fails with "rating.dossier" for a code the store does not hold, "rating.score"
    // for a score that is not 1, 2 or 3, "vault.locked" for a comment without the vault.
    Result<bool> record(const QString &dossierCode, int score, const QString &comment,
                        const QDateTime &now);
    // Up to limit pending ratings with an id above afterId, oldest first.
    Result<QList<PendingRating>> pending(int limit, qint64 afterId = 0) const;
    // Marks the ratings with these client keys sent (acknowledged by the provincial system).
    Result<int> markSent(const QStringList &clientKeys, const QDateTime &now);
    Result<int> countPending() const;

private:
    Database &m_db;
};

} // namespace motcua
