#pragma once

#include "FeePolicy.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace motcua::fees_detail {

// Reads typed values out of one JSON object of a fee policy file and keeps the first problem,
// with the key it was about (so the top level can name the key's line).
class FeeJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(FeePolicy)

public:
    FeeJsonReader(const QJsonValue &value, QString where);

    QString text(const QString &key, bool required = true);
    qint64 whole(const QString &key, qint64 minimum, qint64 maximum,
                 std::optional<qint64> fallback = {});
    bool flag(const QString &key, bool fallback);
    QDate date(const QString &key, bool required);
    QJsonArray array(const QString &key, bool required = true);
    QStringList codes(const QJsonValue &list, const QString &key);
    FeeScope scope();
    bool has(const QString &key) const;

    void problem(const QString &message, const QString &key = {});
    const QString &error() const { return m_error; }
    const QString &errorKey() const { return m_errorKey; }

private:
    QJsonObject m_o;
    QString m_where;
    QString m_error;
    QString m_errorKey;
};

} // namespace motcua::fees_detail
