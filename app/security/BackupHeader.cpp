#include "BackupHeader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
constexpr quint32 kMaxJson = 4096;
}

QByteArray BackupHeader::encode() const
{
    const QByteArray json = QJsonDocument(QJsonObject{
                                              {u"store_id"_s, storeId},
                                              {u"created"_s, created.toUTC().toString(Qt::ISODate)},
                                              {u"schema"_s, schemaVersion},
                                          })
                                .toJson(QJsonDocument::Compact);
    QByteArray out = kMagic.toByteArray();
    out.append(char(kFormat));
    char length[4];
    qToBigEndian(quint32(json.size()), length);
    out.append(length, 4);
    return out + json;
}

QByteArray BackupEntry::encode(char kind, const QString &name, qint64 size)
{
    const QByteArray utf8 = name.toUtf8();
    QByteArray out(kPrefix, Qt::Uninitialized);
    out[0] = kind;
    qToBigEndian(quint16(utf8.size()), out.data() + 1);
    out += utf8;
    char length[8];
    qToBigEndian(quint64(size), length);
    return out.append(length, 8);
}

Result<BackupHeader> BackupHeaderReader::read(QIODevice &in, QByteArray *raw)
{
    const Error notBackup{u"backup.not_backup"_s,
                          tr("This file is not a motcua backup. Choose the file written by "
                             "\"motcua-cli backup create\". Nothing was changed."),
                          u"bad magic or header"_s};
    QByteArray start = in.read(BackupHeader::kMagic.size() + 5);
    if (start.size() != BackupHeader::kMagic.size() + 5 || !start.startsWith(BackupHeader::kMagic))
        return std::unexpected(notBackup);
    if (quint8(start.at(BackupHeader::kMagic.size())) != BackupHeader::kFormat)
        return fail(u"backup.format"_s,
                    tr("This backup was written by another version of motcua (format %1). "
                       "Restore it with that version or a newer one. Nothing was changed.")
                        .arg(quint8(start.at(BackupHeader::kMagic.size()))),
                    u"unknown format"_s);
    const quint32 length = qFromBigEndian<quint32>(start.constData() + BackupHeader::kMagic.size() + 1);
    if (length > kMaxJson)
        return std::unexpected(notBackup);
    const QByteArray json = in.read(length);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    BackupHeader header;
    header.storeId = o.value(u"store_id"_s).toString();
    header.created = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODate);
    header.schemaVersion = o.value(u"schema"_s).toInt();
    if (json.size() != qsizetype(length) || header.storeId.isEmpty())
        return std::unexpected(notBackup);
    if (raw)
        *raw = start + json;
    return header;
}

Result<BackupHeader> BackupHeaderReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"backup.read"_s,
                    tr("The backup %1 cannot be read (%2). Check the name and that you may read "
                       "it.").arg(QDir::toNativeSeparators(path), file.errorString()),
                    file.errorString());
    return read(file);
}

QByteArray BackupHeaderReader::backupKey(const QByteArray &dataKey)
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot start");
    static constexpr char context[crypto_kdf_CONTEXTBYTES + 1] = "mcbackup";
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                               1, context,
                               reinterpret_cast<const unsigned char *>(dataKey.constData()));
    return key;
}

} // namespace motcua
