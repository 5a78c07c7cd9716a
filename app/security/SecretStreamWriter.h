#pragma once

#include <QByteArray>

#include <sodium.h>

class QIODevice;

namespace motcua {

// Encrypts a stream of any length onto a device with libsodium's secretstream
// (XChaCha20-Poly1305): its 24-byte header, then messages of at most kChunk plain bytes, each
// written as a 4-byte big-endian length and the ciphertext. The last message carries the FINAL
// tag, so a cut file is detected. `associated` (the backup's plain header) is authenticated with
// the first message. Holds one chunk in memory, never the stream.
class SecretStreamWriter
{
public:
    static constexpr qsizetype kChunk = 64 * 1024;

    SecretStreamWriter(QIODevice &out, const QByteArray &key, QByteArray associated);
    ~SecretStreamWriter();
    SecretStreamWriter(const SecretStreamWriter &) = delete;
    SecretStreamWriter &operator=(const SecretStreamWriter &) = delete;

    // False once the device refused a write (its errorString() says why).
    bool write(QByteArrayView bytes);
    bool finish();

private:
    bool push(unsigned char tag);

    QIODevice &m_out;
    crypto_secretstream_xchacha20poly1305_state m_state;
    QByteArray m_associated;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace motcua
