#include "TempStore.h"

#include "intake/IntakeService.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Quarantine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using motcua::Database;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes a plain SQLite file with raw sqlite3 calls, as another program would.
void writeRawSqlite(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

motcua::DossierDraft validDraft()
{
    motcua::DossierDraft d;
    d.procedureCode = u"1.001193"_s;
    d.applicantName = u"Trần Thị Bình"_s;
    d.applicantCccd = u"001195012345"_s;
    d.applicantPhone = u"0912345678"_s;
    return d;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void migrationsAreNumberedResources()
    {
        const auto &all = motcua::Migrations::all();
        QVERIFY(!all.isEmpty());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).version, i + 1); // 001, 002, … without gaps
        QCOMPARE(Database::latestSchemaVersion(), all.constLast().version);
    }

    void newStoreIsMigratedAndConfigured()
    {
        TempStore store;
        Database &db = store.db();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(scalar(db, u"PRAGMA application_id"_s).toInt(), Database::kApplicationId);
        for (const QString &table : {u"dossier"_s, u"outbox"_s, u"procedure"_s})
            QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table))
                         .toInt(), 1);
    }

    void reopeningKeepsData()
    {
        TempStore store;
        auto queued = motcua::IntakeService(store.db()).queue(withRequiredPapers(store.db(), validDraft()), {},
                                                              QDateTime::currentDateTime());
        QVERIFY(queued.has_value());
        Database &again = store.reopen();
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(again, u"SELECT code FROM dossier"_s).toString(), queued->queued.code);
    }

    void foreignKeysAreEnforced()
    {
        TempStore store;
        QSqlQuery q(store.db().sql());
        QVERIFY(!q.exec(u"INSERT INTO outbox(dossier_id, idempotency_key, payload, created_at) "
                        "VALUES (999, 'k', '{}', 'now')"_s));
    }

    void newerStoreIsRefusedUntouched()
    {
        TempStore store;
        QVERIFY(store.db().execScript(u"PRAGMA user_version = %1"_s
                                          .arg(Database::latestSchemaVersion() + 1)).has_value());
        store.close();
        const QByteArray before = fileHash(store.path());
        auto opened = Database::open(store.path());
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().code, u"store.newer"_s);
        QVERIFY(opened.error().message.contains(u"newer version"_s));
        QCOMPARE(fileHash(store.path()), before);
        QVERIFY(motcua::Quarantine::find(store.path()).isEmpty());
    }

    void foreignSqliteFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"motcua.db"_s);
        writeRawSqlite(path, "CREATE TABLE photos(id INTEGER); PRAGMA user_version = 7;");
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().code, u"store.foreign"_s);
        QCOMPARE(fileHash(path), before);
    }

    void corruptedStoreIsQuarantinedNotDeleted_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage file") << u"garbage"_s;
        QTest::newRow("damaged pages") << u"pages"_s;
    }

    void corruptedStoreIsQuarantinedNotDeleted()
    {
        QFETCH(QString, damage);
        TempStore store;
        for (int i = 0; i < 30; ++i) {
            auto d = validDraft();
            QVERIFY(motcua::IntakeService(store.db()).queue(withRequiredPapers(store.db(), d), {},
                                                            QDateTime::currentDateTime()));
        }
        store.close();
        QFile f(store.path());
        if (damage == u"garbage") {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(8192, 'x'));
        } else {
            // Keep the header, overwrite every page after the first two with noise.
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 4 * 4096);
            for (qint64 at = 2 * 4096; at < size; at += 4096) {
                f.seek(at);
                f.write(QByteArray(512, '\x5a'));
            }
        }
        f.close();
        const QByteArray damaged = fileHash(store.path());

        auto opened = Database::open(store.path());
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().code, u"store.quarantined"_s);
        const QStringList aside = motcua::Quarantine::find(store.path());
        QCOMPARE(aside.size(), 1);
        QVERIFY(opened.error().message.contains(aside.first()));
        QCOMPARE(fileHash(aside.first()), damaged); // kept byte for byte
        QVERIFY(!QFile::exists(store.path()));

        // The next open starts a new store; the damaged copy is still there.
        auto fresh = Database::open(store.path());
        QVERIFY(fresh.has_value());
        QCOMPARE(motcua::Quarantine::find(store.path()).size(), 1);
    }

    void unwritableFolderIsAClearError()
    {
        auto opened = Database::open(u"/proc/motcua-cannot-be-here/motcua.db"_s);
        QVERIFY(!opened.has_value());
        QVERIFY(!opened.error().message.isEmpty());
    }

    void failedSaveLeavesNothingHalfWritten()
    {
        TempStore store;
        // A fault in the second statement of the save: the outbox insert.
        QVERIFY(store.db().execScript(u"CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox "
                                      "BEGIN SELECT RAISE(ABORT, 'injected fault'); END;"_s));
        auto queued = motcua::IntakeService(store.db()).queue(withRequiredPapers(store.db(), validDraft()), {},
                                                              QDateTime::currentDateTime());
        QVERIFY(!queued.has_value());
        QVERIFY(!queued.error().message.isEmpty());
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM dossier"_s).toInt(), 0);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM outbox"_s).toInt(), 0);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM dossier_sequence"_s).toInt(), 0);
        // Once the fault is gone the same save works and gets the first number.
        QVERIFY(store.db().execScript(u"DROP TRIGGER fail_outbox"_s));
        queued = motcua::IntakeService(store.db()).queue(withRequiredPapers(store.db(), validDraft()), {},
                                                         QDateTime::currentDateTime());
        QVERIFY(queued.has_value());
        QVERIFY(queued->queued.code.endsWith(u"-0001"_s));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
