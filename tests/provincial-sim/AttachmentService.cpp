#include "AttachmentService.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>

Q_LOGGING_CATEGORY(lcAttachments, "motcua.sim.attachments", QtInfoMsg)

namespace {

constexpr qint64 kMaxSize = qint64(64) * 1024 * 1024;

QJsonObject received(qint64 n)
{
    return QJsonObject{{QStringLiteral("received"), n}};
}

SimReply withReceived(SimReply reply, qint64 n)
{
    reply.body.insert(QStringLiteral("received"), n);
    return reply;
}

} // namespace

AttachmentService::AttachmentService(QString dir)
    : m_dir(std::move(dir))
{
    QDir().mkpath(m_dir);
}

bool AttachmentService::isHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QString AttachmentService::finalPath(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256);
}

QString AttachmentService::partPath(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256 + QStringLiteral(".part"));
}

qint64 AttachmentService::partSize(const QString &sha256) const
{
    const QFileInfo info(partPath(sha256));
    return info.exists() ? info.size() : 0;
}

bool AttachmentService::isComplete(const QString &sha256) const
{
    return isHash(sha256) && QFileInfo::exists(finalPath(sha256));
}

qint64 AttachmentService::completeCount() const
{
    qint64 n = 0;
    for (const QString &name : QDir(m_dir).entryList(QDir::Files))
        n += isHash(name) ? 1 : 0;
    return n;
}

SimReply AttachmentService::status(const QString &sha256) const
{
    if (!isHash(sha256))
        return SimReply::malformed(QStringLiteral("not a lower-case SHA-256"));
    if (isComplete(sha256)) {
        const qint64 size = QFileInfo(finalPath(sha256)).size();
        return SimReply::ok({{QStringLiteral("size"), size},
                             {QStringLiteral("received"), size},
                             {QStringLiteral("complete"), true}});
    }
    return SimReply::ok({{QStringLiteral("size"), m_totals.value(sha256, 0)},
                         {QStringLiteral("received"), partSize(sha256)},
                         {QStringLiteral("complete"), false}});
}

SimReply AttachmentService::put(const QString &sha256, qint64 offset, qint64 total,
                                const QByteArray &chunk)
{
    if (!isHash(sha256))
        return SimReply::malformed(QStringLiteral("not a lower-case SHA-256"));
    if (total <= 0 || total > kMaxSize || offset < 0 || offset + chunk.size() > total)
        return SimReply::malformed(QStringLiteral("offset and total must describe the chunk"));
    if (isComplete(sha256)) {
        const qint64 size = QFileInfo(finalPath(sha256)).size();
        return SimReply::ok({{QStringLiteral("received"), size},
                             {QStringLiteral("complete"), true}});
    }
    const qint64 held = partSize(sha256);
    if (offset != held || (held > 0 && m_totals.value(sha256, total) != total)) {
        return withReceived(SimReply::error(409, SimError::Mismatch,
                                            QStringLiteral("resume from the received offset")),
                            held);
    }
    QFile part(partPath(sha256));
    if (!part.open(QIODevice::Append) || part.write(chunk) != chunk.size() || !part.flush()) {
        qCCritical(lcAttachments, "cannot append to a partial upload");
        return SimReply::internal();
    }
    part.close();
    m_totals.insert(sha256, total);
    m_bytesReceived += chunk.size();
    const qint64 now = held + chunk.size();
    if (now < total)
        return SimReply::ok(received(now));

    m_totals.remove(sha256);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!part.open(QIODevice::ReadOnly) || !hash.addData(&part)) {
        qCCritical(lcAttachments, "cannot read a finished upload");
        return SimReply::internal();
    }
    part.close();
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        part.remove();
        qCInfo(lcAttachments, "upload discarded: its content does not match its hash");
        return withReceived(SimReply::error(422, SimError::Mismatch,
                                            QStringLiteral("content does not match the hash; "
                                                           "send it again from offset 0")),
                            0);
    }
    if (!part.rename(finalPath(sha256))) {
        qCCritical(lcAttachments, "cannot keep a finished upload");
        return SimReply::internal();
    }
    QJsonObject body = received(now);
    body.insert(QStringLiteral("complete"), true);
    return SimReply::ok(body);
}

QJsonArray AttachmentService::listing() const
{
    QJsonArray list;
    for (const QString &name : QDir(m_dir).entryList(QDir::Files, QDir::Name)) {
        if (!isHash(name))
            continue;
        QFile file(finalPath(name));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            continue;
        list.append(QJsonObject{{QStringLiteral("sha256"), name},
                                {QStringLiteral("content_sha256"),
                                 QString::fromLatin1(hash.result().toHex())},
                                {QStringLiteral("size"), file.size()}});
    }
    return list;
}
