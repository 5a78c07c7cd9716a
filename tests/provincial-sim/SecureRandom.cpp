#include "SecureRandom.h"

#include <QtCore/QList>
#include <QtCore/QRandomGenerator>

QByteArray SecureRandom::bytes(qsizetype count)
{
    QList<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), count);
}

QString SecureRandom::token(qsizetype count)
{
    return QString::fromLatin1(bytes(count).toBase64(QByteArray::Base64UrlEncoding
                                                     | QByteArray::OmitTrailingEquals));
}

QString SecureRandom::hex(qsizetype count)
{
    return QString::fromLatin1(bytes(count).toHex());
}

QString SecureRandom::digits(int digits)
{
    quint64 limit = 1;
    for (int i = 0; i < digits; ++i)
        limit *= 10;
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(limit), digits, 10,
                                    QLatin1Char('0'));
}
