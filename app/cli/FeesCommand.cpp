#include "CliContext.h"

#include "fees/FeePolicy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FeesCommand)
};

// Validates the policy as the intake will read it and puts it in place as DATA_DIR/fees/
// policy.json in one step; a refused file leaves the installed policy as it was.
int install(CliContext &ctx, const QString &path)
{
    auto parsed = FeePolicy::parseFile(path);
    if (!parsed)
        return ctx.report(parsed.error(), BadInput);
    // What is installed is what was checked: the bytes to install are checked again.
    auto bytes = readFile(path);
    if (!bytes)
        return ctx.report(bytes.error(), BadInput);
    if (!FeePolicy::parse(*bytes, QFileInfo(path).fileName()))
        return ctx.report(Error{u"fees.changed"_s,
                                Tr::tr("The file %1 changed while it was being installed. "
                                       "Install it again.").arg(QDir::toNativeSeparators(path)),
                                {}},
                          BadInput);
    if (parsed->sample)
        ctx.err() << Tr::tr("Warning: %1 is marked as a sample policy, not the province's own.")
                         .arg(QFileInfo(path).fileName())
                  << '\n';
    if (!ctx.unlockedStore()) // the change must be recorded in the audit log
        return StoreUnusable;
    const QString target = ctx.settings().feePolicyPath();
    if (auto ok = installFile(target, *bytes); !ok)
        return ctx.report(ok.error(), StoreUnusable);
    ctx.auditSettingsChange(u"fees"_s, {{u"version"_s, parsed->version},
                                        {u"file"_s, QFileInfo(path).fileName()}});
    ctx.out() << Tr::tr("Installed the fee policy %1 (%2) as %3. New dossiers use it for their "
                        "fees.")
                     .arg(parsed->version, parsed->provinceName, QDir::toNativeSeparators(target))
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
