#include "CliContext.h"

#include "fees/FeePolicyInstall.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FeesCommand)
};

// Validates the policy as the intake will read it and puts it in place as DATA_DIR/fees/
// policy.json in one step (FeePolicyInstall, as the Settings page does); a refused file leaves
// the installed policy as it was.
int install(CliContext &ctx, const QString &path)
{
    auto checked = FeePolicyInstall::check(path);
    if (!checked)
        return ctx.report(checked.error(), BadInput);
    if (checked->policy.sample)
        ctx.err() << Tr::tr("Warning: %1 is marked as a sample policy, not the province's own.")
                         .arg(checked->fileName)
                  << '\n';
    if (!ctx.unlockedStore()) // the change must be recorded in the audit log
        return StoreUnusable;
    auto target = FeePolicyInstall::install(ctx.settings(), *checked);
    if (!target)
        return ctx.report(target.error(), StoreUnusable);
    ctx.auditSettingsChange(u"fees"_s, FeePolicyInstall::auditDetail(*checked));
    ctx.out() << Tr::tr("Installed the fee policy %1 (%2) as %3. New dossiers use it for their "
                        "fees.")
                     .arg(checked->policy.version, checked->policy.provinceName,
                          QDir::toNativeSeparators(*target))
              << '\n';
    return Ok;
}

} // namespace

// Needs no store: the policy is a file of the data directory, read by the intake.
int runFees(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The province's fee policy (docs/fees.md).\n"
               "install FILE: checks the fee policy file and installs it for this desk's intake "
               "(a refused file changes nothing)."));
    parser.addPositionalArgument(u"action"_s, Tr::tr("install FILE"));
    const QCommandLineOption help = parser.addHelpOption();
    if (auto done = ctx.parse(parser, args, help))
        return *done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || pos.at(0) != u"install")
        return ctx.report(Error{u"cli.usage"_s,
                                Tr::tr("Usage: motcua-cli fees install FILE (see --help)."), {}},
                          BadInput);
    return install(ctx, pos.at(1));
}

} // namespace motcua::cli
