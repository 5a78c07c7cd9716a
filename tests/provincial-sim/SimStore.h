// The simulator's own SQLite store: clerks, dossiers, counters, and the population register with
// its lookups and activations (docs/protocol.md). The schema lives in SimSchema.
#pragma once

#include "SimSchema.h"
#include "StoreTypes.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <expected>
#include <optional>

class QSqlDatabase;

class SimStore
{
public:
    static constexpr int kSchemaVersion = SimSchema::kVersion;

    SimStore();
    ~SimStore();
    SimStore(const SimStore &) = delete;
    SimStore &operator=(const SimStore &) = delete;

    // Opens (creating if needed) DIR/provincial-sim.db with WAL, foreign keys and
    // synchronous=FULL, so that a committed batch is durable before it is answered.
    [[nodiscard]] std::expected<void, QString> open(const QString &dataDir);
    [[nodiscard]] QString filePath() const { return m_filePath; }

    [[nodiscard]] std::expected<qint64, QString> clerkCount();
    [[nodiscard]] std::expected<std::optional<ClerkRecord>, QString> clerk(const QString &username);
    // Inserts the clerk, or replaces the password (salt, digest, iterations) of an existing one;
    // the name, unit and role of an existing clerk are kept.
    [[nodiscard]] std::expected<void, QString> upsertClerk(const ClerkRecord &clerk);

    // Stores one push batch in one transaction (see DossierBatchWriter).
    [[nodiscard]] std::expected<QList<DossierOutcome>, QString>
    storeBatch(const QString &clerkUsername, const QList<DossierSubmission> &records,
               qint64 invalidCount, const DeferredPolicy &deferred);

    [[nodiscard]] std::expected<StoreStats, QString> stats();

    // The open connection, for the identity part's repositories (CitizenRegistry,
    // ActivationStore). Main thread only, like the rest of the simulator.
    [[nodiscard]] QSqlDatabase database() const;

private:
    // Pragmas; returns the schema version found in the file (0 for a new one).
    [[nodiscard]] std::expected<int, QString> configure();

    QString m_connectionName;
    QString m_filePath;
};
