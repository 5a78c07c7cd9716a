#pragma once

#include "core/Error.h"
#include "core/Procedure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

// What a rule covers: every procedure, or the union of some fields and some procedure codes.
struct FeeScope
{
    bool all = false;
    QStringList fields;
    QStringList procedures;
};

// How precisely a scope matches a procedure; a more precise rule wins over a broader one.
enum class FeeMatch { None = 0, All = 1, Field = 2, Procedure = 3 };

FeeMatch matchScope(const FeeScope &scope, const Procedure &procedure);

// A province's reduction of the fee for dossiers submitted online by the citizen with their own
// authenticated account: a percent (0..100) or a fixed amount in đồng per unit of quantity.
struct OnlineDiscount
{
    QString name; // Vietnamese, shown on the receipt
    QString legalBasis;
    FeeScope scope;
    int percent = 0;
    qint64 amountVnd = 0;
    bool fixedAmount = false;
};

// A ground for exemption (người có công, hộ nghèo…) the clerk can tick for an applicant.
struct ExemptionGround
{
    QString code;
    QString name; // Vietnamese, shown on the receipt
};

// Which procedures a ground exempts, and by how much (100 = fully exempt).
struct Exemption
{
    QString ground;
    QString legalBasis;
    FeeScope scope;
    int percent = 100;
};

enum class RoundingMode { None, Down, Up, HalfUp };

struct FeeRounding
{
    RoundingMode mode = RoundingMode::None;
    qint64 stepVnd = 1;
};

// One province's (or unit's) fee policy, read from a "motcua.fees" file (docs/fees.md).
// A default-constructed policy is "no policy": it is never in force.
struct FeePolicy
{
    Q_DECLARE_TR_FUNCTIONS(FeePolicy)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxAmountVnd = 1'000'000'000'000; // 10^12 đồng
    static constexpr const char *kSampleResource = ":/fees/sample-policy.json";

    QString version;
    QString issuer;
    bool sample = false;
    QString provinceCode;
    QString provinceName;
    QStringList units; // empty: every unit of the province
    QDate validFrom;
    QDate validUntil; // inclusive; null: open-ended
    FeeRounding rounding;
    QList<ExemptionGround> grounds;
    QList<Exemption> exemptions;
    QList<OnlineDiscount> discounts;

    bool inForceOn(QDate date) const;
    bool coversUnit(const QString &unitCode) const; // an empty unit code is always covered
    const ExemptionGround *ground(const QString &code) const;
    // The most precise rule covering the procedure, or nullptr.
    const OnlineDiscount *discountFor(const Procedure &procedure) const;
    const Exemption *exemptionFor(const QString &groundCode, const Procedure &procedure) const;

    static Result<FeePolicy> parse(const QByteArray &json, const QString &fileLabel);
    static Result<FeePolicy> parseFile(const QString &path);
};

} // namespace motcua
