// Without any keyring (CTest points the session bus at a socket that does not exist): the
// keychain fails with "secret.unavailable" and a message the clerk can act on, there is no
// insecure fallback, and the CLI refuses to write a dossier instead of keeping it in clear.
#include "Await.h"
#include "SimProcess.h"
#include "security/KeychainStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

class TestSecretsNoKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s),
                 "run by CTest, which points the session bus nowhere");
    }

    void everyCallFailsClearly()
    {
        KeychainStore keychain;
        const auto written = await<Result<void>>(
            [&](auto done) { keychain.write(u"test/no-keyring"_s, "secret", done); });
        QVERIFY(!written);
        QCOMPARE(written.error().code, u"secret.unavailable"_s);
        QVERIFY(written.error().message.contains(u"keyring"_s));
        const auto read = await<Result<QByteArray>>(
            [&](auto done) { keychain.read(u"test/no-keyring"_s, done); });
        QCOMPARE(read.error().code, u"secret.unavailable"_s);
    }

    void theCliKeepsNothingInClear()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(SimProcess::binary(u"motcua-cli"_s),
                {u"--data-dir"_s, dir.path(), u"--lang"_s, u"en"_s, u"dossier"_s, u"add"_s,
                 u"--procedure"_s, u"1.001193"_s, u"--name"_s, u"Võ Thị Lan"_s, u"--cccd"_s,
                 u"048185000321"_s, u"--phone"_s, u"0905123456"_s, u"--paper"_s,
                 u"TK=original"_s, u"--paper"_s, u"GCS=copy"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(p.readAllStandardError().contains("keyring"), "the clerk is told why");
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("048185000321"), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretsNoKeyring)
#include "tst_secrets_nokeyring.moc"
