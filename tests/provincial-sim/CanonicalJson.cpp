#include "CanonicalJson.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

QByteArray CanonicalJson::serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray CanonicalJson::sha256Hex(const QJsonObject &object)
{
    return sha256Hex(serialize(object));
}

QByteArray CanonicalJson::sha256Hex(const QByteArray &serialized)
{
    return QCryptographicHash::hash(serialized, QCryptographicHash::Sha256).toHex();
}
