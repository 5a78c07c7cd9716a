#include "Await.h"
#include "PrivateKeyring.h"
#include "TempStore.h"

#include "security/AuditKey.h"
#include "security/AuditLog.h"
#include "security/DeskKeyring.h"
#include "security/KeychainStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

// motcua-cli audit verify / list / public-key on a store written by AuditLog in this process.
namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray kSeed = QByteArray(32, '\x11');

QString publicKeyBase64(const QByteArray &seed = kSeed)
{
    return QString::fromLatin1(AuditKey::fromSeed(seed)->publicKey().toBase64());
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    PrivateKeyring m_keyring;
    std::unique_ptr<TempStore> m_store;
    QString m_storeId;

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QDir(qEnvironmentVariable("MOTCUA_BIN_DIR")).filePath(u"motcua-cli"_s),
                QStringList{u"--lang"_s, u"en"_s, u"--data-dir"_s, m_store->dir(), u"audit"_s}
                    + args);
        if (!p.waitForFinished(60000))
            qFatal("motcua-cli did not finish");
        if (p.exitStatus() != QProcess::NormalExit)
            qFatal("motcua-cli crashed");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Runs SQL on the closed store, as someone holding the file would.
    void tamper(const QString &sql)
    {
        QVERIFY(m_store->reopen().execScript(sql));
        m_store->close();
    }

    void putKeysInKeychain(const QByteArray &seed)
    {
        KeychainStore secrets;
        DeskKeyring keyring(secrets, m_storeId);
        const DeskKeys keys{QByteArray(32, '\x22'), seed};
        auto written = await<Result<void>>(
            [&](std::function<void(Result<void>)> done) { keyring.restore(keys, done); });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
    }

    void removeKeysFromKeychain()
    {
        KeychainStore secrets;
        for (const QString &what : {u"audit-key"_s, u"data-key"_s}) {
            const QString name = m_storeId + u'/' + what;
            await<Result<void>>(
                [&](std::function<void(Result<void>)> done) { secrets.remove(name, done); });
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QDir(qEnvironmentVariable("MOTCUA_BIN_DIR"))
                                      .filePath(u"motcua-cli"_s)));
        const QString why = m_keyring.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_storeId = m_store->db().storeId();
        QDateTime now(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC);
        AuditLog audit(m_store->db(), *AuditKey::fromSeed(kSeed), [&now] {
            now = now.addSecs(3600);
            return now;
        });
        QVERIFY(audit.append(AuditKind::SignIn, u"clerk1"_s, u"clerk1"_s));
        QVERIFY(audit.append(AuditKind::Submission, u"clerk1"_s, u"HS-1"_s,
                             QJsonObject{{u"channel"_s, 1}}));
        QVERIFY(audit.append(AuditKind::Export, u"clerk1"_s, u"report.xlsx"_s));
        QVERIFY(audit.append(AuditKind::SignOut, u"clerk1"_s, u"clerk1"_s));
        m_store->close();
    }

    void cleanup()
    {
        removeKeysFromKeychain();
        m_store.reset();
    }

    void intactLogVerifies()
    {
        const Run r = cli({u"verify"_s, u"--public-key"_s, publicKeyBase64()});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        // Entry 4 was written at 05:00 UTC.
        const QDateTime last(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC);
        QCOMPARE(r.out, u"OK: 4 entries, last at %1.\n"_s.arg(localIsoOf(last)));
    }

    void tamperedLogNamesTheFirstBadEntry_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("edited") << u"UPDATE audit_log SET subject = 'HS-2' WHERE seq = 2"_s
                                << u"Entry 2: edited."_s;
        QTest::newRow("deleted") << u"DELETE FROM audit_log WHERE seq = 2"_s
                                 << u"Entry 2: deleted."_s;
        QTest::newRow("truncated") << u"DELETE FROM audit_log WHERE seq = 4"_s
                                   << u"Entry 4: truncated."_s;
        QTest::newRow("reordered")
            << u"UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 "
               u"WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = -2"_s
            << u"Entry 2: reordered."_s;
        QTest::newRow("signature replaced")
            << u"UPDATE audit_log SET signature = (SELECT signature FROM audit_log WHERE seq = 1) "
               u"WHERE seq = 3"_s << u"Entry 3: bad signature."_s;
    }

    void tamperedLogNamesTheFirstBadEntry()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        tamper(sql);
        const Run r = cli({u"verify"_s, u"--public-key"_s, publicKeyBase64()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(message), qPrintable(r.out));
        QVERIFY(r.out.endsWith(u'\n') && r.out.count(u'\n') == 1);
    }

    void anotherDesksKeyFails()
    {
        const Run r = cli({u"verify"_s, u"--public-key"_s, publicKeyBase64(QByteArray(32, 'z'))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(u"Entry 1: bad signature."_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"this store's public key"_s), qPrintable(r.out));
    }

    void malformedPublicKeyIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("not base64") << u"not a key!"_s;
        QTest::newRow("too short") << QString::fromLatin1(QByteArray(16, 'k').toBase64());
    }

    void malformedPublicKeyIsRefused()
    {
        QFETCH(QString, key);
        const Run r = cli({u"verify"_s, u"--public-key"_s, key});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--public-key"_s), qPrintable(r.err));
    }

    // Without --public-key the key comes from this computer's keyring.
    void keychainKeyIsTheDefault()
    {
        putKeysInKeychain(kSeed);
        Run r = cli({u"public-key"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, publicKeyBase64() + u'\n');
        r = cli({u"verify"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"OK: 4 entries, last at "_s), qPrintable(r.out + r.err));
        tamper(u"UPDATE audit_log SET detail = '{\"channel\":2}' WHERE seq = 2"_s);
        r = cli({u"verify"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(u"Entry 2: edited."_s), qPrintable(r.out + r.err));
    }

    void keychainWithAnotherKeyFails()
    {
        putKeysInKeychain(QByteArray(32, 'y'));
        const Run r = cli({u"verify"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(u"Entry 1: bad signature."_s), qPrintable(r.out + r.err));
    }

    void missingKeyIsReported()
    {
        const Run r = cli({u"verify"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void listPrintsEntriesTabSeparated()
    {
        Run r = cli({u"list"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QStringList second = lines.at(1).split(u'\t');
        QCOMPARE(second.size(), 6);
        QCOMPARE(second.at(0), u"2"_s);
        QCOMPARE(second.at(2), u"clerk1"_s);
        QCOMPARE(second.at(3), u"submission"_s);
        QCOMPARE(second.at(4), u"HS-1"_s);
        QCOMPARE(second.at(5), u"{\"channel\":1}"_s);
        r = cli({u"list"_s, u"--from"_s, u"2026-11-25"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        r = cli({u"list"_s, u"--to"_s, u"23/11/2026"_s});
        QCOMPARE(r.exitCode, 2);
    }

private:
    static QString localIsoOf(const QDateTime &t)
    {
        const QDateTime local = t.toLocalTime();
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
