#pragma once

#include "FeePolicy.h"

#include "core/Dossier.h"
#include "core/Error.h"
#include "core/Procedure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace motcua {

// What the fee depends on besides the procedure and the policy.
struct FeeContext
{
    Channel channel = Channel::Direct;
    bool citizenAuthenticated = false; // the citizen confirmed with their own account (không làm thay)
    QDate date;                        // reception date: decides whether the policy is in force
    QStringList exemptionCodes;        // grounds the clerk ticked (FeePolicy::grounds codes)
    int quantity = 1;                  // copies, pages, parcels… when the fee is per unit
    QString unitCode;                  // receiving unit; empty: not checked against the policy
};

// The fee of one dossier. The lines always add up to totalVnd. (The line type is nested: the
// receipt module has its own motcua::FeeLine, one printed row, which intake fills from this.)
struct FeeBreakdown
{
    struct Line
    {
        enum class Kind { Base, Exemption, OnlineDiscount, Rounding };
        Kind kind = Kind::Base;
        QString code;         // exemption ground code; empty for the other kinds
        QString label;        // translated, for the receipt
        qint64 amountVnd = 0; // the base is positive, reductions negative, rounding either sign
    };

    QList<Line> lines;
    qint64 baseVnd = 0;  // listed fee × quantity
    qint64 totalVnd = 0; // what the citizen pays
    bool exempt = false; // an exemption brought a non-zero fee to 0
    QStringList applied; // what reduced the fee, for the receipt (translated)
    QStringList notes;   // what did not apply and why, for the clerk (translated)
    bool policyInForce = false;
};

// Integer đồng only. Order: base × quantity, then the single most favourable exemption, then the
// online discount on what remains, then the policy's rounding (docs/fees.md).
class FeeCalculator
{
    Q_DECLARE_TR_FUNCTIONS(FeeCalculator)

public:
    static constexpr int kMaxQuantity = 1'000'000;

    static Result<FeeBreakdown> compute(const Procedure &procedure, const FeeContext &context,
                                        const FeePolicy &policy);

    // amount less percent, fractions of a đồng dropped (in the citizen's favour)
    static qint64 afterPercent(qint64 amountVnd, int percent);
    static qint64 round(qint64 amountVnd, const FeeRounding &rounding);
    // "1.250.000" (Vietnamese digit grouping, independent of the system locale)
    static QString formatVnd(qint64 amountVnd);
};

} // namespace motcua
