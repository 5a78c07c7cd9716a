// motcua-cli backup and keys against the real keyring (run under dbus-run-session with an
// unlocked gnome-keyring): a backup round trip, a backup of another store refused, and the keys
// put back from the recovery code after the keyring lost them.
#include "Await.h"
#include "SimProcess.h"

#include "security/DeskKeyring.h"
#include "security/KeychainStore.h"
#include "security/StoreInspection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString &dataDir, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(SimProcess::binary(u"motcua-cli"_s),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s} + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("motcua-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A dossier of a citizen whose name and ID number must never be readable in a backup.
Run addDossier(const QString &dataDir, const QString &name, const QString &cccd)
{
    return cli(dataDir, {u"dossier"_s, u"add"_s, u"--procedure"_s, u"1.001193"_s, u"--name"_s,
                         name, u"--cccd"_s, cccd, u"--phone"_s, u"0905123456"_s, u"--paper"_s,
                         u"TK=original"_s, u"--paper"_s, u"GCS=copy"_s});
}

int queued(const QString &dataDir)
{
    const Run list = cli(dataDir, {u"queue"_s, u"list"_s});
    if (list.exitCode != 0)
        qFatal("queue list failed: %s", qPrintable(list.err));
    return int(list.out.split(u'\n', Qt::SkipEmptyParts).size());
}

QString storeIdOf(const QString &dataDir)
{
    auto facts = StoreInspection::inspect(dataDir + u"/motcua.db"_s);
    if (!facts)
        qFatal("no store in %s", qPrintable(dataDir));
    return facts->storeId;
}

// The store's keys in the keychain (made here when the desk has not made them yet).
DeskKeys ensureKeys(const QString &storeId)
{
    KeychainStore secrets;
    DeskKeyring keyring(secrets, storeId);
    auto keys = await<Result<DeskKeys>>(
        [&](std::function<void(Result<DeskKeys>)> done) { keyring.load(true, std::move(done)); });
    if (!keys)
        qFatal("no keyring: %s", qPrintable(keys.error().detail));
    return *keys;
}

void forgetKey(const QString &storeId)
{
    KeychainStore secrets;
    auto removed = await<Result<void>>([&](std::function<void(Result<void>)> done) {
        secrets.remove(storeId + u"/data-key"_s, std::move(done));
    });
    if (!removed)
        qFatal("cannot remove the key");
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_out;

private slots:
    void backupRoundTrip()
    {
        QTemporaryDir dir;
        QCOMPARE(addDossier(dir.path(), u"NGUYEN VAN AN"_s, u"001095012345"_s).exitCode, 0);
        ensureKeys(storeIdOf(dir.path()));
        const QString file = m_out.filePath(u"desk.mcbackup"_s);
        const Run made = cli(dir.path(), {u"backup"_s, u"create"_s, file});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(file));
        QFile backup(file);
        QVERIFY(backup.open(QIODevice::ReadOnly));
        const QByteArray bytes = backup.readAll();
        QVERIFY(!bytes.contains("NGUYEN VAN AN"));
        QVERIFY(!bytes.contains("001095012345"));

        QCOMPARE(addDossier(dir.path(), u"TRAN THI BINH"_s, u"001195012346"_s).exitCode, 0);
        QCOMPARE(queued(dir.path()), 2);
        const Run back = cli(dir.path(), {u"backup"_s, u"restore"_s, file});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QVERIFY2(back.out.contains(u"before-restore"_s), qPrintable(back.out));
        QCOMPARE(queued(dir.path()), 1);
        // The store in use was kept aside (with its -wal/-shm when it had them), not deleted.
        const QStringList aside = QDir(dir.path()).entryList({u"motcua.db.before-restore-*"_s});
        QCOMPARE(aside.filter(QRegularExpression(u"^motcua\\.db\\.before-restore-\\d{8}-\\d{6}$"_s))
                     .size(),
                 1);
    }

    void aBackupOfAnotherStoreIsRefused()
    {
        QTemporaryDir a, b;
        QCOMPARE(addDossier(a.path(), u"NGUYEN VAN AN"_s, u"001095012345"_s).exitCode, 0);
        QCOMPARE(addDossier(b.path(), u"LE VAN CUONG"_s, u"001095012347"_s).exitCode, 0);
        ensureKeys(storeIdOf(a.path()));
        const QString file = m_out.filePath(u"a.mcbackup"_s);
        QCOMPARE(cli(a.path(), {u"backup"_s, u"create"_s, file}).exitCode, 0);
        const Run refused = cli(b.path(), {u"backup"_s, u"restore"_s, file});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"another store"_s), qPrintable(refused.err));
        QCOMPARE(queued(b.path()), 1);
        QCOMPARE(QDir(b.path()).entryList({u"*before-restore*"_s}).size(), 0);
    }

    void keysComeBackFromTheRecoveryCode()
    {
        QTemporaryDir dir;
        QCOMPARE(addDossier(dir.path(), u"NGUYEN VAN AN"_s, u"001095012345"_s).exitCode, 0);
        const QString storeId = storeIdOf(dir.path());
        ensureKeys(storeId);
        const Run code = cli(dir.path(), {u"keys"_s, u"recovery-code"_s});
        QVERIFY2(code.exitCode == 0, qPrintable(code.err));
        QVERIFY(code.err.contains(u"master key"_s));
        const QString recovery = code.out.trimmed();
        QCOMPARE(recovery.count(u'-'), 16);

        // The keyring loses the key: nothing that needs it works.
        forgetKey(storeId);
        const QString file = m_out.filePath(u"keys.mcbackup"_s);
        const Run locked = cli(dir.path(), {u"backup"_s, u"create"_s, file});
        QCOMPARE(locked.exitCode, 3);
        QVERIFY2(locked.err.contains(u"keys restore"_s), qPrintable(locked.err));
        QVERIFY(!QFile::exists(file));

        // A mistyped code is refused; the right one puts the keys back.
        // (the last group's digits are the checksum: changing one is always caught)
        QString typo = recovery;
        typo.back() = typo.back() == u'0' ? u'1' : u'0';
        QCOMPARE(cli(dir.path(), {u"keys"_s, u"restore"_s}, typo.toLatin1() + "\n").exitCode, 2);
        const Run restored = cli(dir.path(), {u"keys"_s, u"restore"_s}, recovery.toLatin1() + "\n");
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(!restored.out.contains(recovery));
        const Run again = cli(dir.path(), {u"keys"_s, u"recovery-code"_s});
        QCOMPARE(again.out.trimmed(), recovery);
        QCOMPARE(cli(dir.path(), {u"backup"_s, u"create"_s, file}).exitCode, 0);
        QCOMPARE(queued(dir.path()), 1);
    }

    void keysForAStoreNotYetHereNeedItsId()
    {
        QTemporaryDir empty;
        const Run refused = cli(empty.path(), {u"keys"_s, u"restore"_s}, "0000\n");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--store-id"_s), qPrintable(refused.err));
    }
};

QTEST_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
