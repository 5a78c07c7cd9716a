#include "FeeCalculator.h"

using namespace Qt::StringLiterals;

namespace motcua {

using Kind = FeeBreakdown::Line::Kind;

qint64 FeeCalculator::afterPercent(qint64 amountVnd, int percent)
{
    // amount ≤ 10^12 so amount × 100 stays far below the qint64 limit; integer division drops
    // the fraction of a đồng, which favours the citizen.
    return amountVnd * (100 - std::clamp(percent, 0, 100)) / 100;
}

qint64 FeeCalculator::round(qint64 amountVnd, const FeeRounding &rounding)
{
    const qint64 step = rounding.stepVnd;
    if (rounding.mode == RoundingMode::None || step <= 1 || amountVnd <= 0)
        return amountVnd;
    const qint64 rest = amountVnd % step;
    const qint64 down = amountVnd - rest;
    switch (rounding.mode) {
    case RoundingMode::Down:
        return down;
    case RoundingMode::Up:
        return rest == 0 ? amountVnd : down + step;
    case RoundingMode::HalfUp:
        return rest * 2 >= step ? down + step : down;
    case RoundingMode::None:
        break;
    }
    return amountVnd;
}

QString FeeCalculator::formatVnd(qint64 amountVnd)
{
    QString digits = QString::number(amountVnd < 0 ? -amountVnd : amountVnd);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u'.');
    return amountVnd < 0 ? u"-"_s + digits : digits;
}

Result<FeeBreakdown> FeeCalculator::compute(const Procedure &procedure, const FeeContext &context,
                                            const FeePolicy &policy)
{
    constexpr qint64 kMax = FeePolicy::kMaxAmountVnd;
    if (procedure.feeVnd < 0 || procedure.feeVnd > kMax)
        return fail(u"fees.amount"_s,
                    tr("The fee of procedure %1 (%2 đồng) is outside what motcua accepts (0 to %3 "
                       "đồng). Correct the catalogue.")
                        .arg(procedure.code, formatVnd(procedure.feeVnd), formatVnd(kMax)));
    if (context.quantity < 1 || context.quantity > kMaxQuantity)
        return fail(u"fees.quantity"_s,
                    tr("The quantity must be a whole number from 1 to %1.").arg(kMaxQuantity));
    if (procedure.feeVnd > 0 && context.quantity > kMax / procedure.feeVnd)
        return fail(u"fees.amount"_s,
                    tr("%1 × %2 đồng is more than %3 đồng. Check the quantity.")
                        .arg(context.quantity)
                        .arg(formatVnd(procedure.feeVnd), formatVnd(kMax)));
    if (!context.date.isValid())
        return fail(u"fees.date"_s, tr("The reception date is missing, so the fee policy in force "
                                       "cannot be chosen."));
    for (const QString &code : context.exemptionCodes) {
        if (!policy.ground(code))
            return fail(u"fees.unknown_exemption"_s,
                        tr("The exemption \"%1\" is not defined by the fee policy in use. Choose "
                           "one from the list.").arg(code),
                        u"exemption code %1"_s.arg(code));
    }

    FeeBreakdown b;
    b.baseVnd = procedure.feeVnd * context.quantity;
    b.lines.append({Kind::Base, {},
                    context.quantity == 1
                        ? tr("Fee and charge")
                        : tr("Fee and charge: %1 × %2 đồng")
                              .arg(context.quantity)
                              .arg(formatVnd(procedure.feeVnd)),
                    b.baseVnd});
    qint64 due = b.baseVnd;
    const auto reduce = [&](Kind kind, const QString &code, const QString &label, qint64 after) {
        after = std::clamp<qint64>(after, 0, b.baseVnd);
        if (after != due)
            b.lines.append({kind, code, label, after - due});
        const qint64 less = due - after;
        due = after;
        return less;
    };

    b.policyInForce = policy.inForceOn(context.date) && policy.coversUnit(context.unitCode);
    if (!b.policyInForce) {
        if (policy.validFrom.isValid() && !policy.inForceOn(context.date))
            b.notes.append(tr("The fee policy %1 is not in force on %2: no reduction applies.")
                               .arg(policy.version, context.date.toString(u"dd/MM/yyyy"_s)));
        else if (policy.validFrom.isValid())
            b.notes.append(tr("The fee policy %1 does not cover the unit %2: no reduction applies.")
                               .arg(policy.version, context.unitCode));
        b.totalVnd = due;
        return b;
    }

    // 1. Exemption: grounds are alternatives, not cumulative; the most favourable one applies.
    const Exemption *best = nullptr;
    for (const QString &code : context.exemptionCodes) {
        const Exemption *e = policy.exemptionFor(code, procedure);
        if (!e)
            b.notes.append(tr("The exemption \"%1\" does not cover this procedure.")
                               .arg(policy.ground(code)->name));
        else if (!best || e->percent > best->percent)
            best = e;
    }
    if (best) {
        const QString name = policy.ground(best->ground)->name;
        for (const QString &code : context.exemptionCodes) {
            const Exemption *e = policy.exemptionFor(code, procedure);
            if (e && e != best && e->ground != best->ground)
                b.notes.append(tr("Exemptions do not add up: \"%1\" applies, \"%2\" does not.")
                                   .arg(name, policy.ground(code)->name));
        }
        const qint64 less = reduce(Kind::Exemption, best->ground,
                                   tr("Exemption (%1%): %2").arg(best->percent).arg(name),
                                   afterPercent(due, best->percent));
        if (less > 0) {
            b.applied.append(tr("Exempted %1% (%2): %3 đồng less.")
                                 .arg(best->percent)
                                 .arg(name, formatVnd(less)));
            b.exempt = due == 0;
        }
    }

    // 2. Online discount, on what remains after the exemption; only the most precise rule.
    const OnlineDiscount *d = policy.discountFor(procedure);
    if (d && due > 0) {
        if (context.channel != Channel::Online) {
            b.notes.append(tr("Submitting online with the citizen's own account would reduce "
                              "this fee (%1).").arg(d->name));
        } else if (!context.citizenAuthenticated) {
            b.notes.append(tr("The online reduction (%1) applies only when the citizen confirms "
                              "the dossier with their own authenticated account.").arg(d->name));
        } else {
            // a fixed amount is per unit of quantity; ≤ 10^12 × 10^6, within qint64
            const qint64 after = d->fixedAmount ? due - d->amountVnd * context.quantity
                                                : afterPercent(due, d->percent);
            const qint64 less = reduce(Kind::OnlineDiscount, {}, d->name, after);
            if (less > 0)
                b.applied.append(tr("%1 (submitted online with the citizen's own account): %2 đồng "
                                    "less.").arg(d->name, formatVnd(less)));
        }
    }

    // 3. Rounding, only of an amount a reduction changed: the listed fee itself is never rounded,
    //    and rounding never goes above the listed fee or below zero.
    if (due != b.baseVnd && policy.rounding.mode != RoundingMode::None) {
        const qint64 before = due;
        reduce(Kind::Rounding, {},
               tr("Rounding to %1 đồng").arg(formatVnd(policy.rounding.stepVnd)),
               round(due, policy.rounding));
        if (due != before)
            b.applied.append(tr("Rounded from %1 to %2 đồng.").arg(formatVnd(before), formatVnd(due)));
    }
    b.totalVnd = due;
    return b;
}

} // namespace motcua
