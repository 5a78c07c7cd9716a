#include "SyncEngine.h"

#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "motcua.sync")

namespace motcua {

SyncEngine::SyncEngine(Database &db, ProvincialApi &api, ClerkCredentials credentials,
                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_api(api)
    , m_credentials(std::move(credentials))
    , m_outbox(db)
{
    setAttachmentsDir(QFileInfo(db.path()).dir().filePath(u"attachments"_s));
}

void SyncEngine::setAttachmentsDir(const QString &dir)
{
    delete m_uploader;
    m_uploader = new AttachmentUploader(m_api.baseUrl(), dir, this);
}

void SyncEngine::start()
{
    m_summary = {};
    m_lastClaimed = 0;
    m_done = 0;
    if (auto recovered = m_outbox.recoverInterrupted(); recovered && *recovered > 0)
        qCInfo(lcSync) << *recovered << "entries were interrupted mid-send and are queued again";
    auto pending = m_outbox.countPending();
    if (!pending)
        return stop(pending.error());
    m_total = *pending;
    emit progress(0, m_total);
    if (m_total == 0)
        return finish();
    signIn([this] { pushNext(); });
}

void SyncEngine::signIn(const std::function<void()> &then)
{
    m_api.login(m_credentials, [this, then](Result<QString> session) {
        if (!session)
            return stop(session.error());
        m_session = *session;
        then();
    });
}

void SyncEngine::pushNext()
{
    auto batch = m_outbox.claimBatch(kBatchSize, QDateTime::currentDateTimeUtc(), m_lastClaimed);
    if (!batch)
        return stop(batch.error());
    if (batch->isEmpty())
        return finish();
    m_lastClaimed = batch->constLast().id;
    uploadScans(*batch);
}

void SyncEngine::uploadScans(const QList<OutboxEntry> &batch)
{
    QStringList scans;
    for (const OutboxEntry &e : batch) {
        for (const QString &sha : AttachmentUploader::scansOf(e.payload)) {
            if (!scans.contains(sha))
                scans.append(sha);
        }
    }
    if (scans.isEmpty())
        return pushBatch(batch, true);
    m_uploader->upload(m_session, scans, [this, batch](const QList<UploadReport> &reports) {
        QSet<QString> missing;
        for (const UploadReport &r : reports) {
            if (!r.complete) {
                missing.insert(r.sha256);
                qCWarning(lcSync) << "scan not uploaded:" << r.problem;
            }
        }
        // A dossier goes only with all its scans; the others wait for the next run.
        QList<OutboxEntry> ready;
        int held = 0;
        for (const OutboxEntry &e : batch) {
            const QStringList own = AttachmentUploader::scansOf(e.payload);
            const bool complete = std::none_of(own.cbegin(), own.cend(),
                                               [&](const QString &s) { return missing.contains(s); });
            if (complete) {
                ready.append(e);
                continue;
            }
            ++held;
            if (auto ok = m_outbox.markFailed(
                    e.id, OutboxState::RetryLater,
                    tr("The upload of a scan was interrupted. It will resume from where it "
                       "stopped at the next sync."));
                !ok)
                qCWarning(lcSync) << "cannot record a sync result:" << ok.error().detail;
        }
        if (held > 0) {
            m_done += held;
            emit progress(m_done, m_total);
        }
        if (ready.isEmpty())
            return pushNext();
        pushBatch(ready, true);
    });
}

void SyncEngine::pushBatch(const QList<OutboxEntry> &batch, bool mayRetrySignIn)
{
    QJsonArray records;
    for (const OutboxEntry &e : batch) {
        QJsonObject record = e.payload;
        record[u"IdempotencyKey"_s] = e.idempotencyKey;
        records.append(record);
    }
    m_api.push(m_session, records,
               [this, batch, mayRetrySignIn](Result<QList<PushAnswer>> answers) {
                   if (!answers && answers.error().code == u"auth.rejected" && mayRetrySignIn) {
                       qCInfo(lcSync) << "session refused, signing in again";
                       return signIn([this, batch] { pushBatch(batch, false); });
                   }
                   if (!answers)
                       return stop(answers.error());
                   settle(batch, *answers);
                   pushNext();
               });
}

void SyncEngine::settle(const QList<OutboxEntry> &batch, const QList<PushAnswer> &answers)
{
    QHash<QString, PushAnswer> byKey;
    for (const PushAnswer &a : answers)
        byKey.insert(a.idempotencyKey, a);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OutboxEntry &e : batch) {
        const auto it = byKey.constFind(e.idempotencyKey);
        Result<void> ok;
        if (it == byKey.cend()) {
            ++m_summary.retryLater;
            ok = m_outbox.markFailed(e.id, OutboxState::RetryLater,
                                     tr("The provincial system did not answer for this dossier. "
                                        "It will be sent again."));
        } else if (it->result == PushResult::Created || it->result == PushResult::Duplicate) {
            ++(it->result == PushResult::Created ? m_summary.sent : m_summary.duplicates);
            ok = m_outbox.markSent(e.id, it->provincialCode, now);
        } else if (it->result == PushResult::AttachmentsMissing) {
            ++m_summary.retryLater;
            ok = m_outbox.markFailed(e.id, OutboxState::RetryLater,
                                     tr("The provincial system does not have all the scans of "
                                        "this dossier yet. They will be sent again at the next "
                                        "sync."));
        } else if (it->result == PushResult::Conflict) {
            ++m_summary.needsAction;
            ok = m_outbox.markFailed(e.id, OutboxState::NeedsAction,
                                     tr("The provincial system already holds this dossier with "
                                        "different content (%1). Check the dossier with your "
                                        "supervisor before sending it again.").arg(it->message));
        } else {
            ++m_summary.needsAction;
            ok = m_outbox.markFailed(e.id, OutboxState::NeedsAction,
                                     tr("The provincial system refused this dossier (%1). "
                                        "Correct it, or tell your IT officer.").arg(it->message));
        }
        if (!ok)
            qCWarning(lcSync) << "cannot record a sync result:" << ok.error().detail;
    }
    m_done += int(batch.size());
    emit progress(m_done, m_total);
}

void SyncEngine::stop(const Error &error)
{
    qCWarning(lcSync) << "sync stopped:" << error.code << error.detail;
    m_summary.problem = error.message;
    m_summary.signInRefused = error.code == u"auth.rejected";
    if (auto ok = m_outbox.deferPending(error.message); !ok)
        qCWarning(lcSync) << "cannot record the reason:" << ok.error().detail;
    finish();
}

void SyncEngine::finish()
{
    auto list = m_outbox.list();
    if (list) {
        m_summary.retryLater = 0;
        m_summary.needsAction = 0;
        for (const QueuedDossier &d : *list) {
            if (d.state == OutboxState::NeedsAction)
                ++m_summary.needsAction;
            else if (d.state != OutboxState::Sent)
                ++m_summary.retryLater;
        }
    }
    qCInfo(lcSync) << "sync finished: sent" << m_summary.sent << "duplicates"
                   << m_summary.duplicates << "waiting" << m_summary.retryLater << "action"
                   << m_summary.needsAction;
    emit finished(m_summary);
}

} // namespace motcua
