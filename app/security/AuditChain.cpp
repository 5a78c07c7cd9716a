#include "AuditChain.h"

#include <QtEndian>

#include <sodium.h>

namespace motcua {

namespace {

void appendU64(QByteArray &out, quint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

void appendField(QByteArray &out, const QByteArray &field)
{
    appendU64(out, quint64(field.size()));
    out.append(field);
}

} // namespace

QByteArray AuditChain::genesis()
{
    return QByteArray(kHashBytes, '\0');
}

QByteArray AuditChain::entryHash(const AuditEntry &entry)
{
    QByteArray encoded("motcua.audit.entry.v1");
    appendU64(encoded, quint64(entry.seq));
    for (const QString *text : {&entry.at, &entry.actor, &entry.kind, &entry.subject, &entry.detail})
        appendField(encoded, text->toUtf8());
    appendField(encoded, entry.prevHash);

    QByteArray hash(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
                       reinterpret_cast<const unsigned char *>(encoded.constData()),
                       quint64(encoded.size()), nullptr, 0);
    return hash;
}

QByteArray AuditChain::headMessage(qint64 seq, const QByteArray &hash)
{
    QByteArray message("motcua.audit.head.v1");
    appendU64(message, quint64(seq));
    message.append(hash);
    return message;
}

} // namespace motcua
