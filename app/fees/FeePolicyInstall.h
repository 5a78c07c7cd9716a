#pragma once

#include "FeePolicy.h"

#include <QJsonObject>

namespace motcua {

class DeskSettings;

// A fee policy file read and checked, ready to be installed: what is installed is the bytes that
// were checked.
struct CheckedFeePolicy
{
    FeePolicy policy;
    QByteArray bytes;
    QString fileName; // the file's name without its folder, for messages and the audit log
};

// The fee policy in force at a desk: the admin's DATA_DIR/fees/policy.json, or the bundled sample
// when none was installed (what IntakeRules reads).
struct FeePolicyInForce
{
    bool installed = false;    // false: the bundled sample
    QString path;              // the installed file (even when it cannot be used)
    Result<FeePolicy> policy;  // an installed file that cannot be used: why
};

// Installing the province's fee policy (docs/fees.md): `motcua-cli fees install` and the Settings
// page. Both check, then install; the caller records the change in the audit log.
class FeePolicyInstall
{
    Q_DECLARE_TR_FUNCTIONS(FeePolicyInstall)

public:
    // Reads and validates the file as the intake will read it. Does not touch the desk.
    static Result<CheckedFeePolicy> check(const QString &path);
    // Puts the checked policy in place as DATA_DIR/fees/policy.json in one step; returns that
    // path. A failure leaves the installed policy as it was.
    static Result<QString> install(const DeskSettings &settings, const CheckedFeePolicy &checked);
    // The settings_change entry's detail: the policy's version and the file's name.
    static QJsonObject auditDetail(const CheckedFeePolicy &checked);
    static FeePolicyInForce inForce(const DeskSettings &settings);
};

} // namespace motcua
