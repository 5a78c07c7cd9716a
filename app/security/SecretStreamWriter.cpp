#include "SecretStreamWriter.h"

#include <QIODevice>
#include <QtEndian>

namespace motcua {

SecretStreamWriter::SecretStreamWriter(QIODevice &out, const QByteArray &key, QByteArray associated)
    : m_out(out)
    , m_associated(std::move(associated))
{
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(
        &m_state, header, reinterpret_cast<const unsigned char *>(key.constData()));
    m_ok = m_out.write(reinterpret_cast<const char *>(header), sizeof header) == sizeof header;
    m_buffer.reserve(kChunk);
}

SecretStreamWriter::~SecretStreamWriter()
{
    sodium_memzero(&m_state, sizeof m_state);
    sodium_memzero(m_buffer.data(), size_t(m_buffer.size()));
}

bool SecretStreamWriter::write(QByteArrayView bytes)
{
    while (m_ok && !bytes.isEmpty()) {
        const qsizetype take = std::min(bytes.size(), kChunk - m_buffer.size());
        m_buffer.append(bytes.first(take));
        bytes = bytes.sliced(take);
        if (m_buffer.size() == kChunk)
            push(0);
    }
    return m_ok;
}

bool SecretStreamWriter::finish()
{
    return m_ok && push(crypto_secretstream_xchacha20poly1305_TAG_FINAL);
}

bool SecretStreamWriter::push(unsigned char tag)
{
    QByteArray out(4 + m_buffer.size() + crypto_secretstream_xchacha20poly1305_ABYTES,
                   Qt::Uninitialized);
    qToBigEndian(quint32(out.size() - 4), out.data());
    crypto_secretstream_xchacha20poly1305_push(
        &m_state, reinterpret_cast<unsigned char *>(out.data() + 4), nullptr,
        reinterpret_cast<const unsigned char *>(m_buffer.constData()), size_t(m_buffer.size()),
        reinterpret_cast<const unsigned char *>(m_associated.constData()),
        size_t(m_associated.size()), tag);
    m_associated.clear(); // the first message only: the stream's state chains the rest to it
    sodium_memzero(m_buffer.data(), size_t(m_buffer.size()));
    m_buffer.clear();
    m_ok = m_out.write(out) == out.size();
    return m_ok;
}

} // namespace motcua
