#include "AttachmentUploader.h"

#include "intake/AttachmentStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUpload, "motcua.sync.upload")

namespace motcua {

namespace {
constexpr int kTimeoutMs = 30000;
constexpr int kMaxWaitSeconds = 5; // longest Retry-After honoured within a run
} // namespace

struct AttachmentUploader::Job
{
    QString session;
    QStringList pending;
    QList<UploadReport> reports;
    std::function<void(const QList<UploadReport> &)> done;
    UploadReport current;
    QByteArray content; // the current scan, plain
    int inARow = 0; // failures since the server last accepted a chunk
};

AttachmentUploader::AttachmentUploader(QUrl baseUrl, QString attachmentsDir, VaultSource vault,
                                       QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_dir(std::move(attachmentsDir))
    , m_vault(std::move(vault))
    , m_network(new QNetworkAccessManager(this))
{
}

QStringList AttachmentUploader::scansOf(const QByteArray &recordJson)
{
    // Most records carry no scan; those are not parsed at all.
    if (!recordJson.contains("\"TepDinhKemId\""))
        return {};
    return scansOf(QJsonDocument::fromJson(recordJson).object());
}

QStringList AttachmentUploader::scansOf(const QJsonObject &record)
{
    QStringList scans;
    for (const QJsonValue &paper : record.value(u"TaiLieuNop"_s).toArray()) {
        const QString sha = paper.toObject().value(u"TepDinhKemId"_s).toString();
        if (!sha.isEmpty() && !scans.contains(sha))
            scans.append(sha);
    }
    return scans;
}

void AttachmentUploader::upload(const QString &session, const QStringList &sha256s,
                                std::function<void(const QList<UploadReport> &)> done)
{
    auto job = std::make_shared<Job>();
    job->session = session;
    job->pending = sha256s;
    job->done = std::move(done);
    if (auto refused = m_guard.refusal(m_baseUrl)) {
        // Nothing is sent to a server the desk may not talk to: every scan waits.
        for (const QString &sha : std::as_const(job->pending)) {
            UploadReport report;
            report.sha256 = sha;
            report.problem = refused->detail;
            job->reports.append(report);
        }
        job->pending.clear();
    }
    next(job);
}

void AttachmentUploader::next(std::shared_ptr<Job> job)
{
    if (job->pending.isEmpty()) {
        job->content.clear();
        return job->done(job->reports);
    }
    job->current = UploadReport{};
    job->inARow = 0;
    job->current.sha256 = job->pending.takeFirst();
    auto content = AttachmentStore(m_dir, m_vault ? m_vault() : nullptr).read(job->current.sha256);
    if (!content) {
        job->content.clear();
        job->current.problem = content.error().code == u"file.missing"
                                   ? u"the scan is not in the desk's attachment store"_s
                                   : u"the scan cannot be read: %1"_s.arg(content.error().code);
        job->reports.append(job->current);
        return next(job);
    }
    job->content = std::move(*content);
    job->current.size = job->content.size();
    askStatus(job);
}

QNetworkReply *AttachmentUploader::request(const QString &verb, const QString &sha256,
                                           const QString &query, const QByteArray &body,
                                           const QString &session)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/v1/attachments/"_s
                + sha256);
    url.setQuery(query);
    QNetworkRequest r(url);
    r.setTransferTimeout(kTimeoutMs);
    r.setRawHeader("Authorization", "Bearer " + session.toUtf8());
    if (verb == u"PUT") {
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
        QNetworkReply *reply = m_network->put(r, body);
        m_guard.watch(reply);
        return reply;
    }
    QNetworkReply *reply = m_network->get(r);
    m_guard.watch(reply);
    return reply;
}

void AttachmentUploader::askStatus(std::shared_ptr<Job> job)
{
    QNetworkReply *reply = request(u"GET"_s, job->current.sha256, {}, {}, job->session);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200 || !answer.value(u"received"_s).isDouble())
            return failed(job, u"status: HTTP %1 %2"_s.arg(status).arg(reply->errorString()),
                          reply->rawHeader("Retry-After").toInt());
        if (answer.value(u"complete"_s).toBool()) {
            job->current.complete = true;
            job->current.alreadyThere = job->current.bytesSent == 0;
            job->reports.append(job->current);
            return next(job);
        }
        sendChunk(job, qint64(answer.value(u"received"_s).toDouble()));
    });
}

void AttachmentUploader::sendChunk(std::shared_ptr<Job> job, qint64 offset)
{
    const qint64 size = job->content.size();
    if (offset < 0 || offset >= size) {
        job->current.problem = u"cannot read the scan at offset %1"_s.arg(offset);
        job->reports.append(job->current);
        return next(job);
    }
    const QByteArray chunk = job->content.mid(offset, m_chunkSize);
    QNetworkReply *reply = request(u"PUT"_s, job->current.sha256,
                                   u"offset=%1&total=%2"_s.arg(offset).arg(size), chunk,
                                   job->session);
    auto sent = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::uploadProgress, this,
            [sent](qint64 bytes, qint64) { *sent = std::max(*sent, bytes); });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply, sent, size, chunk] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        job->current.bytesSent += status == 0 ? *sent : chunk.size();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonValue received = answer.value(u"received"_s);
        if ((status == 200 || status == 409) && received.isDouble()) {
            const qint64 at = qint64(received.toDouble());
            if (status == 200)
                job->inARow = 0;
            if (status == 409)
                qCInfo(lcUpload) << "server holds" << at << "bytes, resuming from there";
            if (at >= size || answer.value(u"complete"_s).toBool()) {
                job->current.complete = true;
                job->reports.append(job->current);
                return next(job);
            }
            return sendChunk(job, at);
        }
        if (status == 422) {
            // The server discarded what it had; sending the same bytes again now would fail the
            // same way, so the next run starts this scan over.
            job->current.problem = u"the server refused the scan's content (hash mismatch)"_s;
            job->reports.append(job->current);
            return next(job);
        }
        failed(job, u"chunk: HTTP %1 %2"_s.arg(status).arg(reply->errorString()),
               reply->rawHeader("Retry-After").toInt());
    });
}

void AttachmentUploader::failed(std::shared_ptr<Job> job, const QString &problem,
                                int retryAfterSeconds)
{
    ++job->current.failures;
    ++job->inARow;
    qCInfo(lcUpload) << "scan upload interrupted:" << problem;
    if (job->inARow > kMaxFailures || retryAfterSeconds > kMaxWaitSeconds) {
        job->current.problem = problem;
        job->reports.append(job->current);
        return next(job);
    }
    // Ask the server what it holds, then resume from there.
    const int waitMs = retryAfterSeconds > 0 ? retryAfterSeconds * 1000
                                             : std::min(100 * job->inARow, 1000);
    QTimer::singleShot(waitMs, this, [this, job] { askStatus(job); });
}

} // namespace motcua
