#include "SimProcess.h"
#include "StoreKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString &dataDir, const QStringList &args, const QByteArray &password = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        env.insert(u"MOTCUA_PASSWORD"_s, QString::fromUtf8(password));
    p.setProcessEnvironment(env);
    p.start(SimProcess::binary(u"motcua-cli"_s),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("motcua-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void catalogSearchPrintsCodeTabName()
    {
        QTemporaryDir dir;
        const Run r = cli(dir.path(), {u"catalog"_s, u"search"_s, u"dang ky khai sinh"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList out = lines(r.out);
        QVERIFY(out.size() >= 2);
        QCOMPARE(out.first(), u"1.001193\tThủ tục đăng ký khai sinh"_s);
        for (const QString &line : out)
            QCOMPARE(line.count(u'\t'), 1);
    }

    void addQueueSyncListEndToEnd()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        QStringList codes;
        for (int i = 0; i < 3; ++i) {
            const Run add = cli(dir.path(), {u"dossier"_s, u"add"_s, u"--procedure"_s, u"1.001193"_s,
                                             u"--name"_s, u"Võ Thị Lan"_s, u"--cccd"_s,
                                             u"048185000321"_s, u"--phone"_s, u"0905123456"_s,
                                             u"--paper"_s, u"TK=original"_s, u"--paper"_s,
                                             u"GCS=copy"_s});
            QCOMPARE(add.exitCode, 0);
            codes.append(add.out.trimmed().section(u'\t', 0, 0));
            QVERIFY(codes.last().startsWith(u"XA0001-"_s));
        }
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), 3);

        Run list = cli(dir.path(), {u"queue"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(lines(list.out).size(), 3);
        QVERIFY(list.out.contains(codes.first() + u"\tqueued"_s));

        const Run sync = cli(dir.path(), {u"sync"_s, u"--server"_s, sim.url().toString(),
                                          u"--user"_s, u"canbo01"_s}, "motcua-demo");
        QCOMPARE(sync.exitCode, 0);
        QVERIFY2(sync.out.contains(u"Sent: 3"_s), qPrintable(sync.out));
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 3);

        list = cli(dir.path(), {u"queue"_s, u"list"_s});
        for (const QString &line : lines(list.out))
            QVERIFY2(line.split(u'\t').value(1) == u"sent", qPrintable(line));

        // Twice: nothing new on the server.
        QCOMPARE(cli(dir.path(), {u"sync"_s, u"--server"_s, sim.url().toString()}, "motcua-demo").exitCode, 0);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 3);
    }

    void waitingAndRefusedDossiersAreSpelledOut()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        QStringList codes;
        for (int i = 0; i < 2; ++i) {
            const Run add = cli(dir.path(), {u"dossier"_s, u"add"_s, u"--procedure"_s, u"1.001193"_s,
                                             u"--name"_s, u"Võ Thị Lan"_s, u"--cccd"_s,
                                             u"048185000321"_s, u"--phone"_s, u"0905123456"_s,
                                             u"--paper"_s, u"TK=original"_s, u"--paper"_s,
                                             u"GCS=copy"_s});
            QCOMPARE(add.exitCode, 0);
            codes.append(add.out.trimmed().section(u'\t', 0, 0));
        }
        const QStringList server{u"sync"_s, u"--server"_s, sim.url().toString()};
        QCOMPARE(cli(dir.path(), server, "motcua-demo").exitCode, 0);
        {
            // The first dossier comes back with other content under its key (needs action); the
            // second failed a while ago and waits for its next attempt.
            // The payload is sealed under the store's key, which the CLI put in the keychain.
            auto store = motcua::Database::open(QDir(dir.path()).filePath(u"motcua.db"_s));
            QVERIFY(store);
            const auto vault = keychainVault(**store);
            QVERIFY(vault);
            QVERIFY(editPayload(**store, *vault, 1, [](QJsonObject &o) {
                o[u"SoDienThoai"_s] = u"0900000000"_s;
            }));
            store->reset();
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
            db.setDatabaseName(QDir(dir.path()).filePath(u"motcua.db"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE outbox SET state = 'queued' WHERE id = 1"_s));
            QVERIFY(q.exec(u"UPDATE outbox SET state = 'retry', attempts = 3, last_error = 'x', "
                           "next_attempt_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+20 minutes') "
                           "WHERE id = 2"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"edit"_s);
        const Run sync = cli(dir.path(), server, "motcua-demo");
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.out.contains(u"Needs action: "_s + codes.at(0) + u'\t'), qPrintable(sync.out));
        QVERIFY2(sync.out.contains(u"Next attempt: "_s), qPrintable(sync.out));
        const QStringList list = lines(cli(dir.path(), {u"queue"_s, u"list"_s}).out);
        const QStringList waiting = list.value(1).split(u'\t');
        QCOMPARE(waiting.size(), 6); // CODE STATE REASON NEXT CHANNEL STATUS
        QCOMPARE(waiting.value(1), u"failed-will-retry"_s);
        const QDateTime next = QDateTime::fromString(waiting.value(3), Qt::ISODate);
        QVERIFY2(next > QDateTime::currentDateTimeUtc().addSecs(15 * 60), qPrintable(waiting.value(3)));
        QCOMPARE(waiting.value(4), u"direct"_s);
        QCOMPARE(list.value(0).split(u'\t').value(1), u"failed-needs-action"_s);

        // --force does not wait for the next attempt.
        const Run forced = cli(dir.path(), server + QStringList{u"--force"_s}, "motcua-demo");
        QVERIFY2(forced.out.contains(u"already on the server: 1"_s), qPrintable(forced.out));
        QCOMPARE(lines(cli(dir.path(), {u"queue"_s, u"list"_s}).out).value(1).split(u'\t').value(1),
                 u"sent"_s);
    }

    void unreachableServerExitsNonZeroAndKeepsQueue()
    {
        QTemporaryDir dir;
        QCOMPARE(cli(dir.path(), {u"dossier"_s, u"add"_s, u"--procedure"_s, u"1.001193"_s,
                                  u"--name"_s, u"A"_s, u"--cccd"_s, u"048185000321"_s,
                                  u"--phone"_s, u"0905123456"_s, u"--paper"_s, u"TK=original"_s,
                                  u"--paper"_s, u"GCS=copy"_s}).exitCode, 0);
        const Run sync = cli(dir.path(), {u"sync"_s, u"--server"_s, u"http://127.0.0.1:9"_s},
                             "motcua-demo");
        QCOMPARE(sync.exitCode, 1);
        QVERIFY(sync.err.contains(u"Cannot reach"_s));
        const Run list = cli(dir.path(), {u"queue"_s, u"list"_s});
        const QStringList fields = lines(list.out).value(0).split(u'\t');
        QCOMPARE(fields.value(1), u"failed-will-retry"_s);
        QVERIFY(fields.value(2).contains(u"Cannot reach"_s));
    }

    void wrongIdNumberExitsTwoWithAReason()
    {
        QTemporaryDir dir;
        const Run add = cli(dir.path(), {u"dossier"_s, u"add"_s, u"--procedure"_s, u"1.001193"_s,
                                         u"--name"_s, u"A"_s, u"--cccd"_s, u"04818500032"_s,
                                         u"--phone"_s, u"0905123456"_s});
        QCOMPARE(add.exitCode, 2);
        QVERIFY(add.out.isEmpty());
        QVERIFY(add.err.contains(u"12"_s));
        QCOMPARE(lines(cli(dir.path(), {u"queue"_s, u"list"_s}).out).size(), 0);
    }

    void brokenCatalogueNamesFileAndLine()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"tinh.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"motcua.catalog\",\n  \"format_version\": 1\n  \"x\": 2\n}\n");
        f.close();
        const Run r = cli(dir.path(), {u"catalog"_s, u"import"_s, f.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"tinh.json"_s) && r.err.contains(u"line 4"_s), qPrintable(r.err));
        // The sample catalogue is still in use.
        QCOMPARE(cli(dir.path(), {u"catalog"_s, u"search"_s, u"1.001193"_s}).exitCode, 0);
    }

    void unreferencedScansAreRemovedAtStart()
    {
        QTemporaryDir dir;
        QCOMPARE(cli(dir.path(), {u"queue"_s, u"list"_s}).exitCode, 0); // creates the desk
        // Left by a crash after a scan was written but before its dossier committed.
        const QString orphan = dir.filePath(u"attachments/ab/"_s + QString(64, u'a'));
        QVERIFY(QDir().mkpath(QFileInfo(orphan).absolutePath()));
        QFile f(orphan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 orphan");
        f.close();
        QCOMPARE(cli(dir.path(), {u"queue"_s, u"list"_s}).exitCode, 0);
        QVERIFY(!QFile::exists(orphan));
    }

    void damagedStoreExitsThreeAndIsKept()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"motcua.db"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        const Run r = cli(dir.path(), {u"queue"_s, u"list"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"set aside"_s));
        QCOMPARE(QDir(dir.path()).entryList({u"motcua.db.damaged-*"_s}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
