// An HTTP answer built away from the HTTP plumbing: status, JSON body and, for 429, Retry-After.
#pragma once

#include "SimErrors.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

struct SimReply
{
    int httpStatus = 200;
    QJsonObject body;
    int retryAfterSeconds = 0; // sent as Retry-After when > 0

    [[nodiscard]] static SimReply ok(QJsonObject fields)
    {
        fields.insert(QStringLiteral("error_code"), static_cast<int>(SimError::Ok));
        return {200, fields, 0};
    }
    [[nodiscard]] static SimReply error(int httpStatus, SimError::Code code, const QString &message)
    {
        return {httpStatus, SimError::body(code, message), 0};
    }
    [[nodiscard]] static SimReply malformed(const QString &message)
    {
        return error(400, SimError::Malformed, message);
    }
    [[nodiscard]] static SimReply internal()
    {
        return error(500, SimError::Internal, QStringLiteral("internal error"));
    }
};
