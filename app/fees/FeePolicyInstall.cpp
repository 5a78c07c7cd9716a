#include "FeePolicyInstall.h"

#include "core/AdminFile.h"
#include "core/DeskSettings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace motcua {

Result<CheckedFeePolicy> FeePolicyInstall::check(const QString &path)
{
    auto parsed = FeePolicy::parseFile(path);
    if (!parsed)
        return std::unexpected(parsed.error());
    // What is installed is what was checked: the bytes to install are checked again.
    auto bytes = AdminFile::read(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    const QString name = QFileInfo(path).fileName();
    if (!FeePolicy::parse(*bytes, name))
        return fail(u"fees.changed"_s,
                    tr("The file %1 changed while it was being installed. Install it again.")
                        .arg(QDir::toNativeSeparators(path)));
    return CheckedFeePolicy{std::move(*parsed), std::move(*bytes), name};
}

Result<QString> FeePolicyInstall::install(const DeskSettings &settings,
                                          const CheckedFeePolicy &checked)
{
    const QString target = settings.feePolicyPath();
    if (auto ok = AdminFile::install(target, checked.bytes); !ok)
        return std::unexpected(ok.error());
    return target;
}

QJsonObject FeePolicyInstall::auditDetail(const CheckedFeePolicy &checked)
{
    return {{u"version"_s, checked.policy.version}, {u"file"_s, checked.fileName}};
}

FeePolicyInForce FeePolicyInstall::inForce(const DeskSettings &settings)
{
    FeePolicyInForce result;
    result.path = settings.feePolicyPath();
    result.installed = QFileInfo::exists(result.path);
    result.policy = FeePolicy::parseFile(
        result.installed ? result.path : QString::fromLatin1(FeePolicy::kSampleResource));
    return result;
}

} // namespace motcua
