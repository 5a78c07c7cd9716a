#pragma once

#include <QString>
#include <QTemporaryDir>

// Self-signed certificates made at test time with the openssl command line tool, and their pins
// computed by openssl too (so the desk's own computation is checked against it).
class TlsCerts
{
public:
    struct Pair
    {
        QString cert;
        QString key;
        QString pin; // base64 SHA-256 of the SubjectPublicKeyInfo, by openssl
    };

    // A certificate for `cn` whose subjectAltName is `san` (e.g. "IP:127.0.0.1,DNS:localhost").
    // Empty paths when openssl failed (the reason is printed).
    Pair make(const QString &name, const QString &cn, const QString &san);

private:
    QTemporaryDir m_dir;
};
