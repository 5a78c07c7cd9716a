#pragma once

#include "core/Error.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkReply;
class QSslCertificate;

namespace motcua {

// How the desk checks the provincial system before and while it talks to it (docs/protocol.md,
// "Transport"): the address rule (ServerAddress), TLS errors reported as net.tls and never
// ignored, and optional certificate pins ([server] pin_sha256 in settings.ini). A pin is the
// base64 SHA-256 of a certificate's SubjectPublicKeyInfo, as HPKP and curl's --pinnedpubkey
// write it (a leading "sha256//" is accepted).
//
// With pins, every TLS connection whose leaf certificate's key matches no pin is aborted before
// anything is sent, even when the system trusts it. A certificate the system does not trust
// (self-signed, unknown issuer) is accepted only when its key matches a pin: that is how a
// provincial self-signed certificate is trusted. A wrong host name, an expired or revoked
// certificate and any other TLS error are never accepted, pinned or not.
//
// A value type: copy it to every object that sends requests (each thread has its own copy).
class TlsGuard
{
    Q_DECLARE_TR_FUNCTIONS(TlsGuard)

public:
    TlsGuard() = default;
    explicit TlsGuard(const QStringList &pins);

    bool hasPins() const { return !m_pins.isEmpty(); }
    // Why nothing may be sent to `server`: net.insecure / net.address (ServerAddress) or
    // net.pins (a pin of the settings cannot be read: the desk fails closed). Empty when it may.
    std::optional<Error> refusal(const QUrl &server) const;
    // Attaches the checks to a reply just created: records TLS errors for failureOf, checks the
    // pins when the connection is encrypted (before the request is sent) and aborts on mismatch.
    void watch(QNetworkReply *reply) const;
    // After a reply finished: the TLS problem that stopped it (net.tls), if that was the cause.
    static std::optional<Error> failureOf(const QNetworkReply *reply, const QUrl &server);
    // After a reply with an answer: with pins, net.tls unless the connection it came on showed
    // a pinned key. The check at "encrypted" stops the request first; this one makes sure no
    // answer is used whatever the way the connection was set up (reused, multiplexed).
    std::optional<Error> checkAnswer(const QNetworkReply *reply, const QUrl &server) const;

    // The pin of a certificate: base64 SHA-256 of its DER SubjectPublicKeyInfo.
    static QByteArray pinOf(const QSslCertificate &certificate);
    bool matches(const QSslCertificate &certificate) const;

private:
    QByteArrayList m_pins; // raw 32-byte digests
    QString m_badPin;      // the first pin of the settings that cannot be read
};

} // namespace motcua
