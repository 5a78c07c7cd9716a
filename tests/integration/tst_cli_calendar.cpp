#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// motcua-cli calendar due / holidays / lunar, run as the real binary. These commands need no
// store: HOME and XDG_* point into an empty folder, and nothing may be written there.
namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_files;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"share"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"TZ"_s, u"America/New_York"_s); // the desk's time is UTC+7 whatever this is
        p.setProcessEnvironment(env);
        p.start(QDir(qEnvironmentVariable("MOTCUA_BIN_DIR")).filePath(u"motcua-cli"_s),
                QStringList{u"--lang"_s, u"en"_s, u"calendar"_s} + args);
        if (!p.waitForStarted(60000))
            qFatal("motcua-cli could not be started");
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("motcua-cli did not finish");
        if (p.exitStatus() != QProcess::NormalExit)
            qFatal("motcua-cli crashed");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_files.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write a test file");
        return f.fileName();
    }

    static bool isRefusal(const Run &r)
    {
        const QByteArray err = r.err.endsWith('\n') ? r.err.chopped(1) : r.err;
        return r.exitCode == 2 && r.out.isEmpty() && !err.trimmed().isEmpty()
               && !err.contains('\n') && r.err.endsWith('\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_files.isValid());
        QVERIFY(QFileInfo::exists(QDir(qEnvironmentVariable("MOTCUA_BIN_DIR"))
                                      .filePath(u"motcua-cli"_s)));
    }

    void cleanupTestCase()
    {
        QCOMPARE(QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot
                                               | QDir::Hidden),
                 QStringList());
    }

    void due_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("across Tết 2026")
            << QStringList{u"--from"_s, u"2026-02-10T09:30"_s, u"--days"_s, u"6"_s}
            << QByteArray("2026-02-25T17:00\n");
        QTest::newRow("0 days") << QStringList{u"--from"_s, u"2026-03-02T09:00"_s, u"--days"_s, u"0"_s}
                                << QByteArray("2026-03-02T17:00\n");
        QTest::newRow("after hours")
            << QStringList{u"--from"_s, u"2026-03-02T17:30"_s, u"--days"_s, u"1"_s}
            << QByteArray("2026-03-04T17:00\n");
        QTest::newRow("afternoon convention")
            << QStringList{u"--from"_s, u"2026-03-02T14:00"_s, u"--days"_s, u"1"_s,
                           u"--afternoon-next-day"_s}
            << QByteArray("2026-03-04T17:00\n");
        QTest::newRow("across 30/4-1/5 2026")
            << QStringList{u"--days"_s, u"1"_s, u"--from"_s, u"2026-04-29T08:00"_s}
            << QByteArray("2026-05-04T17:00\n");
    }

    void due()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, out);
        const Run r = cli(QStringList{u"due"_s} + args);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, out);
    }

    void dueWithOverrides()
    {
        const QString file = writeFile(
            u"test-2026.json"_s,
            R"({"format": "motcua.calendar", "year": 2026,
                "days_off": ["2026-01-01", "2026-01-02"], "working_days": ["2026-01-03"]})");
        const Run r = cli({u"due"_s, u"--from"_s, u"2025-12-31T09:00"_s, u"--days"_s, u"1"_s,
                           u"--overrides"_s, file});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, QByteArray("2026-01-03T17:00\n"));
    }

    void holidays()
    {
        const Run r = cli({u"holidays"_s, u"2026"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 12);
        QVERIFY(lines.at(0).startsWith("2026-01-01\t"));
        QVERIFY(lines.at(1).startsWith("2026-02-16\tLunar New Year"));
        QVERIFY(lines.at(11).startsWith("2026-09-02\t"));
    }

    void lunar()
    {
        const Run r = cli({u"lunar"_s, u"2025-07-25"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("1/6 (leap month)/2025\n"));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        const QString bad = writeFile(u"bad-2026.json"_s,
                                      "{\"format\": \"motcua.calendar\",\n\"year\": 2026,\n"
                                      "\"days_off\": [\n\"2026-02-30\"]}");
        QTest::newRow("bad --from") << QStringList{u"due"_s, u"--from"_s, u"10/02/2026 09:30"_s,
                                                   u"--days"_s, u"1"_s} << u"--from"_s;
        QTest::newRow("impossible --from") << QStringList{u"due"_s, u"--from"_s,
                                                          u"2026-02-30T09:30"_s, u"--days"_s,
                                                          u"1"_s} << u"--from"_s;
        QTest::newRow("negative --days") << QStringList{u"due"_s, u"--from"_s,
                                                        u"2026-02-10T09:30"_s, u"--days"_s,
                                                        u"-1"_s} << u"--days"_s;
        QTest::newRow("--days not a number")
            << QStringList{u"due"_s, u"--from"_s, u"2026-02-10T09:30"_s, u"--days"_s, u"five"_s}
            << u"--days"_s;
        QTest::newRow("no --days") << QStringList{u"due"_s, u"--from"_s, u"2026-02-10T09:30"_s}
                                   << u"Usage"_s;
        QTest::newRow("bad overrides") << QStringList{u"due"_s, u"--from"_s, u"2026-02-10T09:30"_s,
                                                      u"--days"_s, u"1"_s, u"--overrides"_s, bad}
                                       << u"bad-2026.json"_s;
        QTest::newRow("missing overrides")
            << QStringList{u"holidays"_s, u"2026"_s, u"--overrides"_s, bad + u".missing"_s}
            << u"cannot be read"_s;
        QTest::newRow("year out of range") << QStringList{u"holidays"_s, u"2300"_s} << u"YEAR"_s;
        QTest::newRow("unknown action") << QStringList{u"next"_s} << u"Usage"_s;
        QTest::newRow("unknown option") << QStringList{u"due"_s, u"--to"_s, u"x"_s} << u"to"_s;
    }

    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Run r = cli(args);
        QVERIFY2(isRefusal(r), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
