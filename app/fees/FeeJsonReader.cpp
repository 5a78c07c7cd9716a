#include "FeeJsonReader.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace motcua::fees_detail {

FeeJsonReader::FeeJsonReader(const QJsonValue &value, QString where)
    : m_o(value.toObject()), m_where(std::move(where))
{
    if (!value.isObject())
        problem(tr("it is not an object"));
}

bool FeeJsonReader::has(const QString &key) const
{
    const QJsonValue v = m_o.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString FeeJsonReader::text(const QString &key, bool required)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(tr("the field \"%1\" is missing").arg(key), key);
        return {};
    }
    if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
        problem(tr("the field \"%1\" must be a non-empty text").arg(key), key);
        return {};
    }
    return v.toString().trimmed().normalized(QString::NormalizationForm_C);
}

qint64 FeeJsonReader::whole(const QString &key, qint64 minimum, qint64 maximum,
                            std::optional<qint64> fallback)
{
    const QJsonValue v = m_o.value(key);
    if ((v.isUndefined() || v.isNull()) && fallback)
        return *fallback;
    if (v.isUndefined() || v.isNull()) {
        problem(tr("the field \"%1\" is missing").arg(key), key);
        return minimum;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < double(minimum) || d > double(maximum)) {
        problem(tr("the field \"%1\" must be a whole number from %2 to %3")
                    .arg(key)
                    .arg(minimum)
                    .arg(maximum),
                key);
        return minimum;
    }
    return qint64(d);
}

bool FeeJsonReader::flag(const QString &key, bool fallback)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        problem(tr("the field \"%1\" must be true or false").arg(key), key);
    return v.toBool(fallback);
}

QDate FeeJsonReader::date(const QString &key, bool required)
{
    if (!required && !has(key))
        return {};
    const QString s = text(key);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10 || d.toString(Qt::ISODate) != s) {
        problem(tr("the field \"%1\" must be a date written YYYY-MM-DD").arg(key), key);
        return {};
    }
    return d;
}

QJsonArray FeeJsonReader::array(const QString &key, bool required)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isArray()) {
        problem(v.isUndefined() ? tr("the field \"%1\" is missing").arg(key)
                                : tr("the field \"%1\" must be a list").arg(key),
                key);
        return {};
    }
    return v.toArray();
}

QStringList FeeJsonReader::codes(const QJsonValue &list, const QString &key)
{
    QStringList out;
    if (list.isUndefined() || list.isNull())
        return out;
    if (!list.isArray()) {
        problem(tr("the field \"%1\" must be a list").arg(key), key);
        return out;
    }
    QSet<QString> seen;
    for (const QJsonValue &v : list.toArray()) {
        const QString code = v.toString().trimmed();
        if (!v.isString() || code.isEmpty())
            problem(tr("\"%1\" must hold non-empty codes").arg(key), key);
        else if (seen.contains(code))
            problem(tr("the code \"%1\" appears twice in \"%2\"").arg(code, key), key);
        seen.insert(code);
        out.append(code);
    }
    return out;
}

// "applies_to": {"all": true} or {"fields": [...], "procedures": [...]}.
FeeScope FeeJsonReader::scope()
{
    const QString key = u"applies_to"_s;
    const QJsonValue v = m_o.value(key);
    FeeScope s;
    if (!v.isObject()) {
        problem(v.isUndefined() ? tr("the field \"%1\" is missing").arg(key)
                                : tr("\"applies_to\" must be an object"),
                key);
        return s;
    }
    const QJsonObject o = v.toObject();
    const QJsonValue all = o.value(u"all"_s);
    if (!all.isUndefined() && !all.isBool())
        problem(tr("\"applies_to.all\" must be true or false"), key);
    s.all = all.toBool(false);
    s.fields = codes(o.value(u"fields"_s), u"applies_to.fields"_s);
    s.procedures = codes(o.value(u"procedures"_s), u"applies_to.procedures"_s);
    if (s.all && (!s.fields.isEmpty() || !s.procedures.isEmpty()))
        problem(tr("\"applies_to\" cannot combine \"all\" with lists of fields or procedures"), key);
    else if (!s.all && s.fields.isEmpty() && s.procedures.isEmpty())
        problem(tr("\"applies_to\" covers nothing (give \"all\": true, \"fields\" or "
                   "\"procedures\")"),
                key);
    return s;
}

void FeeJsonReader::problem(const QString &message, const QString &key)
{
    if (!m_error.isEmpty())
        return;
    m_error = tr("%1: %2").arg(m_where, message);
    m_errorKey = key;
}

} // namespace motcua::fees_detail
