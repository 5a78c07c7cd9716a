#pragma once

#include "AttachmentUploader.h"
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

    // Where the desk's scans are (DeskSettings::attachmentsDir); by default the "attachments"
    // folder next to the store.
    void setAttachmentsDir(const QString &dir);

    void start();

signals:
    void progress(int done, int total);
    void finished(const motcua::SyncSummary &summary);

private:
    void signIn(const std::function<void()> &then);
    void pushNext();
    void uploadScans(const QList<OutboxEntry> &batch);
    void pushBatch(const QList<OutboxEntry> &batch, bool mayRetrySignIn);
    void settle(const QList<OutboxEntry> &batch, const QList<PushAnswer> &answers);
    void stop(const Error &error);
    void finish();

    Database &m_db;
    ProvincialApi &m_api;
    ClerkCredentials m_credentials;
    OutboxRepository m_outbox;
    AttachmentUploader *m_uploader = nullptr;
    QString m_session;
    SyncSummary m_summary;
    qint64 m_lastClaimed = 0;
    int m_total = 0;
    int m_done = 0;
};

} // namespace motcua

Q_DECLARE_METATYPE(motcua::SyncSummary)
