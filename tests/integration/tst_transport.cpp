// Transport security (docs/protocol.md, "Transport"): https for any server but this computer,
// TLS errors reported and never ignored, certificate pins. Against the real simulator serving
// HTTPS with certificates made by openssl at test time.
#include "Await.h"
#include "SimProcess.h"
#include "SyncFixture.h"
#include "TempStore.h"
#include "TlsCerts.h"

#include "core/DeskSettings.h"
#include "sync/ConnectivityWatch.h"
#include "sync/ServerAddress.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

Result<QString> signIn(const QUrl &server, const TlsGuard &guard)
{
    ProvincialApi api(server);
    api.setTlsGuard(guard);
    return await<Result<QString>>(
        [&](auto done) { api.login(SyncFixture::kClerk, std::move(done)); });
}

SyncSummary runSync(Database &db, const QUrl &server, const TlsGuard &guard,
                    const QString &attachmentsDir)
{
    ProvincialApi api(server);
    api.setTlsGuard(guard);
    SyncEngine engine(db, api, SyncFixture::kClerk);
    engine.setAttachmentsDir(attachmentsDir);
    engine.setForce(true);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (done.isEmpty() && !done.wait(120000))
        qFatal("sync did not finish");
    return done.first().first().value<SyncSummary>();
}

int countState(Database &db, const QString &state)
{
    return scalar(db, u"SELECT count(*) FROM outbox WHERE state = '%1'"_s.arg(state)).toInt();
}

// Nothing was sent and nothing needs the clerk: every dossier waits for the next attempt.
void verifyAllStillQueued(Database &db, int n)
{
    QCOMPARE(countState(db, u"sent"_s), 0);
    QCOMPARE(countState(db, u"action"_s), 0);
    QCOMPARE(countState(db, u"retry"_s) + countState(db, u"queued"_s), n);
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_good = m_certs.make(u"good"_s, u"127.0.0.1"_s, u"IP:127.0.0.1,DNS:localhost"_s);
        m_wrongHost = m_certs.make(u"wronghost"_s, u"wrong.example"_s, u"DNS:wrong.example"_s);
        QVERIFY(!m_good.pin.isEmpty());
        QVERIFY(!m_wrongHost.pin.isEmpty());
        QVERIFY(m_good.pin != m_wrongHost.pin);
    }

    void loopbackMayUseHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); // empty: allowed
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8765"_s << QString();
        QTest::newRow("127.8.9.10") << u"http://127.8.9.10/"_s << QString();
        QTest::newRow("localhost") << u"http://LocalHost:8765/api"_s << QString();
        QTest::newRow("::1") << u"http://[::1]:8765"_s << QString();
        QTest::newRow("https anywhere") << u"https://dvc.example.gov.vn"_s << QString();
        QTest::newRow("TEST-NET") << u"http://192.0.2.1:8765"_s << u"net.insecure"_s;
        QTest::newRow("LAN") << u"http://10.0.0.5"_s << u"net.insecure"_s;
        QTest::newRow("name") << u"http://dvc.example.gov.vn"_s << u"net.insecure"_s;
        QTest::newRow("localhost lookalike") << u"http://localhost.example.com"_s
                                             << u"net.insecure"_s;
        QTest::newRow("mapped IPv4 of another host") << u"http://[::ffff:192.0.2.1]"_s
                                                     << u"net.insecure"_s;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << u"net.address"_s;
        QTest::newRow("no host") << u"https://"_s << u"net.address"_s;
    }
    void loopbackMayUseHttp()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        const auto checked = ServerAddress::check(QUrl(url));
        QCOMPARE(checked ? QString() : checked.error().code, code);
        if (!checked)
            QVERIFY(!checked.error().message.isEmpty());
    }

    // http to another computer: refused before any connection. A proxy on loopback stands in for
    // the network and must see no connection at all.
    void insecureAddressRefusedBeforeAnyConnection()
    {
        QTcpServer proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.serverPort()));
        const QUrl server(u"http://192.0.2.1:8765"_s);

        const auto session = signIn(server, TlsGuard());
        QVERIFY(!session);
        QCOMPARE(session.error().code, u"net.insecure"_s);
        QVERIFY2(session.error().message.contains(u"https"_s), qPrintable(session.error().message));
        QVERIFY(session.error().message.contains(u"IT officer"_s));

        // A whole sync run: dossiers stay queued with the reason, nothing needs the clerk.
        TempStore store;
        SyncFixture::queueDossiers(store.db(), store.dir() + u"/attachments"_s, 3, 0, 0);
        const SyncSummary summary = runSync(store.db(), server, TlsGuard(), store.dir());
        QCOMPARE(summary.sent, 0);
        QCOMPARE(summary.retryLater, 3);
        QVERIFY(summary.problem.contains(u"https"_s));
        verifyAllStillQueued(store.db(), 3);

        // The connectivity probe is not sent either.
        ConnectivityWatch watch(server, std::chrono::milliseconds(20));
        QSignalSpy probed(&watch, &ConnectivityWatch::probed);
        watch.lost();
        QVERIFY(probed.wait(5000));
        QCOMPARE(probed.first().first().toBool(), false);

        QTest::qWait(200);
        const bool connected = proxy.hasPendingConnections() || proxy.waitForNewConnection(0);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QVERIFY2(!connected, "a request went out to a plain http address of another computer");
    }

    // motcua-cli sync --server http://… of another computer is refused before anything else.
    void cliRefusesInsecureServer()
    {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOTCUA_PASSWORD"_s, u"motcua-demo"_s);
        p.setProcessEnvironment(env);
        p.start(SimProcess::binary(u"motcua-cli"_s),
                {u"--data-dir"_s, dir.path(), u"--lang"_s, u"en"_s, u"sync"_s, u"--server"_s,
                 u"http://192.0.2.1:8765"_s});
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(20000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(u"does not use https"_s), qPrintable(err));
    }

    // The pin the desk computes is the one openssl gives (docs/protocol.md's recipe).
    void pinMatchesOpenssl()
    {
        QFile f(m_good.cert);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QSslCertificate cert(&f, QSsl::Pem);
        QCOMPARE(QString::fromLatin1(TlsGuard::pinOf(cert)), m_good.pin);
        QVERIFY(TlsGuard({u"sha256//"_s + m_good.pin}).matches(cert));
        QVERIFY(!TlsGuard({m_wrongHost.pin}).matches(cert));
    }

    // A pin setting that cannot be read fails closed: nothing is sent.
    void unreadablePinRefusesEveryCall_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("not base64") << u"not a pin!"_s;
        QTest::newRow("too short") << u"c2hvcnQ="_s;
        QTest::newRow("hex")
            << u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
    }
    void unreadablePinRefusesEveryCall()
    {
        QFETCH(QString, pin);
        SimProcess sim;
        QVERIFY(sim.start({u"--tls-cert"_s, m_good.cert, u"--tls-key"_s, m_good.key}));
        const auto session = signIn(sim.url(), TlsGuard({m_good.pin, pin}));
        QVERIFY(!session);
        QCOMPARE(session.error().code, u"net.pins"_s);
        QVERIFY(session.error().message.contains(u"pin_sha256"_s));
    }

    // Pins cannot be checked over plain http, even to this computer: refused, not skipped.
    void pinsNeedHttps()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        QCOMPARE(sim.url().scheme(), u"http"_s);
        QVERIFY(signIn(sim.url(), TlsGuard()).has_value());
        const auto session = signIn(sim.url(), TlsGuard({m_good.pin}));
        QVERIFY(!session);
        QCOMPARE(session.error().code, u"net.insecure"_s);
    }

    // The simulator's self-signed certificate, no pin: a TLS error of its own, in words, and the
    // dossiers stay queued as for any connection problem.
    void selfSignedWithoutPinIsTlsError()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--tls-cert"_s, m_good.cert, u"--tls-key"_s, m_good.key}));
        QCOMPARE(sim.url().scheme(), u"https"_s);

        const auto session = signIn(sim.url(), TlsGuard());
        QVERIFY(!session);
        QCOMPARE(session.error().code, u"net.tls"_s);
        QVERIFY2(session.error().message.contains(u"not issued by an authority"_s),
                 qPrintable(session.error().message));
        QVERIFY(session.error().message.contains(u"IT officer"_s));
        QVERIFY(ProvincialApi::isRetryable(session.error()));

        TempStore store;
        SyncFixture::queueDossiers(store.db(), store.dir() + u"/attachments"_s, 3, 0, 0);
        const SyncSummary summary = runSync(store.db(), sim.url(), TlsGuard(), store.dir());
        QCOMPARE(summary.sent, 0);
        QVERIFY(summary.unreachable); // the desk watches for the server to come back
        QVERIFY(!summary.signInRefused);
        QVERIFY(summary.problem.contains(u"not safe"_s));
        verifyAllStillQueued(store.db(), 3);
    }

    // With the right pin (read from settings.ini as an IT officer writes it), the self-signed
    // certificate is accepted: dossiers and their scans go, progress and catalogue are pulled.
    void rightPinAcceptsSelfSigned()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--tls-cert"_s, m_good.cert, u"--tls-key"_s, m_good.key}));
        TempStore store;
        {
            QFile ini(store.dir() + u"/settings.ini"_s);
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write("[server]\npin_sha256=sha256//" + m_wrongHost.pin.toLatin1() + ", "
                      + m_good.pin.toLatin1() + "\n");
        }
        const TlsGuard guard(DeskSettings(store.dir()).serverPins());
        QVERIFY(guard.hasPins());

        const QString attachments = store.dir() + u"/attachments"_s;
        const QStringList scans =
            SyncFixture::queueDossiers(store.db(), attachments, 4, 2, 300 * 1024);
        QCOMPARE(scans.size(), 2);
        const SyncSummary summary = runSync(store.db(), sim.url(), guard, attachments);
        QVERIFY2(summary.problem.isEmpty(), qPrintable(summary.problem));
        QCOMPARE(summary.sent, 4);
        QCOMPARE(countState(store.db(), u"sent"_s), 4);
        QVERIFY2(summary.notes.isEmpty(), qPrintable(summary.notes.join(u'\n')));

        // The connectivity probe passes the same checks.
        ConnectivityWatch watch(sim.url(), std::chrono::milliseconds(20));
        watch.setTlsGuard(guard);
        QSignalSpy returned(&watch, &ConnectivityWatch::returned);
        watch.lost();
        QVERIFY(returned.wait(10000));
    }

    // The probe of a desk without the pin does not call the server back.
    void probeRefusesUntrustedServer()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--tls-cert"_s, m_good.cert, u"--tls-key"_s, m_good.key}));
        ConnectivityWatch watch(sim.url(), std::chrono::milliseconds(20));
        watch.setTlsGuard(TlsGuard({m_wrongHost.pin}));
        QSignalSpy probed(&watch, &ConnectivityWatch::probed);
        watch.lost();
        QVERIFY(probed.wait(10000));
        QCOMPARE(probed.first().first().toBool(), false);
        QVERIFY(watch.isWatching());
    }

    // A pin that does not match the server's key: refused, nothing sent, dossiers queued.
    void wrongPinRefused()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--tls-cert"_s, m_good.cert, u"--tls-key"_s, m_good.key}));
        const TlsGuard guard({m_wrongHost.pin});
        const auto session = signIn(sim.url(), guard);
        QVERIFY(!session);
        QCOMPARE(session.error().code, u"net.tls"_s);
        QVERIFY2(session.error().message.contains(u"certificate pin"_s),
                 qPrintable(session.error().message));

        TempStore store;
        SyncFixture::queueDossiers(store.db(), store.dir() + u"/attachments"_s, 2, 0, 0);
        const SyncSummary summary = runSync(store.db(), sim.url(), guard, store.dir());
        QCOMPARE(summary.sent, 0);
        verifyAllStillQueued(store.db(), 2);
    }

    // A certificate for another host name is refused even when its key is pinned.
    void wrongHostNameRefusedEvenWhenPinned()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--tls-cert"_s, m_wrongHost.cert, u"--tls-key"_s, m_wrongHost.key}));
        const auto session = signIn(sim.url(), TlsGuard({m_wrongHost.pin}));
        QVERIFY(!session);
        QCOMPARE(session.error().code, u"net.tls"_s);
        QVERIFY2(session.error().message.contains(u"another server name"_s),
                 qPrintable(session.error().message));
    }

    // A certificate this computer trusts but whose key is not pinned: refused at the handshake,
    // before the request (and the clerk's password) goes out. Without pins it is accepted.
    void trustedCertificateStillNeedsThePin()
    {
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QFile f(m_good.cert);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(QSslCertificate(&f, QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(trusting);
        auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });

        SimProcess sim;
        QVERIFY(sim.start({u"--tls-cert"_s, m_good.cert, u"--tls-key"_s, m_good.key}));
        QVERIFY(signIn(sim.url(), TlsGuard()).has_value());
        const auto session = signIn(sim.url(), TlsGuard({m_good.pin}));
        QVERIFY(session.has_value());
        const auto refused = signIn(sim.url(), TlsGuard({m_wrongHost.pin}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"net.tls"_s);
        QVERIFY2(refused.error().message.contains(u"certificate pin"_s),
                 qPrintable(refused.error().message));

        // A push on a valid session through the wrong pin must not reach the server at all.
        TempStore store;
        SyncFixture::queueDossiers(store.db(), store.dir() + u"/attachments"_s, 1, 0, 0);
        const QByteArray record = SyncEngine::withKey(
            scalar(store.db(), u"SELECT payload FROM outbox"_s).toString().toUtf8(),
            scalar(store.db(), u"SELECT idempotency_key FROM outbox"_s).toString());
        ProvincialApi api(sim.url());
        api.setTlsGuard(TlsGuard({m_wrongHost.pin}));
        const auto pushed = await<Result<QList<PushAnswer>>>(
            [&](auto done) { api.push(*session, QList<QByteArray>{record}, std::move(done)); });
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code, u"net.tls"_s);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"push_requests"_s).toInt(-1), 0);

        // The same push with the right pin arrives (the check above can fail).
        ProvincialApi pinned(sim.url());
        pinned.setTlsGuard(TlsGuard({m_good.pin}));
        const auto accepted = await<Result<QList<PushAnswer>>>(
            [&](auto done) { pinned.push(*session, QList<QByteArray>{record}, std::move(done)); });
        QVERIFY2(accepted.has_value(), qPrintable(accepted ? QString() : accepted.error().message));
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"push_requests"_s).toInt(-1), 1);
    }

private:
    TlsCerts m_certs;
    TlsCerts::Pair m_good;
    TlsCerts::Pair m_wrongHost;
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
