// The simulator store's schema, versioned with PRAGMA user_version: each version adds its
// tables on top of the previous one, so an older store is upgraded in place.
#pragma once

#include <QtCore/QString>

#include <expected>

class QSqlDatabase;

class SimSchema
{
public:
    // 1: clerks, dossiers, counters. 2: population register, lookup log, activations, tokens.
    // 3: channels of dossiers, citizen confirmations, proof tokens, deferred confirmations.
    // 4: progress events of dossiers (the desk's updates feed).
    // 5: clerks' roles (clerk, supervisor, admin); existing clerks become "clerk".
    // 6: citizens' satisfaction ratings sent by desks (deduplicated on their client key).
    static constexpr int kVersion = 6;

    // Brings a store at `fromVersion` (0 for a new file) to kVersion, in one transaction.
    [[nodiscard]] static std::expected<void, QString> migrate(QSqlDatabase db, int fromVersion);

private:
    [[nodiscard]] static QStringList version1();
    [[nodiscard]] static QStringList version2();
    [[nodiscard]] static QStringList version3();
    [[nodiscard]] static QStringList version4();
    [[nodiscard]] static QStringList version5();
    [[nodiscard]] static QStringList version6();
};
