#include "CitizenLookup.h"

#include "CitizenRegistry.h"
#include "NameFold.h"
#include "SimStore.h"
#include "VnTime.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcLookup, "motcua.sim.lookup", QtInfoMsg)

namespace {

const QString kDateFormat = QStringLiteral("yyyyMMdd");

// What the clerk sent to compare; nullopt for a field not sent (null, absent or blank).
struct Claims
{
    std::optional<QString> name;
    std::optional<QDate> birthDate;
    std::optional<int> sex;
};

// Reads the optional fields; an error message for a wrong type or value.
QString readClaims(const QJsonObject &request, Claims &claims)
{
    const QJsonValue name = request.value(QLatin1StringView("HoVaTen"));
    if (!name.isUndefined() && !name.isNull()) {
        if (!name.isString())
            return QStringLiteral("HoVaTen must be a string");
        if (!name.toString().trimmed().isEmpty())
            claims.name = name.toString();
    }
    const QJsonValue birth = request.value(QLatin1StringView("NgaySinh"));
    if (!birth.isUndefined() && !birth.isNull()) {
        const QDate date = QDate::fromString(birth.toString(), kDateFormat);
        if (!birth.isString() || birth.toString().size() != 8 || !date.isValid())
            return QStringLiteral("NgaySinh must be a date yyyyMMdd");
        claims.birthDate = date;
    }
    const QJsonValue sex = request.value(QLatin1StringView("GioiTinh"));
    if (!sex.isUndefined() && !sex.isNull()) {
        if (!sex.isDouble() || (sex.toDouble() != 1 && sex.toDouble() != 2))
            return QStringLiteral("GioiTinh must be the number 1 or 2");
        claims.sex = sex.toInt();
    }
    return {};
}

template<typename T, typename Same>
QJsonValue compared(const std::optional<T> &claim, Same same)
{
    return claim ? QJsonValue(same(*claim)) : QJsonValue(QJsonValue::Null);
}

QJsonArray accountsJson(const CitizenRecord &c)
{
    QJsonArray accounts;
    for (const AccountRecord &a : c.accounts) {
        QJsonObject o{{QStringLiteral("method"), a.method},
                      {QStringLiteral("status"), a.status},
                      {QStringLiteral("since"), a.since.toString(kDateFormat)}};
        if (a.level > 0)
            o.insert(QStringLiteral("level"), a.level);
        if (a.method == kVneid)
            o.insert(QStringLiteral("MaDoiTuong"), accountIdOf(c.id));
        accounts.append(o);
    }
    return accounts;
}

} // namespace

CitizenLookup::CitizenLookup(SimStore &store)
    : m_store(store)
{
}

bool CitizenLookup::isCccdShaped(const QString &number)
{
    if (number.size() != 12)
        return false;
    for (const QChar ch : number) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}

SimReply CitizenLookup::process(const QString &clerkUsername, const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SimReply::malformed(QStringLiteral("body must be a JSON object"));
    const QJsonObject request = document.object();

    const QJsonValue number = request.value(QLatin1StringView("SoDinhDanh"));
    if (!number.isString() || !isCccdShaped(number.toString()))
        return SimReply::malformed(QStringLiteral("SoDinhDanh must be a string of 12 digits"));
    const QJsonValue purpose = request.value(QLatin1StringView("MucDich"));
    if (!purpose.isString() || purpose.toString().trimmed().isEmpty())
        return SimReply::malformed(
            QStringLiteral("MucDich (the purpose of the lookup) is required"));
    if (purpose.toString().size() > kMaxPurposeLength)
        return SimReply::malformed(QStringLiteral("MucDich is longer than %1 characters")
                                       .arg(kMaxPurposeLength));
    Claims claims;
    if (const QString problem = readClaims(request, claims); !problem.isEmpty())
        return SimReply::malformed(problem);

    CitizenRegistry registry(m_store.database());
    auto found = registry.findByNumber(number.toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (found) {
        if (auto logged = registry.logLookup(clerkUsername, purpose.toString().trimmed(),
                                             number.toString(), found->has_value(), now);
            !logged) {
            found = std::unexpected(logged.error());
        }
    }
    if (!found) {
        qCCritical(lcLookup).noquote() << "lookup failed:" << found.error();
        return SimReply::internal();
    }
    QJsonObject answer{{QStringLiteral("found"), found->has_value()},
                       {QStringLiteral("checked_at"), VnTime::stamp(now)}};
    if (!found->has_value()) {
        qCInfo(lcLookup, "lookup: not found");
        return SimReply::ok(answer);
    }

    const CitizenRecord &c = **found;
    answer.insert(QStringLiteral("citizen"),
                  QJsonObject{{QStringLiteral("SoDinhDanh"), c.number},
                              {QStringLiteral("HoVaTen"), c.fullName},
                              {QStringLiteral("NgaySinh"), c.birthDate.toString(kDateFormat)},
                              {QStringLiteral("GioiTinh"), c.sex}});
    const QJsonObject match{
        {QStringLiteral("HoVaTen"),
         compared(claims.name, [&c](const QString &n) { return NameFold::same(n, c.fullName); })},
        {QStringLiteral("NgaySinh"),
         compared(claims.birthDate, [&c](QDate d) { return d == c.birthDate; })},
        {QStringLiteral("GioiTinh"), compared(claims.sex, [&c](int s) { return s == c.sex; })},
    };
    answer.insert(QStringLiteral("match"), match);
    answer.insert(QStringLiteral("accounts"), accountsJson(c));
    // Outcome only: never the number, the name or what was compared.
    const auto all = [&match] {
        for (auto it = match.begin(); it != match.end(); ++it) {
            if (it.value().isBool() && !it.value().toBool())
                return false;
        }
        return true;
    };
    qCInfo(lcLookup, "lookup: found, %s", all() ? "no mismatch" : "mismatch");
    return SimReply::ok(answer);
}
