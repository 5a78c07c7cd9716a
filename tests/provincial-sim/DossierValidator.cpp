#include "DossierValidator.h"

#include <QtCore/QDate>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QTime>

#include <array>

namespace {

// Required string fields, in the order protocol.md lists them (KenhThucHien sits between TenTTHC
// and ChuHoSo and is checked in that position).
constexpr std::array kStringsBeforeChannel{u"IdempotencyKey", u"MaHoSo", u"MaTTHC", u"TenTTHC"};
constexpr std::array kStringsAfterChannel{u"ChuHoSo", u"SoGiayToChuHoSo"};
constexpr QStringView kChannel = u"KenhThucHien";
constexpr QStringView kReceivedAt = u"NgayTiepNhan";

QString missing(QStringView field)
{
    return QStringLiteral("missing field ") + field;
}

QString wrongType(QStringView field, QLatin1String expected)
{
    return QStringLiteral("wrong type for field ") + field + QStringLiteral(" (expected ")
        + expected + u')';
}

// A required string: present, a JSON string, not blank.
QString checkString(const QJsonObject &record, QStringView field)
{
    const QJsonValue value = record.value(field);
    if (value.isUndefined() || value.isNull())
        return missing(field);
    if (!value.isString())
        return wrongType(field, QLatin1String("string"));
    if (value.toString().trimmed().isEmpty())
        return missing(field);
    return {};
}

} // namespace

QString DossierValidator::problem(const QJsonValue &value)
{
    if (!value.isObject())
        return QStringLiteral("record is not a JSON object");
    const QJsonObject record = value.toObject();

    for (const auto field : kStringsBeforeChannel) {
        if (QString p = checkString(record, field); !p.isEmpty())
            return p;
    }

    const QJsonValue channel = record.value(kChannel);
    if (channel.isUndefined() || channel.isNull())
        return missing(kChannel);
    if (!channel.isDouble())
        return wrongType(kChannel, QLatin1String("number"));
    const double c = channel.toDouble();
    if (c != 1.0 && c != 2.0 && c != 3.0)
        return QStringLiteral("invalid value for field KenhThucHien (expected 1, 2 or 3)");

    for (const auto field : kStringsAfterChannel) {
        if (QString p = checkString(record, field); !p.isEmpty())
            return p;
    }

    if (QString p = checkString(record, kReceivedAt); !p.isEmpty())
        return p;
    if (!isTimestamp(record.value(kReceivedAt).toString()))
        return QStringLiteral("invalid value for field NgayTiepNhan (expected yyyyMMddHHmmss)");

    return {};
}

bool DossierValidator::isTimestamp(const QString &value)
{
    if (value.size() != 14)
        return false;
    for (const QChar ch : value) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    // Date and time checked separately: the value is a wall-clock time in Asia/Ho_Chi_Minh and
    // must not depend on the simulator host's own time zone rules.
    const QDate date = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(value.mid(8), QStringLiteral("HHmmss"));
    return date.isValid() && time.isValid();
}
