#include "SecretStreamReader.h"

#include "SecretStreamWriter.h"

#include <QIODevice>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace motcua {

SecretStreamReader::SecretStreamReader(QIODevice &in, const QByteArray &key, QByteArray associated)
    : m_in(in)
    , m_associated(std::move(associated))
{
    const QByteArray header = m_in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    m_started = header.size() == crypto_secretstream_xchacha20poly1305_HEADERBYTES
                && crypto_secretstream_xchacha20poly1305_init_pull(
                       &m_state, reinterpret_cast<const unsigned char *>(header.constData()),
                       reinterpret_cast<const unsigned char *>(key.constData()))
                       == 0;
}

SecretStreamReader::~SecretStreamReader()
{
    sodium_memzero(&m_state, sizeof m_state);
    sodium_memzero(m_plain.data(), size_t(m_plain.size()));
}

Error SecretStreamReader::damaged(const QString &detail) const
{
    return Error{u"backup.damaged"_s,
                 tr("The backup cannot be opened: it is incomplete, was changed after it was "
                    "written, or belongs to another desk whose keys this computer does not "
                    "hold. Nothing was changed. Use another copy of the backup."),
                 detail};
}

Result<void> SecretStreamReader::pull()
{
    if (!m_started)
        return std::unexpected(damaged(u"no stream header"_s));
    if (m_final)
        return std::unexpected(damaged(u"read past the final message"_s));
    const QByteArray length = m_in.read(4);
    if (length.size() != 4)
        return std::unexpected(damaged(u"cut before the final message"_s));
    const quint32 size = qFromBigEndian<quint32>(length.constData());
    constexpr quint32 kMax = SecretStreamWriter::kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
    if (size < crypto_secretstream_xchacha20poly1305_ABYTES || size > kMax)
        return std::unexpected(damaged(u"message length out of range"_s));
    const QByteArray cipher = m_in.read(size);
    if (cipher.size() != qsizetype(size))
        return std::unexpected(damaged(u"cut inside a message"_s));
    sodium_memzero(m_plain.data(), size_t(m_plain.size()));
    m_plain.resize(qsizetype(size - crypto_secretstream_xchacha20poly1305_ABYTES));
    m_at = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &m_state, reinterpret_cast<unsigned char *>(m_plain.data()), nullptr, &tag,
            reinterpret_cast<const unsigned char *>(cipher.constData()), static_cast<unsigned long long>(cipher.size()),
            reinterpret_cast<const unsigned char *>(m_associated.constData()),
            size_t(m_associated.size()))
        != 0)
        return std::unexpected(damaged(u"authentication failed"_s));
    m_associated.clear();
    m_final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return {};
}

Result<QByteArray> SecretStreamReader::read(qsizetype n)
{
    QByteArray out;
    out.reserve(n);
    while (out.size() < n) {
        if (m_at == m_plain.size()) {
            if (auto pulled = pull(); !pulled)
                return std::unexpected(pulled.error());
            continue;
        }
        const qsizetype take = std::min(n - out.size(), m_plain.size() - m_at);
        out.append(m_plain.constData() + m_at, take);
        m_at += take;
    }
    return out;
}

Result<void> SecretStreamReader::expectEnd()
{
    // The FINAL message may be an empty one after a full chunk.
    if (m_at == m_plain.size() && !m_final)
        if (auto pulled = pull(); !pulled)
            return pulled;
    if (!m_final || m_at != m_plain.size() || !m_in.atEnd())
        return std::unexpected(damaged(u"bytes after the end or a missing end"_s));
    return {};
}

} // namespace motcua
