#include "SimProcess.h"
#include "TempStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// motcua-cli report, run as the real binary on a desk folder seeded through SQL.
namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString &dataDir, const QStringList &args, const QString &stdoutFile = {})
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(SimProcess::binary(u"motcua-cli"_s),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s, u"report"_s} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        qFatal("motcua-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray unzip(const QString &archive, const QString &member)
{
    QProcess p;
    p.start(u"unzip"_s, {u"-p"_s, archive, member});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("unzip failed (Debian: unzip) on %s", qPrintable(member));
    return p.readAllStandardOutput();
}

// The value of the worksheet cell `ref` (as "A1"): the text of its own <v>, "none" when it has
// none (a styled empty cell, possibly written <c …/>), "missing" when the sheet has no such cell.
QByteArray cellValue(const QByteArray &sheet, const char *ref)
{
    const QByteArray open = QByteArray("<c r=\"") + ref + '"';
    const qsizetype at = sheet.indexOf(open);
    if (at < 0)
        return "missing";
    const qsizetype tagEnd = sheet.indexOf('>', at);
    if (tagEnd < 0 || sheet.at(tagEnd - 1) == '/')
        return "none";
    const qsizetype close = sheet.indexOf("</c>", tagEnd);
    const QByteArray cell = sheet.mid(tagEnd + 1, close < 0 ? -1 : close - tagEnd - 1);
    const qsizetype v = cell.indexOf("<v>");
    if (v < 0)
        return "none";
    const qsizetype end = cell.indexOf("</v>", v);
    return end < 0 ? QByteArray("none") : cell.mid(v + 3, end - v - 3);
}

const QStringList kMarch{u"--from"_s, u"2025-03-01"_s, u"--to"_s, u"2025-03-31"_s};

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

    TempStore m_store; // the desk's unit is the default XA0001

private slots:
    void initTestCase()
    {
        auto ok = m_store.db().execScript(uR"(
            INSERT INTO admin_unit(code, name, level, parent_code) VALUES
                ('01', 'Tỉnh Mẫu', 1, NULL), ('XA0001', 'Xã Mẫu', 3, '01');
            INSERT INTO report_key(id, kind, code, name) VALUES
                (1, 1, '01', 'Tỉnh Mẫu'), (2, 1, 'XA0001', 'Xã Mẫu'),
                (3, 1, 'H,1', 'Huyện "Một"'), (10, 2, 'F01', 'Đất đai'), (20, 3, 'P1', 'TT 1');
            INSERT INTO activation(remote_id, cccd, method, clerk, started_at, state, finished_at)
            VALUES ('a1', '0', 'vneid', 'c', '2025-03-10T08:00:00+07:00', 'activated',
                    '2025-03-10T09:00:00+07:00');
        )"_s);
        QVERIFY(ok);
        // code, unit key, level, channel, emc, assisted, received (ISO), finished
        const QList<QStringList> rows{
            {u"C1"_s, u"1"_s, u"1"_s, u"1"_s, u"0"_s, u"0"_s, u"2025-02-20"_s, {}}, // carried
            {u"C2"_s, u"2"_s, u"3"_s, u"2"_s, u"1"_s, u"1"_s, u"2025-03-05"_s, {}}, // own, assisted
            {u"C3"_s, u"2"_s, u"3"_s, u"1"_s, u"0"_s, u"0"_s, u"2025-03-06"_s, {}}, // counter
            {u"C4"_s, u"3"_s, u"2"_s, u"2"_s, u"0"_s, u"0"_s, u"2025-03-07"_s, {}}, // online
            {u"C5"_s, u"3"_s, u"2"_s, u"3"_s, u"0"_s, u"0"_s, u"2025-03-08"_s, {}}, // post
            {u"C6"_s, u"2"_s, u"3"_s, u"2"_s, u"1"_s, u"0"_s, u"2025-03-09"_s, {}}, // own
            // finished before March: nowhere.
            {u"C7"_s, u"2"_s, u"3"_s, u"2"_s, u"1"_s, u"0"_s, u"2025-02-01"_s, u"2025-02-27"_s}};
        for (const QStringList &r : rows) {
            QSqlQuery q(m_store.db().sql());
            q.prepare(u"INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, "
                      "procedure_key, channel, emc, assisted, received_day, finished_day) "
                      "VALUES (?, 2, ?, ?, 10, 20, ?, ?, ?, ?, ?)"_s);
            for (int i = 0; i < 6; ++i)
                q.addBindValue(i == 0 ? QVariant(r.at(0)) : QVariant(r.at(i).toInt()));
            q.addBindValue(QDate::fromString(r.at(6), Qt::ISODate).toJulianDay());
            q.addBindValue(r.at(7).isEmpty()
                               ? QVariant(QMetaType(QMetaType::LongLong))
                               : QVariant(QDate::fromString(r.at(7), Qt::ISODate).toJulianDay()));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        m_store.close();
    }

    void byLevel()
    {
        const Run r = cli(m_store.dir(), kMarch + QStringList{u"--by"_s, u"level"_s});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("group,carried_over,online,direct_postal,total,"
                                   "online_rate_percent,emc_rate_percent\n"
                                   "province,1,0,0,1,0.00,0.00\n"   // C1
                                   "district,0,1,1,2,50.00,0.00\n"  // C4, C5
                                   "commune,0,2,1,3,66.67,66.67\n"  // C2, C6 own; C3
                                   "all,1,3,2,6,50.00,33.33\n"));
        // --by level is the default.
        QCOMPARE(cli(m_store.dir(), kMarch).out, r.out);
    }

    void byUnit()
    {
        const QString file = QDir(m_store.dir()).filePath(u"unit.csv"_s);
        const Run r = cli(m_store.dir(), kMarch + QStringList{u"--by"_s, u"unit"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("group,carried_over,online,direct_postal,total,"
                                   "online_rate_percent,emc_rate_percent\n"
                                   "01,1,0,0,1,0.00,0.00\n"
                                   "\"H,1\",0,1,1,2,50.00,0.00\n"
                                   "XA0001,0,2,1,3,66.67,66.67\n"
                                   "all,1,3,2,6,50.00,33.33\n"));
        const Run saved = cli(m_store.dir(), kMarch + QStringList{u"--by"_s, u"unit"_s,
                                                                   u"--output"_s, file});
        QCOMPARE(saved.exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), r.out);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no dates") << QStringList{u"--by"_s, u"level"_s};
        QTest::newRow("no --to") << QStringList{u"--from"_s, u"2025-03-01"_s};
        QTest::newRow("30 February") << QStringList{u"--from"_s, u"2025-02-30"_s, u"--to"_s,
                                                    u"2025-03-31"_s};
        QTest::newRow("not ISO") << QStringList{u"--from"_s, u"01/03/2025"_s, u"--to"_s,
                                                u"2025-03-31"_s};
        QTest::newRow("from after to") << QStringList{u"--from"_s, u"2025-04-01"_s, u"--to"_s,
                                                      u"2025-03-31"_s};
        QTest::newRow("unknown --by") << kMarch + QStringList{u"--by"_s, u"clerk"_s};
        QTest::newRow("unknown --format") << kMarch + QStringList{u"--format"_s, u"pdf"_s};
        QTest::newRow("xlsx without --output") << kMarch + QStringList{u"--format"_s, u"xlsx"_s};
        QTest::newRow("folder missing")
            << kMarch + QStringList{u"--output"_s, u"/nonexistent-motcua/r.csv"_s};
        QTest::newRow("xlsx folder missing")
            << kMarch + QStringList{u"--format"_s, u"xlsx"_s, u"--output"_s,
                                    u"/nonexistent-motcua/r.xlsx"_s};
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        const Run r = cli(m_store.dir(), args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY(r.err.startsWith("motcua-cli: "));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void cellValueReadsItsOwnCell()
    {
        // A cell without a value must not take the next cell's.
        const QByteArray sheet = "<row r=\"1\"><c r=\"A1\" s=\"1\"/><c r=\"B1\" s=\"2\">"
                                 "</c><c r=\"C1\" s=\"1\" t=\"s\"><v>7</v></c>"
                                 "<c r=\"D1\"><f>C1</f><v>8</v></c></row>";
        QCOMPARE(cellValue(sheet, "A1"), QByteArray("none"));
        QCOMPARE(cellValue(sheet, "B1"), QByteArray("none"));
        QCOMPARE(cellValue(sheet, "C1"), QByteArray("7"));
        QCOMPARE(cellValue(sheet, "D1"), QByteArray("8"));
        QCOMPARE(cellValue(sheet, "E1"), QByteArray("missing"));
    }

    void stdoutFailure()
    {
        // stdout on a full disk: the CSV was not written, and the exit status says so.
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("no /dev/full on this system");
        const Run r = cli(m_store.dir(), kMarch, u"/dev/full"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("motcua-cli: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void xlsx()
    {
        const QString file = QDir(m_store.dir()).filePath(u"march.xlsx"_s);
        const Run r = cli(m_store.dir(), kMarch + QStringList{u"--format"_s, u"xlsx"_s,
                                                               u"--output"_s, file});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("march.xlsx"));
        QVERIFY(QFile::exists(file));
        const QByteArray strings = unzip(file, u"xl/sharedStrings.xml"_s);
        for (const char *s : {"Online dossiers from 01/03/2025 to 31/03/2025, by administrative "
                              "level", "Group", "Name", "Carried over", "Online",
                              "Direct and postal", "Total", "Online rate (%)",
                              "Online with own account (EMC)", "EMC rate (%)",
                              "Assisted at the counter", "Accounts activated", "province",
                              "Province", "commune", "Commune", "all", "All"})
            QVERIFY2(strings.contains(QByteArray(QByteArray(">") + s + "<")), s);
        const QByteArray sheet = unzip(file, u"xl/worksheets/sheet1.xml"_s);
        // The commune row (row 5): carried 0, online 2, direct 1, total 3, 66.67 %, EMC 2,
        // 66.67 %, assisted 1, 1 account; the total row (row 6).
        const auto value = [&](const char *ref) { return cellValue(sheet, ref); };
        const QList<QPair<const char *, QByteArray>> expected{
            {"C5", "0"}, {"D5", "2"}, {"E5", "1"}, {"F5", "3"}, {"G5", "66.67"}, {"H5", "2"},
            {"I5", "66.67"}, {"J5", "1"}, {"K5", "1"},
            {"C6", "1"}, {"D6", "3"}, {"E6", "2"}, {"F6", "6"}, {"G6", "50"}, {"H6", "2"},
            {"I6", "33.33"}, {"J6", "1"}, {"K6", "1"}};
        for (const auto &[ref, v] : expected)
            QCOMPARE(value(ref) + ' ' + ref, v + ' ' + ref);
        QVERIFY(sheet.contains("<pane ySplit=\"2\""));
        const QByteArray styles = unzip(file, u"xl/styles.xml"_s);
        QVERIFY(styles.contains("formatCode=\"0.00\""));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
