#pragma once

#include "TlsGuard.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace motcua {

class Vault;

// The outcome of one scan's upload in one run.
struct UploadReport
{
    QString sha256;
    bool complete = false;     // the server holds the whole scan, hash checked
    bool alreadyThere = false; // it did before this run: nothing was sent
    qint64 size = 0;
    qint64 bytesSent = 0; // chunk bytes handed to the network, including cut-off attempts
    int failures = 0;     // interrupted or refused requests, each followed by a resume
    QString problem;      // for the log when not complete (no personal data)
};

// Sends scans to the provincial system (docs/protocol.md, "Attachments"): asks how much of each
// the server holds, skips the complete ones, sends 256 KB chunks from the offset the server
// confirmed and, after any failure, asks again and resumes from there, a few times per run. Scans
// are read from the desk's AttachmentStore, opened with the store's vault into memory (at most the
// scan size limit, 10 MB by default) and the chunks served from there: offsets, sizes and the
// server's hash check are those of the plain scan. Lives on the sync thread.
class AttachmentUploader : public QObject
{
    Q_OBJECT

public:
    // 128 KB: a connection cut mid-chunk loses half a chunk on average; at 256 kbit/s with 5 cuts
    // per 5 MB that keeps goodput at 94% (256 KB: 89%), see docs/performance.md.
    static constexpr qint64 kChunkSize = 128 * 1024;
    static constexpr int kMaxFailures = 6; // in a row, without a chunk accepted, per scan

    // vault is asked for each run's key (Database::vault() of the engine's store), so a store
    // unlocked after the engine was built is seen.
    using VaultSource = std::function<std::shared_ptr<const Vault>()>;
    AttachmentUploader(QUrl baseUrl, QString attachmentsDir, VaultSource vault,
                       QObject *parent = nullptr);

    // Uploads the scans one after the other, then calls `done` with one report per scan.
    void upload(const QString &session, const QStringList &sha256s,
                std::function<void(const QList<UploadReport> &)> done);

    // Chunks of another size (the bench compares sizes); kChunkSize by default.
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }
    // The same checks as the ProvincialApi's (SyncEngine passes its API's guard).
    void setTlsGuard(TlsGuard guard) { m_guard = std::move(guard); }

    // The hashes of the scans a pushed record names (TaiLieuNop[].TepDinhKemId).
    static QStringList scansOf(const QJsonObject &record);
    static QStringList scansOf(const QByteArray &recordJson);

private:
    struct Job;
    void next(std::shared_ptr<Job> job);
    void askStatus(std::shared_ptr<Job> job);
    void sendChunk(std::shared_ptr<Job> job, qint64 offset);
    void failed(std::shared_ptr<Job> job, const QString &problem, int retryAfterSeconds = 0);
    QNetworkReply *request(const QString &verb, const QString &sha256, const QString &query,
                           const QByteArray &body, const QString &session);

    QUrl m_baseUrl;
    QString m_dir;
    VaultSource m_vault;
    TlsGuard m_guard;
    QNetworkAccessManager *m_network;
    qint64 m_chunkSize = kChunkSize;
};

} // namespace motcua
