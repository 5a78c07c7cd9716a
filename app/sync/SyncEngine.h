#pragma once

#include "CatalogUpdater.h"
#include "ProgressPuller.h"
#include "AttachmentUploader.h"
#include "ProvincialApi.h"
#include "RatingSender.h"
#include "RetryPolicy.h"
#include "store/OutboxRepository.h"

#include <QLockFile>
#include <QObject>

#include <algorithm>
#include <memory>

namespace motcua {

class Database;

struct SyncSummary
{
    int sent = 0;        // acknowledged as created in this run
    int duplicates = 0;  // acknowledged as already stored (a lost answer resent)
    int retryLater = 0;  // still queued, will be retried
    int needsAction = 0; // refused, the clerk must act
    QString problem;     // why the run stopped early, for the clerk; empty when it did not
    bool signInRefused = false; // the credentials were refused: ask the clerk again
    bool unreachable = false;   // the provincial system could not be reached (net.*)
    bool busy = false;          // another run (this or another process) holds the store's sync lock
    QDateTime nextAttempt;      // earliest next attempt among the waiting dossiers (UTC), if any
    int progressEvents = 0;     // progress events of the provincial system applied to dossiers
    int ratingsSent = 0;        // citizens' satisfaction ratings acknowledged in this run
    QString catalogVersion;     // the catalogue version applied in this run, empty when unchanged
    QStringList notes;          // what did not work after the push (progress, catalogue)
};

// Pushes the outbox to the provincial system in batches, one run at a time. Lives on the thread
// that owns the Database and the ProvincialApi it is given (never the GUI thread).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // Records per push request: a run starts at kBatchSize and doubles the size after each batch
    // answered within kFastBatchMs, up to kMaxBatchSize (the provincial system's limit). A slow
    // link keeps small requests, so a cut loses little; a fast one sends few, large requests.
    static constexpr int kBatchSize = 100;
    static constexpr int kMaxBatchSize = 500;
    static constexpr qint64 kFastBatchMs = 1000;

    SyncEngine(Database &db, ProvincialApi &api, ClerkCredentials credentials,
               QObject *parent = nullptr);

    // Unless forced, only entries whose next attempt is due are tried; forced (the clerk's "sync
    // now"), every entry not yet sent is tried at once.
    void setForce(bool force) { m_force = force; }
    void setRetryPolicy(RetryPolicy policy) { m_policy = std::move(policy); }
    // The desk clock; tests move it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // A fixed number of records per push request instead of the adaptive size (benchmarks).
    void setBatchSize(int size)
    {
        m_batchSize = std::max(size, 1);
        m_adaptiveBatch = false;
    }
    int batchSize() const { return m_batchSize; }
    // What counts as a fast answer for growing the batch (tests make growth independent of load).
    void setFastBatchMs(qint64 ms) { m_fastBatchMs = ms; }
    // Where the desk's scans are (DeskSettings::attachmentsDir); by default the "attachments"
    // folder next to the store.
    void setAttachmentsDir(const QString &dir);

    void start();

    // A stored record (compact JSON) with "IdempotencyKey" added, as it goes on the wire.
    static QByteArray withKey(const QByteArray &recordJson, const QString &key);

signals:
    void progress(int done, int total);
    void finished(const motcua::SyncSummary &summary);

private:
    void signIn(const std::function<void()> &then);
    void pushNext();
    void uploadScans(const QList<OutboxEntry> &batch);
    void pushBatch(const QList<OutboxEntry> &batch, bool mayRetrySignIn);
    void settle(const QList<OutboxEntry> &batch, const QList<PushAnswer> &answers);
    void backOff(const QList<OutboxEntry> &batch, const Error &error);
    QDateTime dueBy(const QDateTime &t) const;
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void stop(const Error &error);
    // After the push: citizens' ratings, progress of dossiers and the catalogue (RatingSender,
    // ProgressPuller, CatalogUpdater).
    void afterPush();
    void sendRatings();
    void pullProgress();
    void updateCatalog();
    void note(const Error &error);
    void finish();

    Database &m_db;
    ProvincialApi &m_api;
    ClerkCredentials m_credentials;
    OutboxRepository m_outbox;
    RetryPolicy m_policy;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<QLockFile> m_lock;
    bool m_force = false;
    int m_batchSize = kBatchSize;
    bool m_adaptiveBatch = true;
    qint64 m_fastBatchMs = kFastBatchMs;
    QList<OutboxEntry> m_inFlight; // claimed, pushed, not answered yet
    RatingSender m_ratings;
    ProgressPuller m_progress;
    CatalogUpdater m_catalog;
    AttachmentUploader *m_uploader = nullptr;
    QString m_session;
    SyncSummary m_summary;
    qint64 m_lastClaimed = 0;
    int m_total = 0;
    int m_done = 0;
};

} // namespace motcua

Q_DECLARE_METATYPE(motcua::SyncSummary)
