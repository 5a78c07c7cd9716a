// The checks of an online dossier's citizen confirmation against the store, run inside the
// push batch's transaction (docs/protocol.md, "Online dossiers"): the proof token must be the
// applicant's, for this summary, unexpired, unused and of the account named in the record; a
// deferred confirmation needs a citizen with an active VNeID account, whose code is prepared
// here and sent once the batch is committed.
#pragma once

#include "StoreTypes.h"

#include <QtCore/QDateTime>
#include <QtSql/QSqlDatabase>

#include <expected>
#include <optional>

struct DeferredRecord;

class CitizenProofCheck
{
public:
    // What storing the dossier also does, or why it is refused.
    struct Plan
    {
        std::optional<RecordProblem> problem; // set: the record is invalid, nothing is stored
        QString confirmation;                 // "confirmed", "awaiting", or empty (not online)
        QByteArray proofHash;                 // the proof token to mark used
        bool deferred = false;
        qint64 citizenId = 0;                 // deferred: whose code it is
        QString phone;
    };

    CitizenProofCheck(QSqlDatabase db, const DeferredPolicy &policy);

    [[nodiscard]] std::expected<Plan, QString> check(const DossierSubmission &record,
                                                     const QDateTime &now);
    // After the dossier row is inserted: marks the proof used, or records the deferred
    // confirmation and returns the SMS to send after the commit.
    [[nodiscard]] std::expected<std::optional<Sms>, QString>
    apply(const Plan &plan, const QString &maHoSo, const QDateTime &now);

private:
    [[nodiscard]] std::expected<Plan, QString> checkProof(const DossierSubmission &record,
                                                          const QDateTime &now);
    [[nodiscard]] std::expected<Plan, QString> checkDeferred(const DossierSubmission &record);

    QSqlDatabase m_db;
    DeferredPolicy m_policy;
};
