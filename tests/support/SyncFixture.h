#pragma once

#include "store/Database.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

// Dossiers with scans queued on a desk, and sync runs against a simulator, for the upload and
// fault tests.
namespace SyncFixture {

inline const motcua::ClerkCredentials kClerk{QStringLiteral("canbo01"),
                                             QStringLiteral("motcua-demo")};

// A PDF of about `bytes` bytes, different for each seed, written under `dir`.
QString writeScan(const QString &dir, int seed, qint64 bytes);

// Queues `n` dossiers; every `scanEvery`th one (0: none) gets a scan of `scanBytes` bytes stored in
// `attachmentsDir`. Dossiers and scans differ by their number from `first` on. Returns the scans'
// hashes.
QStringList queueDossiers(motcua::Database &db, const QString &attachmentsDir, int n,
                          int scanEvery, qint64 scanBytes, int first = 0);

// One forced sync run (the clerk's "sync now": waits between attempts are ignored).
motcua::SyncSummary runSync(motcua::Database &db, const QUrl &server,
                            const QString &attachmentsDir);

// A session of the demo clerk (blocking, for tests).
QString signIn(const QUrl &server);

QString sha256Of(const QString &path);

} // namespace SyncFixture
