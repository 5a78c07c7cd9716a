#include "FeePolicy.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace motcua {

FeeMatch matchScope(const FeeScope &scope, const Procedure &procedure)
{
    if (!procedure.code.isEmpty() && scope.procedures.contains(procedure.code))
        return FeeMatch::Procedure;
    if (!procedure.field.code.isEmpty() && scope.fields.contains(procedure.field.code))
        return FeeMatch::Field;
    return scope.all ? FeeMatch::All : FeeMatch::None;
}

bool FeePolicy::inForceOn(QDate date) const
{
    if (!validFrom.isValid() || !date.isValid() || date < validFrom)
        return false;
    return !validUntil.isValid() || date <= validUntil;
}

bool FeePolicy::coversUnit(const QString &unitCode) const
{
    return unitCode.isEmpty() || units.isEmpty() || units.contains(unitCode);
}

const ExemptionGround *FeePolicy::ground(const QString &code) const
{
    for (const ExemptionGround &g : grounds) {
        if (g.code == code)
            return &g;
    }
    return nullptr;
}

const OnlineDiscount *FeePolicy::discountFor(const Procedure &procedure) const
{
    const OnlineDiscount *best = nullptr;
    FeeMatch bestMatch = FeeMatch::None;
    for (const OnlineDiscount &d : discounts) {
        const FeeMatch m = matchScope(d.scope, procedure);
        if (m > bestMatch) {
            best = &d;
            bestMatch = m;
        }
    }
    return best;
}

const Exemption *FeePolicy::exemptionFor(const QString &groundCode, const Procedure &procedure) const
{
    const Exemption *best = nullptr;
    FeeMatch bestMatch = FeeMatch::None;
    for (const Exemption &e : exemptions) {
        if (e.ground != groundCode)
            continue;
        const FeeMatch m = matchScope(e.scope, procedure);
        if (m > bestMatch) {
            best = &e;
            bestMatch = m;
        }
    }
    return best;
}

Result<FeePolicy> FeePolicy::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"fees.read"_s,
                    tr("The fee policy file %1 cannot be read (%2). Check the path and try again.")
                        .arg(path, file.errorString()));
    if (file.size() > 16 * 1024 * 1024)
        return fail(u"fees.too_large"_s,
                    tr("The file %1 is too large to be a fee policy. Check that you chose the "
                       "right file.").arg(path));
    return parse(file.readAll(), QFileInfo(path).fileName());
}

} // namespace motcua
