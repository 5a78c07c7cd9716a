// Times as the protocol writes them: Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
#pragma once

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QString>

class VnTime
{
public:
    static constexpr int kOffsetSeconds = 7 * 60 * 60;

    // yyyyMMddHHmmss
    [[nodiscard]] static QString stamp(const QDateTime &instant)
    {
        return instant.toOffsetFromUtc(kOffsetSeconds).toString(QStringLiteral("yyyyMMddHHmmss"));
    }
    [[nodiscard]] static QDate today()
    {
        return QDateTime::currentDateTimeUtc().toOffsetFromUtc(kOffsetSeconds).date();
    }
};
