// FeePolicy::parse: reads and validates a "motcua.fees" file (docs/fees.md). Errors name the file
// and line; a refused file changes nothing.
#include "FeeJsonReader.h"
#include "FeePolicy.h"

#include "catalog/JsonDataFile.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace motcua {

using fees_detail::FeeJsonReader;

namespace {

Error located(const QString &file, int line, const QString &what)
{
    return Error{u"fees.invalid"_s,
                 FeePolicy::tr("The fee policy %1 was refused (line %2: %3). The fee policy in use "
                               "was not changed. Correct the file and load it again.")
                     .arg(file, QString::number(line), what),
                 u"%1:%2: %3"_s.arg(file, QString::number(line), what)};
}

// What a scope covers, one key per target, with a readable name for overlap errors.
QList<std::pair<QString, QString>> targets(const FeeScope &scope)
{
    QList<std::pair<QString, QString>> out;
    if (scope.all)
        out.append({u"*"_s, FeePolicy::tr("every procedure")});
    for (const QString &f : scope.fields)
        out.append({u"F:"_s + f, FeePolicy::tr("field %1").arg(f)});
    for (const QString &p : scope.procedures)
        out.append({u"P:"_s + p, FeePolicy::tr("procedure %1").arg(p)});
    return out;
}

// Remembers which rule first claimed each target; a second claim at the same precision is a
// contradiction (which of the two would apply?), so the file is refused.
class OverlapGuard
{
public:
    QString claim(const QString &prefix, const FeeScope &scope, const QString &rule, int line)
    {
        for (const auto &[key, name] : targets(scope)) {
            const auto it = m_claims.constFind(prefix + key);
            if (it != m_claims.cend())
                return FeePolicy::tr("it covers %1, already covered by %2 (line %3); a procedure "
                                     "can match only one rule at the same precision")
                    .arg(name, it->first, QString::number(it->second));
        }
        for (const auto &[key, name] : targets(scope))
            m_claims.insert(prefix + key, {rule, line});
        return {};
    }

private:
    QHash<QString, std::pair<QString, int>> m_claims;
};

} // namespace

Result<FeePolicy> FeePolicy::parse(const QByteArray &rawJson, const QString &label)
{
    const auto file = JsonDataFile::parse(rawJson, u"motcua.fees"_s);
    if (!file)
        return std::unexpected(located(label, file.error().line,
                                       file.error().syntaxError.isEmpty()
                                           ? tr("the file is not a motcua fee policy "
                                                "(\"format\" is not \"motcua.fees\")")
                                           : file.error().syntaxError));
    const JsonPositions &positions = file->positions();
    const QJsonObject &top = file->top();
    FeeJsonReader head(top, tr("fee policy"));
    const auto headError = [&] {
        return std::unexpected(located(label, positions.lineOfKey(head.errorKey()),
                                       head.error()));
    };
    const qint64 version = head.whole(u"format_version"_s, 1, 1'000'000);
    if (head.error().isEmpty() && version > kFormatVersion)
        return std::unexpected(located(label, positions.lineOfKey(u"format_version"_s),
                                       tr("fee policy format %1 is newer than this motcua "
                                          "understands (%2); update motcua")
                                           .arg(version)
                                           .arg(kFormatVersion)));
    FeePolicy policy;
    policy.version = head.text(u"policy_version"_s);
    policy.issuer = head.text(u"issuer"_s, false);
    policy.sample = head.flag(u"sample"_s, false);
    FeeJsonReader province(top.value(u"province"_s), tr("\"province\""));
    policy.provinceCode = province.text(u"code"_s);
    policy.provinceName = province.text(u"name"_s);
    if (!province.error().isEmpty())
        head.problem(province.error(), u"province"_s);
    policy.units = head.codes(top.value(u"units"_s), u"units"_s);
    policy.validFrom = head.date(u"valid_from"_s, true);
    policy.validUntil = head.date(u"valid_until"_s, false);
    if (head.error().isEmpty() && policy.validUntil.isValid() && policy.validUntil < policy.validFrom)
        head.problem(tr("\"valid_until\" is before \"valid_from\""), u"valid_until"_s);
    if (head.has(u"rounding"_s)) {
        FeeJsonReader r(top.value(u"rounding"_s), tr("\"rounding\""));
        static const QHash<QString, RoundingMode> modes{{u"none"_s, RoundingMode::None},
                                                        {u"down"_s, RoundingMode::Down},
                                                        {u"up"_s, RoundingMode::Up},
                                                        {u"half_up"_s, RoundingMode::HalfUp}};
        const QString mode = r.text(u"mode"_s);
        if (r.error().isEmpty() && !modes.contains(mode))
            r.problem(tr("\"mode\" must be \"none\", \"down\", \"up\" or \"half_up\""));
        policy.rounding.mode = modes.value(mode, RoundingMode::None);
        const bool none = policy.rounding.mode == RoundingMode::None;
        policy.rounding.stepVnd = r.whole(u"step_vnd"_s, 1, 1'000'000, none ? 1 : 1000);
        if (!r.error().isEmpty())
            head.problem(r.error(), u"rounding"_s);
    }
    const QJsonArray grounds = head.array(u"exemption_grounds"_s, false);
    const QJsonArray exemptions = head.array(u"exemptions"_s, false);
    const QJsonArray discounts = head.array(u"discounts"_s, false);
    if (!head.error().isEmpty())
        return headError();

    const QList<qsizetype> groundAt = positions.elementOffsets("exemption_grounds");
    for (qsizetype i = 0; i < grounds.size(); ++i) {
        FeeJsonReader r(grounds.at(i), tr("exemption ground %1").arg(i + 1));
        const ExemptionGround g{r.text(u"code"_s), r.text(u"name"_s)};
        if (r.error().isEmpty() && policy.ground(g.code))
            r.problem(tr("the exemption code \"%1\" appears twice").arg(g.code));
        if (!r.error().isEmpty())
            return std::unexpected(located(label, positions.lineOf(groundAt.value(i)), r.error()));
        policy.grounds.append(g);
    }

    OverlapGuard exemptionGuard;
    const QList<qsizetype> exemptionAt = positions.elementOffsets("exemptions");
    for (qsizetype i = 0; i < exemptions.size(); ++i) {
        const int line = positions.lineOf(exemptionAt.value(i));
        const QString name = tr("exemption %1").arg(i + 1);
        FeeJsonReader r(exemptions.at(i), name);
        Exemption e;
        e.ground = r.text(u"ground"_s);
        if (r.error().isEmpty() && !policy.ground(e.ground))
            r.problem(tr("the exemption code \"%1\" is not listed in \"exemption_grounds\"")
                          .arg(e.ground));
        e.legalBasis = r.text(u"legal_basis"_s, false);
        e.scope = r.scope();
        e.percent = int(r.whole(u"percent"_s, 0, 100, 100));
        if (r.error().isEmpty()) {
            const QString clash = exemptionGuard.claim(e.ground + u'|', e.scope, name, line);
            if (!clash.isEmpty())
                r.problem(clash);
        }
        if (!r.error().isEmpty())
            return std::unexpected(located(label, line, r.error()));
        policy.exemptions.append(e);
    }

    OverlapGuard discountGuard;
    const QList<qsizetype> discountAt = positions.elementOffsets("discounts");
    for (qsizetype i = 0; i < discounts.size(); ++i) {
        const int line = positions.lineOf(discountAt.value(i));
        const QString name = tr("discount %1").arg(i + 1);
        FeeJsonReader r(discounts.at(i), name);
        OnlineDiscount d;
        d.name = r.text(u"name"_s);
        d.legalBasis = r.text(u"legal_basis"_s, false);
        d.scope = r.scope();
        d.fixedAmount = r.has(u"amount_vnd"_s);
        if (r.error().isEmpty() && d.fixedAmount == r.has(u"percent"_s))
            r.problem(tr("give either \"percent\" or \"amount_vnd\", not both or neither"));
        if (d.fixedAmount)
            d.amountVnd = r.whole(u"amount_vnd"_s, 0, kMaxAmountVnd);
        else
            d.percent = int(r.whole(u"percent"_s, 0, 100, 0));
        if (r.error().isEmpty()) {
            const QString clash = discountGuard.claim({}, d.scope, name, line);
            if (!clash.isEmpty())
                r.problem(clash);
        }
        if (!r.error().isEmpty())
            return std::unexpected(located(label, line, r.error()));
        policy.discounts.append(d);
    }
    return policy;
}

} // namespace motcua
