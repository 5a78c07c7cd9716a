#include "OtpCode.h"

#include "SecureRandom.h"

#include <QtCore/QCryptographicHash>

OtpCode::Issued OtpCode::issue(const QString &activationId, const QByteArray &previousHash)
{
    Issued issued;
    do {
        issued.code = SecureRandom::digits(kDigits);
        issued.hash = hash(activationId, issued.code);
    } while (issued.hash == previousHash);
    return issued;
}

QByteArray OtpCode::hash(const QString &activationId, const QString &code)
{
    return QCryptographicHash::hash((activationId + u':' + code).toUtf8(),
                                    QCryptographicHash::Sha256)
        .toHex();
}

bool OtpCode::matches(const QString &activationId, const QString &code,
                      const QByteArray &storedHash)
{
    const QByteArray given = hash(activationId, code);
    if (given.size() != storedHash.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given[i] ^ storedHash[i]);
    return diff == 0;
}

bool OtpCode::isWellFormed(const QString &code)
{
    if (code.size() != kDigits)
        return false;
    for (const QChar ch : code) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}
