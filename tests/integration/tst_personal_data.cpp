// Issue 7: after a whole flow (intake with a scan, a look-up of the citizen, sync to the provincial
// simulator, queue listing, receipt data), neither the citizen's ID number nor their name appears
// in clear in any file the desk wrote (store, its WAL, scans, settings) or in the logs, with every
// motcua log category switched on. The data is still there for the clerk: `dossier show` reads it.
#include "SimProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Invented, but a valid ID number (Đà Nẵng, female born 1985) and a name with diacritics.
const QString kCccd = u"048185000321"_s;
const QString kName = u"Võ Thị Lan Hương"_s;
const QString kPhone = u"0905123456"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MOTCUA_PASSWORD"_s, u"motcua-demo"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"motcua.*=true"_s); // every category, debug included
    p.setProcessEnvironment(env);
    p.start(SimProcess::binary(u"motcua-cli"_s),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("motcua-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// The ways a name or number can sit in a file: UTF-8 (NFC and NFD), UTF-16 and plain ASCII
// digits; for the name also without diacritics (as a search index would fold it).
QList<QByteArray> needles()
{
    QList<QByteArray> n{kCccd.toUtf8(), kName.toUtf8(),
                        kName.normalized(QString::NormalizationForm_D).toUtf8(),
                        QByteArray(reinterpret_cast<const char *>(kName.utf16()),
                                   kName.size() * 2),
                        QByteArray(reinterpret_cast<const char *>(kCccd.utf16()),
                                   kCccd.size() * 2),
                        "Vo Thi Lan Huong", "vo thi lan huong", kPhone.toUtf8()};
    return n;
}

QString findIn(const QByteArray &haystack)
{
    for (const QByteArray &needle : needles()) {
        if (haystack.contains(needle))
            return QString::fromUtf8(needle);
    }
    return {};
}

} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void nothingPersonalInClearAfterAWholeFlow()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        const QString data = dir.filePath(u"desk"_s);
        QList<Run> runs;

        // A scan whose text names the citizen, as a scanned ID card would.
        const QString scan = dir.filePath(u"cccd-scan.pdf"_s);
        {
            QFile f(scan);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n% " + kName.toUtf8() + " " + kCccd.toUtf8() + " " +
                    QByteArray(2000, 'x') + "\ntrailer\n%%EOF\n");
        }
        // A settings change first (the admin loads the unit list): audited too.
        runs.append(cli(data, {u"units"_s, u"import"_s,
                               qEnvironmentVariable("MOTCUA_SOURCE_DIR")
                                   + u"/resources/units/sample-units.csv"_s}));
        QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
        runs.append(cli(data, {u"dossier"_s, u"add"_s, u"--procedure"_s, u"1.001193"_s,
                               u"--name"_s, kName, u"--cccd"_s, kCccd, u"--phone"_s, kPhone,
                               u"--paper"_s, u"TK=scan:"_s + scan, u"--paper"_s, u"GCS=copy"_s}));
        QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
        const QString code = QString::fromUtf8(runs.last().out).section(u'\t', 0, 0).trimmed();
        runs.append(cli(data, {u"queue"_s, u"list"_s}));
        QCOMPARE(runs.last().exitCode, 0);
        runs.append(cli(data, {u"sync"_s, u"--server"_s, sim.url().toString(), u"--user"_s,
                               u"canbo01"_s}));
        QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 1);

        runs.append(cli(data, {u"dossier"_s, u"show"_s, u"--code"_s, code}));
        QCOMPARE(runs.last().exitCode, 0);
        // Sealed, not lost: the provincial system received the applicant as typed.
        {
            auto sdb = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sim"_s);
            sdb.setDatabaseName(sim.dataDir() + u"/provincial-sim.db"_s);
            QVERIFY(sdb.open());
            QSqlQuery q(sdb);
            QVERIFY(q.exec(u"SELECT json_extract(record, '$.ChuHoSo'), "
                           "json_extract(record, '$.SoGiayToChuHoSo') FROM dossiers"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), kName);
            QCOMPARE(q.value(1).toString(), kCccd);
        }
        QSqlDatabase::removeDatabase(u"sim"_s);

        // The audit log recorded the submission and the push, verifies, and names nobody.
        const Run verify = cli(data, {u"audit"_s, u"verify"_s});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        const Run audit = cli(data, {u"audit"_s, u"list"_s});
        QCOMPARE(audit.exitCode, 0);
        const QString auditText = QString::fromUtf8(audit.out);
        QVERIFY2(auditText.contains(u"submission\t"_s + code), audit.out.constData());
        QVERIFY2(auditText.contains(u"sync_push"_s), audit.out.constData());
        QVERIFY2(auditText.contains(u"settings_change\tunits"_s), audit.out.constData());
        QVERIFY2(findIn(audit.out).isEmpty(), audit.out.constData());
        runs.append(verify);
        runs.append(audit);

        // Logs: everything the runs printed on stderr, debug categories included (stdout of
        // `dossier show` is the clerk's own screen, not a log).
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const QString found = findIn(runs.at(i).err);
            QVERIFY2(found.isEmpty(), qPrintable(u"log of run %1 holds %2"_s.arg(i).arg(found)));
        }
        // Every file under the data folder, the store's WAL and the scans included.
        int files = 0, scans = 0;
        bool store = false;
        QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString found = findIn(f.readAll());
            QVERIFY2(found.isEmpty(), qPrintable(u"%1 holds %2"_s.arg(path, found)));
            ++files;
            scans += path.contains(u"/attachments/"_s) ? 1 : 0;
            store |= path.endsWith(u"/motcua.db"_s);
        }
        // The search saw what matters: the store and the scan.
        QVERIFY2(store && scans == 1, qPrintable(u"%1 files, %2 scans"_s.arg(files).arg(scans)));
    }

    void theSearchWouldSeeClearText()
    {
        // The check above is only worth something if it finds what it looks for.
        QVERIFY(!findIn("xx" + kCccd.toUtf8() + "yy").isEmpty());
        QVERIFY(!findIn(kName.normalized(QString::NormalizationForm_D).toUtf8()).isEmpty());
        QVERIFY(findIn("nothing here").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personal_data.moc"
