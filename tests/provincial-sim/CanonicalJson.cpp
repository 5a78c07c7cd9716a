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
    return QCryptographicHash::hash(serialize(object), QCryptographicHash::Sha256).toHex();
}
