// Writes one DongBoHoSoMC push batch into the simulator store, in one transaction, with the
// checks of each online dossier's citizen confirmation (CitizenProofCheck) and what they do.
#pragma once

#include "StoreTypes.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <expected>

class DossierBatchWriter
{
public:
    DossierBatchWriter(QSqlDatabase db, const DeferredPolicy &deferred);

    // The outcome of every record, in order; the counters updated in the same transaction.
    // On error the transaction is rolled back and nothing of the batch is stored.
    [[nodiscard]] std::expected<QList<DossierOutcome>, QString>
    write(const QString &clerkUsername, const QList<DossierSubmission> &records,
          qint64 invalidCount);

private:
    [[nodiscard]] std::expected<DossierOutcome, QString> writeOne(const DossierSubmission &record);
    [[nodiscard]] std::expected<void, QString> addToCounter(QLatin1StringView name, qint64 delta);
    [[nodiscard]] std::expected<void, QString> prepareStatements();
    [[nodiscard]] static std::expected<void, QString> exec(QSqlQuery &query,
                                                           const QVariantList &binds);

    QSqlDatabase m_db;
    DeferredPolicy m_deferred;
    QString m_clerk;
    QDateTime m_now;
    QString m_receivedAt;
    qint64 m_sequence = 0;
    // Prepared once per batch and reused for every record: preparing three statements per
    // record cost more than running them.
    QSqlQuery m_byKey;
    QSqlQuery m_byCode;
    QSqlQuery m_insert;
};
