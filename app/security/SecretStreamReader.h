#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

class QIODevice;

namespace motcua {

// Reads what SecretStreamWriter wrote. Any cut, changed, reordered or foreign message (another
// key, another header) is "backup.damaged"; so is a stream that ends before its FINAL message or
// has bytes after it.
class SecretStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(SecretStreamReader)

public:
    SecretStreamReader(QIODevice &in, const QByteArray &key, QByteArray associated);
    ~SecretStreamReader();
    SecretStreamReader(const SecretStreamReader &) = delete;
    SecretStreamReader &operator=(const SecretStreamReader &) = delete;

    // Exactly n plain bytes (n at most a few MB at a time), or the error.
    Result<QByteArray> read(qsizetype n);
    // Succeeds when the stream ends here: its FINAL message was read in full, nothing follows.
    Result<void> expectEnd();

private:
    Result<void> pull();
    Error damaged(const QString &detail) const;

    QIODevice &m_in;
    crypto_secretstream_xchacha20poly1305_state m_state;
    QByteArray m_associated;
    QByteArray m_plain;
    qsizetype m_at = 0;
    bool m_started = false;
    bool m_final = false;
};

} // namespace motcua
