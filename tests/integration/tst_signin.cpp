// Clerk sign-in against the real simulator, with the keychain faked by MemorySecretStore.
#include "Await.h"
#include "MemorySecretStore.h"
#include "SimProcess.h"

#include "security/ClerkSignIn.h"
#include "security/OfflineRecord.h"
#include "sync/ClerkSession.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

const QString kStore = u"store-1234"_s;
const ClerkCredentials kClerk{u"canbo01"_s, u"motcua-demo"_s};

Result<ClerkIdentity> signInWith(ClerkSignIn &signIn, const ClerkCredentials &credentials)
{
    return await<Result<ClerkIdentity>>(
        [&](auto done) { signIn.signIn(credentials, std::move(done)); });
}

qint64 liveSessions(const SimProcess &sim)
{
    return sim.getJson(u"/admin/stats"_s).value(u"live_sessions"_s).toInteger(-1);
}

struct CliRun
{
    int exitCode = -1;
    QString err;
};

// motcua-cli on the real keychain (the Secret Service of the test's D-Bus session).
CliRun cli(const QString &dataDir, const QStringList &args, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MOTCUA_PASSWORD"_s);
    if (!password.isEmpty())
        env.insert(u"MOTCUA_PASSWORD"_s, password);
    p.setProcessEnvironment(env);
    p.start(SimProcess::binary(u"motcua-cli"_s),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s} + args);
    p.closeWriteChannel(); // a password prompt reads nothing
    if (!p.waitForFinished(60000))
        qFatal("motcua-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;
    QDateTime m_now;

    // A sign-in object on a running simulator with the clock at m_now.
    std::unique_ptr<ClerkSignIn> make(MemorySecretStore &secrets, ProvincialApi &api, int days = 7)
    {
        auto s = std::make_unique<ClerkSignIn>(secrets, api, kStore, days);
        s->setClock([this] { return m_now; });
        return s;
    }

private slots:
    void init()
    {
        m_now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_sim.start());
    }
    void cleanup() { m_sim.stop(); }

    void onlineSignInKeepsSessionAndVerifier_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("role");
        QTest::newRow("clerk") << u"canbo01"_s << u"clerk"_s;
        QTest::newRow("supervisor") << u"giamsat01"_s << u"supervisor"_s;
        QTest::newRow("admin") << u"quantri01"_s << u"admin"_s;
    }
    void onlineSignInKeepsSessionAndVerifier()
    {
        QFETCH(QString, username);
        QFETCH(QString, role);
        MemorySecretStore secrets;
        ProvincialApi api(m_sim.url());
        auto signIn = make(secrets, api);
        const auto identity = signInWith(*signIn, {username, u"motcua-demo"_s});
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().detail));
        QCOMPARE(identity->role, role);
        QVERIFY(identity->online);
        QCOMPARE(identity->unitCode, u"XA0001"_s);
        QVERIFY(!identity->fullName.isEmpty());
        QVERIFY(!identity->sessionToken.isEmpty());

        const auto session = StoredSession::fromJson(
            secrets.entries.value(u"%1/clerk/%2/session"_s.arg(kStore, username)));
        QVERIFY(session);
        QCOMPARE(session->token, identity->sessionToken);
        QVERIFY(session->expiresAt > m_now.addSecs(3600));
        const auto offline = OfflineRecord::fromJson(
            secrets.entries.value(u"%1/clerk/%2/offline"_s.arg(kStore, username)));
        QVERIFY(offline);
        QVERIFY(offline->verifier.startsWith("$argon2id$"));
        QVERIFY(!offline->verifier.contains("motcua-demo"));
        QCOMPARE(offline->role, role);
        QCOMPARE(offline->lastOnline, m_now);
    }

    void wrongPasswordRefusedWithoutOfflineFallback()
    {
        MemorySecretStore secrets;
        ProvincialApi api(m_sim.url());
        auto signIn = make(secrets, api);
        QVERIFY(signInWith(*signIn, kClerk));
        // A verifier is kept, yet a password the system refuses never goes offline.
        const auto refused = signInWith(*signIn, {kClerk.username, u"wrong"_s});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"auth.rejected"_s);
    }

    void offlineWhenUnreachable()
    {
        MemorySecretStore secrets;
        ProvincialApi api(m_sim.url());
        auto signIn = make(secrets, api);
        QVERIFY(signInWith(*signIn, kClerk));
        m_sim.stop();
        m_now = m_now.addDays(6);

        const auto identity = signInWith(*signIn, kClerk);
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().detail));
        QVERIFY(!identity->online);
        QCOMPARE(identity->role, u"clerk"_s);
        QCOMPARE(identity->unitCode, u"XA0001"_s);

        const auto wrong = signInWith(*signIn, {kClerk.username, u"motcua-demo "_s});
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, u"signin.offline-refused"_s);
    }

    void offlineRefusedAfterOfflineDays()
    {
        MemorySecretStore secrets;
        ProvincialApi api(m_sim.url());
        auto signIn = make(secrets, api, 3);
        QVERIFY(signInWith(*signIn, kClerk));
        m_sim.stop();
        m_now = m_now.addDays(3).addSecs(1);
        const auto expired = signInWith(*signIn, kClerk);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, u"signin.offline-expired"_s);
        QVERIFY(expired.error().message.contains(u"online"_s));
    }

    void offlineDisabled()
    {
        MemorySecretStore secrets;
        ProvincialApi api(m_sim.url());
        auto signIn = make(secrets, api, 0);
        QVERIFY(signInWith(*signIn, kClerk));
        m_sim.stop();
        const auto refused = signInWith(*signIn, kClerk);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"signin.offline-disabled"_s);
    }

    void offlineNeverSignedIn()
    {
        MemorySecretStore secrets;
        m_sim.stop();
        ProvincialApi api(m_sim.url());
        auto signIn = make(secrets, api);
        const auto refused = signInWith(*signIn, kClerk);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"signin.offline-unknown"_s);
    }

    void keychainUnavailable()
    {
        MemorySecretStore secrets;
        secrets.unavailable = true;
        ProvincialApi api(m_sim.url());
        auto signIn = make(secrets, api);
        const auto online = signInWith(*signIn, kClerk);
        QVERIFY(!online);
        QCOMPARE(online.error().code, u"secret.unavailable"_s);
        m_sim.stop();
        const auto offline = signInWith(*signIn, kClerk);
        QVERIFY(!offline);
        QCOMPARE(offline.error().code, u"secret.unavailable"_s);
    }

    void storedSessionReusedWithoutLogin()
    {
        MemorySecretStore secrets;
        ProvincialApi api(m_sim.url());
        auto signIn = make(secrets, api);
        QVERIFY(signInWith(*signIn, kClerk));
        QCOMPARE(liveSessions(m_sim), 1);

        // A second session of the app: the kept session, and a password that would be refused.
        const auto token = await<Result<QString>>(
            [&](auto done) { signIn->storedSession(kClerk.username, std::move(done)); });
        QVERIFY(token);
        ClerkSession session(api, {kClerk.username, u"not-the-password"_s, *token});
        const auto reply = await<Result<ApiReply>>([&](auto done) {
            session.call(u"/api/v1/dossiers/updates"_s, {{u"after"_s, 0}}, std::move(done));
        });
        QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().detail));
        QCOMPARE(reply->httpStatus, 200);
        QCOMPARE(liveSessions(m_sim), 1);

        // Past its expiry the kept session is not offered any more.
        m_now = m_now.addDays(1);
        const auto expired = await<Result<QString>>(
            [&](auto done) { signIn->storedSession(kClerk.username, std::move(done)); });
        QVERIFY(!expired);
    }

    void cliSyncReusesKeptSession()
    {
        QTemporaryDir dir;
        const QStringList sync{u"sync"_s, u"--server"_s, m_sim.url().toString(), u"--user"_s,
                               u"canbo01"_s};
        const CliRun first = cli(dir.path(), sync, kClerk.password);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(liveSessions(m_sim), 1);
        // No password at all this time: the kept session is enough, and no new one is made.
        const CliRun second = cli(dir.path(), sync, {});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(!second.err.contains(u"refused"_s), qPrintable(second.err));
        QCOMPARE(liveSessions(m_sim), 1);
    }

    void signOutForgetsSession()
    {
        MemorySecretStore secrets;
        ProvincialApi api(m_sim.url());
        auto signIn = make(secrets, api);
        QVERIFY(signInWith(*signIn, kClerk));
        QVERIFY(await<Result<void>>(
            [&](auto done) { signIn->signOut(kClerk.username, std::move(done)); }));
        QVERIFY(!secrets.entries.contains(u"%1/clerk/canbo01/session"_s.arg(kStore)));
        QVERIFY(secrets.entries.contains(u"%1/clerk/canbo01/offline"_s.arg(kStore)));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
