// motcua-cli keys recovery-code | keys restore [--store-id ID] (docs/backup.md).
#include "CliContext.h"
#include "CliKeys.h"

#include "security/StoreInspection.h"
#include "security/Vault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>


using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)
};

// The code is typed without echo at a terminal, or piped in; it is never stored or logged.
QString readCode(QTextStream &err)
{
    return readHidden(err, Tr::tr("Recovery code: "));
}

int recoveryCode(CliContext &ctx)
{
    auto facts = StoreInspection::inspect(ctx.settings().storePath());
    if (!facts)
        return ctx.report(facts.error(), StoreUnusable);
    auto keys = loadKeys(facts->storeId);
    if (!keys)
        return ctx.report(keys.error(), StoreUnusable);
    if (!facts->keyCheck.isEmpty() && Vault(keys->dataKey).keyCheck() != facts->keyCheck)
        return ctx.report({u"keys.mismatch"_s,
                           Tr::tr("The key in this computer's keyring is not the key this store "
                                  "was protected with: its recovery code would not open the "
                                  "store. Call the IT officer."),
                           u"key check differs"_s},
                          StoreUnusable);
    ctx.err() << Tr::tr("Write this code on paper and keep it locked away like a master key: "
                        "with it and a backup, anyone can read every dossier of this desk. Never "
                        "store it on this computer, in e-mail or in a chat.")
              << Qt::endl;
    ctx.out() << Vault::recoveryCode(*keys) << Qt::endl;
    return Ok;
}

int putKeysBack(CliContext &ctx, const QString &givenId)
{
    static const QRegularExpression idForm(u"^[0-9a-f]{32}$"_s);
    auto facts = StoreInspection::inspect(ctx.settings().storePath());
    if (!facts && facts.error().code != u"store.absent")
        return ctx.report(facts.error(), StoreUnusable);
    QString storeId = facts ? facts->storeId : givenId;
    if (facts && !givenId.isEmpty() && givenId != facts->storeId)
        return ctx.report({u"keys.other_store"_s,
                           Tr::tr("The store on this desk is %1, not %2. Nothing was changed. "
                                  "Leave out --store-id to restore this store's keys.")
                               .arg(facts->storeId, givenId),
                           {}},
                          BadInput);
    if (!idForm.match(storeId).hasMatch())
        return ctx.report({u"cli.usage"_s,
                           Tr::tr("There is no store on this desk yet: give the store's id with "
                                  "--store-id (32 hexadecimal digits; \"motcua-cli backup "
                                  "restore\" shows the id of a backup's store)."),
                           {}},
                          BadInput);
    auto keys = Vault::parseRecoveryCode(readCode(ctx.err()));
    if (!keys)
        return ctx.report(keys.error(), BadInput);
    if (facts && !facts->keyCheck.isEmpty() && Vault(keys->dataKey).keyCheck() != facts->keyCheck)
        return ctx.report({u"keys.mismatch"_s,
                           Tr::tr("This recovery code is not the one of this store: its key does "
                                  "not open the store's data. Nothing was changed. Check that "
                                  "the code is the one written down for this desk."),
                           u"key check differs"_s},
                          BadInput);
    if (auto written = cli::restoreKeys(storeId, *keys); !written)
        return ctx.report(written.error(), StoreUnusable);
    ctx.out() << Tr::tr("The keys of store %1 are back in this computer's keyring.").arg(storeId)
              << Qt::endl;
    return Ok;
}

} // namespace

int runKeys(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show the desk's recovery code, or put the desk's keys back into this computer's "
               "keyring from it (the code is read from standard input)."));
    parser.addPositionalArgument(u"action"_s, Tr::tr("recovery-code | restore"));
    const QCommandLineOption storeId(
        u"store-id"_s, Tr::tr("For restore on a computer without the store yet: the store's id."),
        u"ID"_s);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOption(storeId);
    if (auto done = ctx.parse(parser, args, help))
        return *done;
    const QStringList pos = parser.positionalArguments();
    if (pos == QStringList{u"recovery-code"_s})
        return recoveryCode(ctx);
    if (pos == QStringList{u"restore"_s})
        return putKeysBack(ctx, parser.value(storeId).trimmed().toLower());
    ctx.err() << parser.helpText();
    return BadInput;
}

} // namespace motcua::cli
