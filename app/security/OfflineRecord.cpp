#include "OfflineRecord.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

std::optional<QJsonObject> objectOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QDateTime utcOf(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QByteArray OfflineRecord::toJson() const
{
    return QJsonDocument(QJsonObject{
                             {u"verifier"_s, QString::fromLatin1(verifier)},
                             {u"role"_s, role},
                             {u"full_name"_s, fullName},
                             {u"unit_code"_s, unitCode},
                             {u"last_online"_s, lastOnline.toUTC().toString(Qt::ISODateWithMs)},
                         })
        .toJson(QJsonDocument::Compact);
}

std::optional<OfflineRecord> OfflineRecord::fromJson(const QByteArray &json)
{
    const auto o = objectOf(json);
    if (!o)
        return std::nullopt;
    OfflineRecord r{o->value(u"verifier"_s).toString().toLatin1(), o->value(u"role"_s).toString(),
                    o->value(u"full_name"_s).toString(), o->value(u"unit_code"_s).toString(),
                    utcOf(o->value(u"last_online"_s))};
    if (r.verifier.isEmpty() || !r.lastOnline.isValid())
        return std::nullopt;
    return r;
}

QByteArray StoredSession::toJson() const
{
    return QJsonDocument(QJsonObject{
                             {u"token"_s, token},
                             {u"expires_at"_s, expiresAt.toUTC().toString(Qt::ISODateWithMs)},
                         })
        .toJson(QJsonDocument::Compact);
}

std::optional<StoredSession> StoredSession::fromJson(const QByteArray &json)
{
    const auto o = objectOf(json);
    if (!o)
        return std::nullopt;
    StoredSession s{o->value(u"token"_s).toString(), utcOf(o->value(u"expires_at"_s))};
    if (s.token.isEmpty() || !s.expiresAt.isValid())
        return std::nullopt;
    return s;
}

} // namespace motcua
