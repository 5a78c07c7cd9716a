#include "SyncEngine.h"

#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <QLoggingCategory>

#include <utility>

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
    , m_ratings(db, api)
    , m_progress(db, api)
    , m_catalog(db, api)
{
    setAttachmentsDir(QFileInfo(db.path()).dir().filePath(u"attachments"_s));
}

void SyncEngine::setAttachmentsDir(const QString &dir)
{
    delete m_uploader;
    m_uploader = new AttachmentUploader(m_api.baseUrl(), dir, [this] { return m_db.vault(); }, this);
}

void SyncEngine::start()
{
    m_summary = {};
    m_lastClaimed = 0;
    m_done = 0;
    m_inFlight.clear();
    // Never two runs on one store, whether from this process or another (the CLI next to the GUI).
    // A lock left by a killed run is stale (its process is gone) and taken over.
    m_lock = std::make_unique<QLockFile>(m_db.path() + u".sync-lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        m_summary.busy = true;
        m_summary.problem = tr("Another sync of this desk's queue is running. Try again when it "
                               "has finished.");
        return finish();
    }
    if (auto recovered = m_outbox.recoverInterrupted(); recovered && *recovered > 0)
        qCInfo(lcSync) << *recovered << "entries were interrupted mid-send and are queued again";
    const QDateTime t = now();
    if (auto clamped = m_outbox.clampWaits(t.addSecs(m_policy.capSeconds)); clamped && *clamped > 0)
        qCInfo(lcSync) << *clamped << "waits ended beyond the backoff cap (desk clock moved back?)";
    auto pending = m_outbox.countDue(dueBy(t));
    if (!pending)
        return stop(pending.error());
    m_total = *pending;
    emit progress(0, m_total);
    if (m_total == 0)
        return afterPush();
    signIn([this] { pushNext(); });
}

QDateTime SyncEngine::dueBy(const QDateTime &t) const
{
    // Forced: everything not sent, whatever its next attempt says.
    return m_force ? t.addYears(1000) : t;
}

void SyncEngine::signIn(const std::function<void()> &then)
{
    // A session kept in the keychain is tried first; the password is sent only once it is refused
    // (the push then comes back here).
    if (!m_credentials.session.isEmpty()) {
        m_session = std::exchange(m_credentials.session, QString());
        return then();
    }
    m_api.login(m_credentials, [this, then](Result<QString> session) {
        if (!session)
            return stop(session.error());
        m_session = *session;
        then();
    });
}

void SyncEngine::pushNext()
{
    auto batch = m_outbox.claimBatch(m_batchSize, dueBy(now()), m_lastClaimed);
    if (!batch)
        return stop(batch.error());
    if (batch->isEmpty())
        return afterPush();
    m_lastClaimed = batch->constLast().id;
    QList<OutboxEntry> intact;
    QList<OutboxOutcome> damaged;
    for (const OutboxEntry &e : std::as_const(*batch)) {
        if (e.payloadIntact) {
            intact.append(e);
            continue;
        }
        qCWarning(lcSync) << "outbox entry" << e.id << "holds a damaged record; not sent";
        damaged.append({e.id, OutboxState::NeedsAction, {},
                        tr("The record of this dossier in the local store is damaged and "
                           "cannot be sent. Keep the desk as it is and call your IT officer, "
                           "who can restore it from a backup."),
                        {}});
    }
    if (!damaged.isEmpty()) {
        m_summary.needsAction += int(damaged.size());
        if (auto ok = m_outbox.settle(damaged, now()); !ok)
            qCWarning(lcSync) << "cannot record a sync result:" << ok.error().detail;
        m_done += int(damaged.size());
        emit progress(m_done, m_total);
    }
    if (intact.isEmpty())
        return pushNext();
    m_inFlight = intact;
    uploadScans(intact);
}

void SyncEngine::uploadScans(const QList<OutboxEntry> &batch)
{
    QStringList scans;
    for (const OutboxEntry &e : batch) {
        for (const QString &sha : AttachmentUploader::scansOf(e.payloadJson)) {
            if (!scans.contains(sha))
                scans.append(sha);
        }
    }
    if (scans.isEmpty())
        return pushBatch(batch, true);
    m_uploader->setTlsGuard(m_api.tlsGuard());
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
        QList<OutboxOutcome> held;
        for (const OutboxEntry &e : batch) {
            const QStringList own = AttachmentUploader::scansOf(e.payloadJson);
            const bool complete = std::none_of(own.cbegin(), own.cend(),
                                               [&](const QString &s) { return missing.contains(s); });
            if (complete) {
                ready.append(e);
                continue;
            }
            held.append({e.id, OutboxState::RetryLater, {},
                         tr("The upload of a scan was interrupted. It will resume from where "
                            "it stopped at the next sync."),
                         m_policy.nextAttempt(now(), e.attempts)});
        }
        if (!held.isEmpty()) {
            m_summary.retryLater += int(held.size());
            if (auto ok = m_outbox.settle(held, now()); !ok)
                qCWarning(lcSync) << "cannot record a sync result:" << ok.error().detail;
            m_done += int(held.size());
            emit progress(m_done, m_total);
        }
        m_inFlight = ready;
        if (ready.isEmpty())
            return pushNext();
        pushBatch(ready, true);
    });
}

// The stored record with its idempotency key as a first member, written into the JSON text
// rather than by parsing and serialising the record again.
QByteArray SyncEngine::withKey(const QByteArray &recordJson, const QString &key)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    const QByteArray member = "\"IdempotencyKey\":" + quoted.mid(1, quoted.size() - 2);
    const QByteArray body = recordJson.trimmed();
    if (!body.startsWith('{') || !body.endsWith('}') || body.contains("\"IdempotencyKey\"")) {
        // Not the compact object the desk writes: take the slow, sure way.
        QJsonObject record = QJsonDocument::fromJson(recordJson).object();
        record[u"IdempotencyKey"_s] = key;
        return QJsonDocument(record).toJson(QJsonDocument::Compact);
    }
    const bool empty = body.size() == 2 || body.mid(1, body.size() - 2).trimmed().isEmpty();
    return empty ? QByteArray('{' + member + '}') : QByteArray('{' + member + ',' + body.mid(1));
}

void SyncEngine::pushBatch(const QList<OutboxEntry> &batch, bool mayRetrySignIn)
{
    QList<QByteArray> records;
    records.reserve(batch.size());
    for (const OutboxEntry &e : batch)
        records.append(withKey(e.payloadJson, e.idempotencyKey));
    QElapsedTimer took;
    took.start();
    m_api.push(m_session, records,
               [this, batch, mayRetrySignIn, took](Result<QList<PushAnswer>> answers) {
                   if (!answers && answers.error().code == u"auth.rejected" && mayRetrySignIn) {
                       qCInfo(lcSync) << "session refused, signing in again";
                       return signIn([this, batch] { pushBatch(batch, false); });
                   }
                   if (!answers)
                       return stop(answers.error());
                   m_inFlight.clear();
                   if (m_adaptiveBatch && took.elapsed() < m_fastBatchMs
                       && batch.size() >= m_batchSize)
                       m_batchSize = std::min(2 * m_batchSize, int(kMaxBatchSize));
                   settle(batch, *answers);
                   pushNext();
               });
}

void SyncEngine::settle(const QList<OutboxEntry> &batch, const QList<PushAnswer> &answers)
{
    QHash<QString, PushAnswer> byKey;
    for (const PushAnswer &a : answers)
        byKey.insert(a.idempotencyKey, a);
    const QDateTime t = now();
    QList<OutboxOutcome> outcomes;
    outcomes.reserve(batch.size());
    for (const OutboxEntry &e : batch) {
        const auto it = byKey.constFind(e.idempotencyKey);
        OutboxOutcome o;
        o.id = e.id;
        if (it == byKey.cend()) {
            ++m_summary.retryLater;
            o.state = OutboxState::RetryLater;
            o.reason = tr("The provincial system did not answer for this dossier. "
                          "It will be sent again.");
            o.nextAttempt = m_policy.nextAttempt(t, e.attempts);
        } else if (it->result == PushResult::Created || it->result == PushResult::Duplicate) {
            ++(it->result == PushResult::Created ? m_summary.sent : m_summary.duplicates);
            o.state = OutboxState::Sent;
            o.provincialCode = it->provincialCode;
        } else if (it->result == PushResult::AttachmentsMissing) {
            ++m_summary.retryLater;
            o.state = OutboxState::RetryLater;
            o.reason = tr("The provincial system does not have all the scans of this dossier "
                          "yet. They will be sent again at the next sync.");
            o.nextAttempt = m_policy.nextAttempt(t, e.attempts);
        } else if (it->result == PushResult::Conflict) {
            ++m_summary.needsAction;
            o.state = OutboxState::NeedsAction;
            o.reason = tr("The provincial system already holds this dossier with "
                          "different content (%1). Check the dossier with your "
                          "supervisor before sending it again.").arg(it->message);
        } else {
            ++m_summary.needsAction;
            o.state = OutboxState::NeedsAction;
            o.reason = tr("The provincial system refused this dossier (%1). "
                          "Correct it, or tell your IT officer.").arg(it->message);
        }
        outcomes.append(o);
    }
    if (auto ok = m_outbox.settle(outcomes, t); !ok)
        qCWarning(lcSync) << "cannot record a sync result:" << ok.error().detail;
    m_done += int(batch.size());
    emit progress(m_done, m_total);
}

// The batch in flight failed as a whole (network, 5xx, garbage, refused session): each entry waits
// by its own backoff, at least as long as the server's Retry-After.
void SyncEngine::backOff(const QList<OutboxEntry> &batch, const Error &error)
{
    const QDateTime t = now();
    const bool retryable = ProvincialApi::isRetryable(error);
    const int retryAfter = m_api.lastRetryAfterSeconds();
    QList<OutboxOutcome> outcomes;
    outcomes.reserve(batch.size());
    for (const OutboxEntry &e : batch) {
        OutboxOutcome o;
        o.id = e.id;
        o.state = OutboxState::RetryLater;
        o.reason = error.message;
        // A refused sign-in waits for the clerk, not for a timer.
        if (retryable)
            o.nextAttempt = m_policy.nextAttempt(t, e.attempts, retryAfter);
        outcomes.append(o);
    }
    if (auto ok = m_outbox.settle(outcomes, t); !ok)
        qCWarning(lcSync) << "cannot record the backoff:" << ok.error().detail;
}

void SyncEngine::stop(const Error &error)
{
    qCWarning(lcSync) << "sync stopped:" << error.code << error.detail;
    m_summary.problem = error.message;
    m_summary.signInRefused = error.code == u"auth.rejected";
    m_summary.unreachable = error.code.startsWith(u"net.");
    if (!m_inFlight.isEmpty()) {
        backOff(m_inFlight, error);
        m_inFlight.clear();
    }
    if (auto ok = m_outbox.deferPending(error.message); !ok)
        qCWarning(lcSync) << "cannot record the reason:" << ok.error().detail;
    finish();
}

void SyncEngine::afterPush()
{
    if (!m_session.isEmpty())
        return sendRatings();
    if (!m_credentials.session.isEmpty()) {
        m_session = std::exchange(m_credentials.session, QString());
        return sendRatings();
    }
    m_api.login(m_credentials, [this](Result<QString> session) {
        if (!session) {
            note(session.error());
            return finish();
        }
        m_session = *session;
        sendRatings();
    });
}

void SyncEngine::sendRatings()
{
    m_ratings.send(m_session, [this](Result<int> sent) {
        if (sent)
            m_summary.ratingsSent = *sent;
        else
            note(sent.error()); // they stay pending for the next run
        pullProgress();
    });
}

void SyncEngine::pullProgress()
{
    m_progress.pull(m_session, [this](Result<int> applied) {
        if (applied)
            m_summary.progressEvents = *applied;
        else
            note(applied.error());
        updateCatalog();
    });
}

void SyncEngine::updateCatalog()
{
    m_catalog.update(m_session, [this](Result<QString> version) {
        if (version)
            m_summary.catalogVersion = *version;
        else
            note(version.error());
        finish();
    });
}

void SyncEngine::note(const Error &error)
{
    qCWarning(lcSync) << "after the push:" << error.code << error.detail;
    m_summary.notes.append(error.message);
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
            if (d.state == OutboxState::RetryLater && d.nextAttemptAt.isValid()
                && (!m_summary.nextAttempt.isValid() || d.nextAttemptAt < m_summary.nextAttempt))
                m_summary.nextAttempt = d.nextAttemptAt;
        }
    }
    m_lock.reset(); // unlocks
    qCInfo(lcSync) << "sync finished: sent" << m_summary.sent << "duplicates"
                   << m_summary.duplicates << "waiting" << m_summary.retryLater << "action"
                   << m_summary.needsAction;
    emit finished(m_summary);
}

} // namespace motcua
