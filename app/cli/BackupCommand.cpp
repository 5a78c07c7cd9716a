// motcua-cli backup create FILE | backup restore FILE (docs/backup.md).
#include "CliContext.h"
#include "CliKeys.h"

#include "security/Backup.h"
#include "security/BackupRestore.h"
#include "security/StoreInspection.h"
#include "security/Vault.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

// The keys the backup of storeId is sealed under, checked against the store's key check.
std::expected<DeskKeys, int> keysFor(CliContext &ctx, const QString &storeId,
                                     const QString &keyCheck)
{
    auto keys = loadKeys(storeId);
    if (!keys && keys.error().code == u"secret.lost")
        return std::unexpected(ctx.report(
            {keys.error().code,
             Tr::tr("The keys of the store %1 are not in this computer's keyring. Put them back "
                    "first from the desk's recovery code (motcua-cli keys restore --store-id %1), "
                    "then try again. Nothing was changed.").arg(storeId),
             keys.error().detail},
            StoreUnusable));
    if (!keys)
        return std::unexpected(ctx.report(keys.error(), StoreUnusable));
    if (!keyCheck.isEmpty() && Vault(keys->dataKey).keyCheck() != keyCheck)
        return std::unexpected(ctx.report(
            {u"keys.mismatch"_s,
             Tr::tr("The key in this computer's keyring is not the key this store was protected "
                    "with. Nothing was changed. Put the right key back from the desk's recovery "
                    "code (motcua-cli keys restore)."),
             u"key check differs"_s},
            StoreUnusable));
    return *keys;
}

int create(CliContext &ctx, const QString &target)
{
    Database *db = ctx.store();
    if (!db)
        return StoreUnusable;
    auto facts = StoreInspection::inspect(db->path());
    if (!facts)
        return ctx.report(facts.error(), StoreUnusable);
    auto keys = keysFor(ctx, facts->storeId, facts->keyCheck);
    if (!keys)
        return keys.error();
    auto written = Backup::create(*db, ctx.settings().attachmentsDir(), keys->dataKey, target);
    if (!written)
        return ctx.report(written.error(), StoreUnusable);
    ctx.out() << Tr::tr("Backup written to %1: the store and %n scan(s), %2 bytes.", nullptr,
                        written->scans)
                     .arg(QDir::toNativeSeparators(target))
                     .arg(written->bytes)
              << Qt::endl;
    ctx.err() << Tr::tr("The backup is encrypted with this desk's key: it can be restored here, "
                        "or on another computer with the desk's recovery code "
                        "(motcua-cli keys recovery-code).")
              << Qt::endl;
    return Ok;
}

int restore(CliContext &ctx, const QString &file, bool otherStore)
{
    auto header = BackupHeaderReader::readFile(file);
    if (!header)
        return ctx.report(header.error(), BadInput);
    const QString storePath = ctx.settings().storePath();
    auto current = StoreInspection::inspect(storePath);
    // A damaged or unreadable store is what a restore is for: it is set aside like any other.
    if (current && current->storeId != header->storeId && !otherStore)
        return ctx.report(
            {u"backup.other_store"_s,
             Tr::tr("This backup is of another store (%1) than the one on this desk (%2). "
                    "Nothing was changed. To replace this desk's store with it anyway, add "
                    "--replace-other-store; the store in use is kept aside.")
                 .arg(header->storeId, current->storeId),
             u"store ids differ"_s},
            BadInput);
    auto keys = keysFor(ctx, header->storeId, {});
    if (!keys)
        return keys.error();
    auto restored = BackupRestore::restore(file, keys->dataKey, storePath,
                                           ctx.settings().attachmentsDir());
    if (!restored)
        return ctx.report(restored.error(), restored.error().code == u"backup.damaged"
                                                    || restored.error().code == u"backup.not_backup"
                                                ? BadInput
                                                : StoreUnusable);
    ctx.out() << Tr::tr("Restored the backup of %1 with %n scan(s).", nullptr, restored->scans)
                     .arg(localIso(restored->header.created))
              << Qt::endl;
    if (!restored->storeAside.isEmpty())
        ctx.out() << Tr::tr("The store in use before was kept as %1.")
                         .arg(QDir::toNativeSeparators(restored->storeAside))
                  << Qt::endl;
    if (!restored->scansAside.isEmpty())
        ctx.out() << Tr::tr("Its scans were kept in %1.")
                         .arg(QDir::toNativeSeparators(restored->scansAside))
                  << Qt::endl;
    return Ok;
}

} // namespace

int runBackup(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write an encrypted backup of the desk's store and scans, or put one back."));
    parser.addPositionalArgument(u"action"_s, Tr::tr("create | restore"));
    parser.addPositionalArgument(u"file"_s, Tr::tr("The backup file."));
    const QCommandLineOption other(
        u"replace-other-store"_s,
        Tr::tr("Restore even though the backup is of another store than the one on this desk."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOption(other);
    if (auto done = ctx.parse(parser, args, help))
        return *done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() == 2 && pos.first() == u"create")
        return create(ctx, pos.at(1));
    if (pos.size() == 2 && pos.first() == u"restore")
        return restore(ctx, pos.at(1), parser.isSet(other));
    ctx.err() << parser.helpText();
    return BadInput;
}

} // namespace motcua::cli
