// Encrypted backups: a round trip gives the store and its scans back, the file holds nothing in
// clear, and a cut, changed or foreign backup is refused with the desk left exactly as it was.
#include "SyncFixture.h"
#include "TempStore.h"
#include "TestVault.h"

#include "security/Backup.h"
#include "security/BackupRestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Every file under dir (relative name → SHA-256 of its content): what "untouched" compares.
QMap<QString, QByteArray> snapshotOf(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path),
                     QCryptographicHash::hash(contentOf(path), QCryptographicHash::Sha256));
    }
    return files;
}

int dossiers(Database &db)
{
    return scalar(db, u"SELECT count(*) FROM dossier"_s).toInt();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_out;

private slots:
    void roundTripGivesTheStoreAndScansBack()
    {
        TempStore store;
        const QString scans = store.dir() + u"/attachments"_s;
        const QStringList hashes = SyncFixture::queueDossiers(store.db(), scans, 3, 1, 20 * 1024);
        QCOMPARE(hashes.size(), 3);
        const auto scansBefore = snapshotOf(scans);
        const DeskKeys keys = testKeys();
        const QString file = m_out.filePath(u"round.mcbackup"_s);

        auto written = Backup::create(store.db(), scans, keys.dataKey, file);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written->scans, 3);
        const QByteArray backup = contentOf(file);
        QCOMPARE(written->bytes, backup.size());
        QVERIFY(backup.startsWith("MOTCUA-BACKUP"));
        QVERIFY(backup.contains(store.db().storeId().toLatin1())); // the plain header
        // Nothing of the store or its dossiers in clear.
        QVERIFY(!backup.contains("SQLite format 3"));
        QVERIFY(!backup.contains("001190000000"));
        QVERIFY(!backup.contains(u"Phạm Thị Hoa"_s.toUtf8()));
        QVERIFY(QDir(store.dir()).entryList({u".backup-*"_s}, QDir::Files | QDir::Hidden).isEmpty());

        // The desk goes on: more dossiers, a scan lost.
        SyncFixture::queueDossiers(store.db(), scans, 2, 0, 0, 10);
        QCOMPARE(dossiers(store.db()), 5);
        QVERIFY(QFile::remove(QDir(scans).filePath(scansBefore.firstKey())));
        const QString storePath = store.db().path();
        store.close();

        const QDateTime at(QDate(2026, 11, 23), QTime(20, 15, 0));
        auto restored = BackupRestore::restore(file, keys.dataKey, storePath, scans, at);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->scans, 3);
        QCOMPARE(restored->storeAside, storePath + u".before-restore-20261123-201500"_s);
        QCOMPARE(restored->scansAside, scans + u".before-restore-20261123-201500"_s);
        QCOMPARE(dossiers(store.reopen()), 3);
        QCOMPARE(snapshotOf(scans), scansBefore);
        // What was in use is kept aside, never deleted.
        QVERIFY(QFileInfo::exists(restored->storeAside));
        QCOMPARE(snapshotOf(restored->scansAside).size(), 2);
        QVERIFY(QDir(store.dir()).entryList({u".restore-*"_s}, QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    void aBadBackupChangesNothing_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("code");
        QTest::newRow("cut in half") << u"half"_s << u"backup.damaged"_s;
        QTest::newRow("last message cut") << u"tail"_s << u"backup.damaged"_s;
        QTest::newRow("byte flipped in the middle") << u"flip-middle"_s << u"backup.damaged"_s;
        QTest::newRow("byte flipped in the header") << u"flip-header"_s << u"backup.damaged"_s;
        QTest::newRow("bytes appended") << u"append"_s << u"backup.damaged"_s;
        QTest::newRow("another store's backup") << u"foreign"_s << u"backup.damaged"_s;
        QTest::newRow("not a backup") << u"garbage"_s << u"backup.not_backup"_s;
    }

    void aBadBackupChangesNothing()
    {
        QFETCH(QString, damage);
        QFETCH(QString, code);
        TempStore store;
        const QString scans = store.dir() + u"/attachments"_s;
        SyncFixture::queueDossiers(store.db(), scans, 2, 1, 150 * 1024);
        const DeskKeys keys = testKeys();
        const QString file = m_out.filePath(damage + u".mcbackup"_s);
        if (damage == u"foreign") {
            // Another desk's store and keys: this desk's key does not open it.
            TempStore other;
            SyncFixture::queueDossiers(other.db(), other.dir() + u"/attachments"_s, 1, 1, 1024);
            QVERIFY(Backup::create(other.db(), other.dir() + u"/attachments"_s,
                                   testKeys().dataKey, file));
        } else {
            QVERIFY(Backup::create(store.db(), scans, keys.dataKey, file));
        }
        QByteArray bytes = contentOf(file);
        if (damage == u"half")
            bytes.truncate(bytes.size() / 2);
        else if (damage == u"tail")
            bytes.chop(10);
        else if (damage == u"flip-middle")
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        else if (damage == u"flip-header")
            bytes[bytes.indexOf("store_id") + 12] ^= 0x01; // a digit of the store id
        else if (damage == u"append")
            bytes.append("more");
        else if (damage == u"garbage")
            bytes = "%PDF-1.4 not a backup at all";
        writeFile(file, bytes);

        const QString storePath = store.db().path();
        store.close();
        const auto before = snapshotOf(store.dir());
        auto restored = BackupRestore::restore(file, keys.dataKey, storePath, scans);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, code);
        QVERIFY(!restored.error().message.isEmpty());
        QCOMPARE(snapshotOf(store.dir()), before); // nothing added, moved or changed
        QCOMPARE(dossiers(store.reopen()), 2);
    }

    void aSyncRunningOnTheStoreIsWaitedFor()
    {
        TempStore store;
        const QString scans = store.dir() + u"/attachments"_s;
        const DeskKeys keys = testKeys();
        const QString file = m_out.filePath(u"busy.mcbackup"_s);
        QVERIFY(Backup::create(store.db(), scans, keys.dataKey, file));
        QLockFile sync(store.db().path() + u".sync-lock"_s);
        QVERIFY(sync.tryLock(0));
        const QString storePath = store.db().path();
        store.close();
        const auto before = snapshotOf(store.dir());
        auto restored = BackupRestore::restore(file, keys.dataKey, storePath, scans);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, u"backup.busy"_s);
        QCOMPARE(snapshotOf(store.dir()), before);
    }

    void theTargetIsNotWrittenWhenItCannotBe()
    {
        TempStore store;
        auto written = Backup::create(store.db(), store.dir() + u"/attachments"_s,
                                      testKeys().dataKey, u"/proc/motcua-no-such/b.mcbackup"_s);
        QVERIFY(!written);
        QCOMPARE(written.error().code, u"backup.write"_s);
        QVERIFY(QDir(store.dir()).entryList({u".backup-*"_s}, QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
