#include "TlsGuard.h"

#include "ServerAddress.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTls, "motcua.sync.tls")

namespace motcua {

namespace {
// Reply properties that carry what went wrong from the checks to failureOf.
constexpr char kTlsErrors[] = "motcua.tlsErrors";
constexpr char kPinMismatch[] = "motcua.pinMismatch";

// Chain errors that only say "nobody this computer trusts vouches for this certificate": the
// ones a pin may overrule. Host name, dates, revocation and the rest never are.
bool onlyUntrusted(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
            break;
        default:
            return false;
        }
    }
    return !errors.isEmpty();
}

QString reasonOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
        return TlsGuard::tr("its certificate was issued for another server name");
    case QSslError::CertificateExpired:
        return TlsGuard::tr("its certificate has expired");
    case QSslError::CertificateNotYetValid:
        return TlsGuard::tr("its certificate is not valid yet (check this computer's date and "
                            "time)");
    case QSslError::CertificateRevoked:
        return TlsGuard::tr("its certificate has been revoked");
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return TlsGuard::tr("its certificate is not issued by an authority this computer trusts");
    default:
        return TlsGuard::tr("its certificate is not acceptable");
    }
}

Error tlsError(const QUrl &server, const QStringList &reasons, const QString &detail)
{
    return Error{u"net.tls"_s,
                 TlsGuard::tr("The connection to the provincial system at %1 is not safe: %2. "
                              "Nothing was sent and the dossiers stay queued. Do not try to work "
                              "around this: call your IT officer.")
                     .arg(server.toDisplayString(), reasons.join(u"; "_s)),
                 detail};
}
} // namespace

TlsGuard::TlsGuard(const QStringList &pins)
{
    for (const QString &entry : pins) {
        QString pin = entry.trimmed();
        if (pin.isEmpty())
            continue;
        if (pin.startsWith(u"sha256//"_s))
            pin = pin.mid(8);
        const auto decoded = QByteArray::fromBase64Encoding(
            pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            if (m_badPin.isEmpty())
                m_badPin = entry.trimmed();
            continue;
        }
        m_pins.append(decoded.decoded);
    }
}

std::optional<Error> TlsGuard::refusal(const QUrl &server) const
{
    if (auto ok = ServerAddress::check(server); !ok)
        return ok.error();
    if (hasPins() && server.scheme().toLower() != u"https")
        return Error{u"net.insecure"_s,
                     tr("Certificate pins are set for this desk, but the provincial system's "
                        "address %1 does not use https, so they cannot be checked. Nothing was "
                        "sent and the dossiers stay queued. Ask your IT officer to set an https "
                        "address.")
                         .arg(server.toDisplayString()),
                     u"pins set for a plain http address"_s};
    if (!m_badPin.isEmpty())
        return Error{u"net.pins"_s,
                     tr("The certificate pin set for this desk (pin_sha256 in the [server] section "
                        "of settings.ini) cannot be read: \"%1\". Nothing was sent and the "
                        "dossiers stay queued. Ask your IT officer to correct it.")
                         .arg(m_badPin),
                     u"unreadable pin: %1"_s.arg(m_badPin)};
    return std::nullopt;
}

QByteArray TlsGuard::pinOf(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &p, der.size()),
                                                           &X509_free);
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int size = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    if (size <= 0)
        return {};
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(spki), size), QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    return digest.toBase64();
}

bool TlsGuard::matches(const QSslCertificate &certificate) const
{
    if (certificate.isNull())
        return false;
    return m_pins.contains(QByteArray::fromBase64(pinOf(certificate)));
}

void TlsGuard::watch(QNetworkReply *reply) const
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [guard = *this, reply](const QList<QSslError> &errors) {
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        if (guard.hasPins() && onlyUntrusted(errors) && guard.matches(leaf)) {
            // A certificate no authority vouches for, whose key is one the IT officer pinned:
            // exactly these errors, for this connection, are accepted, nothing else.
            qCInfo(lcTls) << "untrusted certificate accepted by its pin";
            reply->ignoreSslErrors(errors);
            return;
        }
        if (guard.hasPins() && !guard.matches(leaf))
            reply->setProperty(kPinMismatch, pinOf(leaf));
        QVariantList kinds;
        QStringList text;
        for (const QSslError &e : errors) {
            kinds.append(int(e.error()));
            text.append(e.errorString());
        }
        reply->setProperty(kTlsErrors, kinds);
        qCWarning(lcTls) << "TLS errors:" << text.join(u"; "_s) << "certificate pin"
                         << pinOf(leaf);
    });
    if (!hasPins())
        return;
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [guard = *this, reply] {
        // Before the request goes out: a connection to a server with another key is dropped.
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        if (guard.matches(leaf))
            return;
        qCWarning(lcTls) << "certificate pin mismatch: the server's pin is" << pinOf(leaf);
        reply->setProperty(kPinMismatch, pinOf(leaf));
        reply->abort();
    });
}

std::optional<Error> TlsGuard::failureOf(const QNetworkReply *reply, const QUrl &server)
{
    QStringList reasons;
    QStringList detail;
    if (const QVariant mismatch = reply->property(kPinMismatch); mismatch.isValid()) {
        reasons.append(tr("its certificate is not the one this desk was set up to trust "
                          "(certificate pin)"));
        detail.append(u"pin mismatch, server pin sha256//%1"_s.arg(mismatch.toString()));
    }
    for (const QVariant &k : reply->property(kTlsErrors).toList()) {
        const auto kind = QSslError::SslError(k.toInt());
        if (const QString r = reasonOf(kind); !reasons.contains(r))
            reasons.append(r);
        detail.append(QSslError(kind).errorString());
    }
    if (reasons.isEmpty() && reply->error() == QNetworkReply::SslHandshakeFailedError) {
        reasons.append(tr("a secure connection could not be set up with it"));
        detail.append(reply->errorString());
    }
    if (reasons.isEmpty())
        return std::nullopt;
    return tlsError(server, reasons, detail.join(u"; "_s));
}

std::optional<Error> TlsGuard::checkAnswer(const QNetworkReply *reply, const QUrl &server) const
{
    if (!hasPins())
        return std::nullopt;
    const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (reply->url().scheme() == u"https" && matches(leaf))
        return std::nullopt;
    qCWarning(lcTls) << "an answer came on a connection without a pinned key";
    return tlsError(server,
                    {tr("its certificate is not the one this desk was set up to trust "
                        "(certificate pin)")},
                    u"answer without a pinned certificate, server pin sha256//%1"_s.arg(
                        QString::fromLatin1(pinOf(leaf))));
}

} // namespace motcua
