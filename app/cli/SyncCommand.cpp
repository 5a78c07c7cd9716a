#include "CliContext.h"

#include "security/ClerkSignIn.h"
#include "security/KeychainStore.h"
#include "store/OutboxRepository.h"
#include "sync/ServerAddress.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>

#include <optional>


using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};

// The password comes from MOTCUA_PASSWORD or is typed without echo; it is never stored.
QString readPassword(QTextStream &err)
{
    const QByteArray fromEnv = qgetenv("MOTCUA_PASSWORD");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    return readHidden(err, Tr::tr("Password: "));
}

// The session kept in the keychain for the clerk, or a sign-in with the password that keeps one
// (ClerkSignIn). Without a keychain the password alone is used for this run: nothing is kept.
ClerkCredentials credentialsFor(CliContext &ctx, ClerkSignIn &signIn, const QString &username)
{
    ClerkCredentials credentials{username, {}};
    const auto kept = waitFor<Result<QString>>(
        [&](auto done) { signIn.storedSession(username, std::move(done)); });
    if (kept) {
        credentials.session = *kept;
        // Without a prompt: MOTCUA_PASSWORD, when set, renews a session the system refuses.
        credentials.password = QString::fromUtf8(qgetenv("MOTCUA_PASSWORD"));
        return credentials;
    }
    if (kept.error().code == u"secret.unavailable")
        ctx.err() << kept.error().message << Qt::endl;
    credentials.password = readPassword(ctx.err());
    if (kept.error().code == u"secret.unavailable")
        return credentials;
    const auto identity = waitFor<Result<ClerkIdentity>>(
        [&](auto done) { signIn.signIn(credentials, std::move(done)); });
    if (identity && identity->online)
        credentials.session = identity->sessionToken;
    // Otherwise the sync run below meets the same refusal or outage and reports it as usual.
    return credentials;
}
} // namespace

int runSync(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Send the queued dossiers to the provincial system. The session kept in the "
               "keychain by an earlier sign-in is used while valid; otherwise the password is read "
               "from MOTCUA_PASSWORD or typed at the prompt."));
    const QCommandLineOption server(u"server"_s, Tr::tr("Provincial system URL."), u"URL"_s);
    const QCommandLineOption user(u"user"_s, Tr::tr("Clerk's user name."), u"USER"_s);
    const QCommandLineOption force(
        u"force"_s, Tr::tr("Try every dossier not yet sent now, even those waiting for their next "
                           "attempt."));
    parser.addOptions({server, user, force});
    parser.addHelpOption();
    parser.process(args);
    Database *db = ctx.unlockedStore();
    if (!db)
        return StoreUnusable;
    const QUrl url = parser.isSet(server) ? QUrl::fromUserInput(parser.value(server))
                                          : ctx.settings().serverUrl();
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        ctx.err() << Tr::tr("motcua-cli: the server address \"%1\" is not an http(s) URL.")
                         .arg(parser.value(server))
                  << Qt::endl;
        return BadInput;
    }
    // An address given here is refused at once when it is plain http to another computer; one
    // from settings.ini is refused by every request (the dossiers then record why they wait).
    if (auto usable = ServerAddress::check(url); parser.isSet(server) && !usable) {
        ctx.err() << usable.error().message << Qt::endl;
        return BadInput;
    }
    ProvincialApi api(url);
    api.setTlsGuard(TlsGuard(ctx.settings().serverPins()));
    KeychainStore keychain;
    ClerkSignIn signIn(keychain, api, db->storeId(), ctx.settings().offlineDays());
    const ClerkCredentials credentials = credentialsFor(
        ctx, signIn, parser.isSet(user) ? parser.value(user) : ctx.settings().desk().clerk);

    SyncEngine engine(*db, api, credentials);
    engine.setForce(parser.isSet(force));
    SyncSummary summary;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    QMetaObject::invokeMethod(&engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();

    ctx.out() << Tr::tr("Sent: %1, already on the server: %2, waiting to be sent: %3, needing "
                        "action: %4")
                     .arg(summary.sent)
                     .arg(summary.duplicates)
                     .arg(summary.retryLater)
                     .arg(summary.needsAction)
              << '\n';
    if (summary.nextAttempt.isValid())
        ctx.out() << Tr::tr("Next attempt: %1").arg(localIso(summary.nextAttempt)) << '\n';
    if (summary.progressEvents > 0)
        ctx.out() << Tr::tr("Progress updates applied: %1").arg(summary.progressEvents) << '\n';
    if (summary.ratingsSent > 0)
        ctx.out() << Tr::tr("Citizens' ratings sent: %1").arg(summary.ratingsSent) << '\n';
    if (!summary.catalogVersion.isEmpty())
        ctx.out() << Tr::tr("Procedure catalogue updated to %1").arg(summary.catalogVersion)
                  << '\n';
    if (summary.needsAction > 0) {
        if (auto rows = OutboxRepository(*db).list()) {
            for (const QueuedDossier &d : *rows) {
                if (d.state == OutboxState::NeedsAction)
                    ctx.out() << Tr::tr("Needs action: %1\t%2").arg(d.code, d.reason) << '\n';
            }
        }
    }
    if (!summary.problem.isEmpty())
        ctx.err() << summary.problem << Qt::endl;
    if (summary.signInRefused && !credentials.session.isEmpty() && credentials.password.isEmpty()) {
        // The kept session was refused (the system restarted, or ended it): forget it, so the
        // next run asks for the password.
        (void)waitFor<Result<void>>(
            [&](auto done) { signIn.signOut(credentials.username, std::move(done)); });
        ctx.err() << Tr::tr("The session kept for %1 is no longer valid. Run the command again "
                            "and type the password.")
                         .arg(credentials.username)
                  << Qt::endl;
    }
    for (const QString &note : summary.notes)
        ctx.err() << note << Qt::endl;
    if (summary.busy)
        return Incomplete;
    return (summary.retryLater == 0 && summary.needsAction == 0) ? Ok : Incomplete;
}

} // namespace motcua::cli
