#include "CliContext.h"

#include "security/AuditKey.h"
#include "security/AuditRepository.h"
#include "security/AuditVerifier.h"
#include "security/DeskKeyring.h"
#include "security/KeychainStore.h"

#include <QEventLoop>

#include <optional>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

// The desk's audit key from the OS keychain. Keys are never created here: a desk without them
// has nothing signed to check.
Result<AuditKey> deskKey(Database &db)
{
    KeychainStore secrets;
    DeskKeyring keyring(secrets, db.storeId());
    std::optional<Result<DeskKeys>> loaded;
    QEventLoop loop;
    keyring.load(false, [&](Result<DeskKeys> keys) {
        loaded.emplace(std::move(keys));
        loop.quit();
    });
    if (!loaded)
        loop.exec();
    if (!*loaded)
        return std::unexpected(loaded->error());
    return AuditKey::fromSeed((*loaded)->auditSeed);
}

// The start of a local day as stored in the log (UTC, ISO 8601 with milliseconds).
std::optional<QString> dayStart(const QString &text, int addDays)
{
    const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (text.size() != 10 || !day.isValid())
        return std::nullopt;
    return day.addDays(addDays).startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

int verify(CliContext &ctx, Database &db, const QString &publicKeyText)
{
    QByteArray publicKey;
    if (!publicKeyText.isNull()) {
        auto decoded = QByteArray::fromBase64Encoding(publicKeyText.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != AuditKey::kPublicKeyBytes)
            return ctx.report(Error{u"cli.public_key"_s,
                                    Tr::tr("--public-key must be the desk's public key in base64, "
                                           "as printed by “motcua-cli audit public-key”."),
                                    {}},
                              BadInput);
        publicKey = decoded.decoded;
    } else {
        auto key = deskKey(db);
        if (!key)
            return ctx.report(key.error(), StoreUnusable);
        publicKey = key->publicKey();
    }
    auto report = AuditVerifier(db).verify(publicKey);
    if (!report)
        return ctx.report(report.error(), StoreUnusable);
    if (report->problem) {
        ctx.out() << report->problem->describe() << '\n';
        return Incomplete;
    }
    if (report->entries == 0)
        ctx.out() << Tr::tr("OK: the audit log is empty.") << '\n';
    else
        ctx.out() << Tr::tr("OK: %1 entries, last at %2.")
                         .arg(report->entries)
                         .arg(localIso(QDateTime::fromString(report->last.at, Qt::ISODateWithMs)))
                  << '\n';
    return Ok;
}

int list(CliContext &ctx, Database &db, const QString &from, const QString &to)
{
    const auto fromUtc = from.isNull() ? std::optional<QString>(QString()) : dayStart(from, 0);
    const auto toUtc = to.isNull() ? std::optional<QString>(QString()) : dayStart(to, 1);
    if (!fromUtc || !toUtc)
        return ctx.report(Error{u"cli.date"_s,
                                Tr::tr("--from and --to must be dates written YYYY-MM-DD."), {}},
                          BadInput);
    auto entries = AuditRepository(db).between(*fromUtc, *toUtc);
    if (!entries)
        return ctx.report(entries.error(), StoreUnusable);
    for (const AuditEntry &e : *entries) {
        ctx.out() << e.seq << '\t' << localIso(QDateTime::fromString(e.at, Qt::ISODateWithMs))
                  << '\t' << e.actor << '\t' << e.kind << '\t' << e.subject << '\t' << e.detail
                  << '\n';
    }
    return Ok;
}

} // namespace

int runAudit(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The desk's tamper-evident audit log.\n"
               "verify: checks every entry's hash, chain and signature and the signed end of the "
               "log; prints “OK: …” and exits with 0, or names the first bad entry and exits "
               "with 1.\n"
               "list: prints the entries, one a line: SEQ, TIME, ACTOR, KIND, SUBJECT, DETAIL "
               "separated by tabs.\n"
               "public-key: prints the desk's public key, for the IT officer to keep and give to "
               "verify --public-key on another computer."));
    parser.addPositionalArgument(u"action"_s, Tr::tr("verify | list | public-key"));
    const QCommandLineOption publicKey(
        u"public-key"_s, Tr::tr("Check against this public key (base64) instead of the key in "
                                "this computer's keyring."),
        u"BASE64"_s);
    const QCommandLineOption from(u"from"_s, Tr::tr("First day listed."), u"YYYY-MM-DD"_s);
    const QCommandLineOption to(u"to"_s, Tr::tr("Last day listed."), u"YYYY-MM-DD"_s);
    parser.addOptions({publicKey, from, to});
    const QCommandLineOption help = parser.addHelpOption();
    if (auto done = ctx.parse(parser, args, help))
        return *done;

    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const bool verifying = action == u"verify" && !parser.isSet(from) && !parser.isSet(to);
    const bool listing = action == u"list" && !parser.isSet(publicKey);
    const bool printing = action == u"public-key" && !parser.isSet(publicKey)
                          && !parser.isSet(from) && !parser.isSet(to);
    if (pos.size() != 1 || !(verifying || listing || printing))
        return ctx.report(Error{u"cli.usage"_s,
                                Tr::tr("Usage: motcua-cli audit verify [--public-key BASE64] | "
                                       "audit list [--from YYYY-MM-DD] [--to YYYY-MM-DD] | "
                                       "audit public-key (see --help)."),
                                {}},
                          BadInput);
    Database *db = ctx.store();
    if (!db)
        return StoreUnusable;
    if (verifying)
        return verify(ctx, *db, parser.isSet(publicKey) ? parser.value(publicKey) : QString());
    if (listing)
        return list(ctx, *db, parser.isSet(from) ? parser.value(from) : QString(),
                    parser.isSet(to) ? parser.value(to) : QString());
    auto key = deskKey(*db);
    if (!key)
        return ctx.report(key.error(), StoreUnusable);
    ctx.out() << QString::fromLatin1(key->publicKey().toBase64()) << '\n';
    return Ok;
}

} // namespace motcua::cli
