#pragma once

#include "CatalogUpdater.h"
#include "ProgressPuller.h"
#include "ProvincialApi.h"
#include "store/OutboxRepository.h"

#include <QObject>

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
    int progressEvents = 0;     // progress events of the provincial system applied to dossiers
    QString catalogVersion;     // the catalogue version applied in this run, empty when unchanged
    QStringList notes;          // what did not work after the push (progress, catalogue)
};

// Pushes the outbox to the provincial system in batches, one run at a time. Lives on the thread
// that owns the Database and the ProvincialApi it is given (never the GUI thread).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchSize = 100;

    SyncEngine(Database &db, ProvincialApi &api, ClerkCredentials credentials,
               QObject *parent = nullptr);

    void start();

signals:
    void progress(int done, int total);
    void finished(const motcua::SyncSummary &summary);

private:
    void signIn(const std::function<void()> &then);
    void pushNext();
    void pushBatch(const QList<OutboxEntry> &batch, bool mayRetrySignIn);
    void settle(const QList<OutboxEntry> &batch, const QList<PushAnswer> &answers);
    void stop(const Error &error);
    // After the push: progress of dossiers and the catalogue (ProgressPuller, CatalogUpdater).
    void afterPush();
    void pullProgress();
    void updateCatalog();
    void note(const Error &error);
    void finish();

    Database &m_db;
    ProvincialApi &m_api;
    ClerkCredentials m_credentials;
    OutboxRepository m_outbox;
    ProgressPuller m_progress;
    CatalogUpdater m_catalog;
    QString m_session;
    SyncSummary m_summary;
    qint64 m_lastClaimed = 0;
    int m_total = 0;
    int m_done = 0;
};

} // namespace motcua

Q_DECLARE_METATYPE(motcua::SyncSummary)
