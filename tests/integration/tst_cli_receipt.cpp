#include "SimProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// motcua-cli dossier receipt, calendar install / installed and fees install, run as the real
// binary on a desk folder of their own.
namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    p.start(SimProcess::binary(u"motcua-cli"_s),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        qFatal("motcua-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Queues the birth registration of the README; returns CODE, DUE and FEE.
QStringList addDossier(const QString &dataDir)
{
    const Run add = cli(dataDir, {u"dossier"_s, u"add"_s, u"--procedure"_s, u"1.001193"_s,
                                  u"--name"_s, u"Võ Thị Lan"_s, u"--cccd"_s, u"048185000321"_s,
                                  u"--phone"_s, u"0905123456"_s, u"--paper"_s, u"TK=original"_s,
                                  u"--paper"_s, u"GCS=copy"_s});
    if (add.exitCode != 0)
        qFatal("dossier add failed: %s", qPrintable(add.err));
    return add.out.trimmed().split(u'\t');
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed (Debian: poppler-utils)");
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write a test file");
    return f.fileName();
}

// An official list of 2026 that moves a day: Tuesday 3 March off, Saturday 7 March worked.
const QByteArray kCalendar2026 = R"({
  "format": "motcua.calendar",
  "year": 2026,
  "days_off": ["2026-01-01", {"date": "2026-03-03", "name": "Nghỉ thử nghiệm"}],
  "working_days": ["2026-03-07"],
  "note": "test list"
}
)";

} // namespace

class TestCliReceipt : public QObject
{
    Q_OBJECT

private slots:
    void reprintWritesTheReceipt()
    {
        QTemporaryDir dir;
        const QString code = addDossier(dir.path()).value(0);
        QVERIFY(code.startsWith(u"XA0001-"_s));

        const QString pdf = dir.filePath(u"out/receipt.pdf"_s);
        QVERIFY(QDir().mkpath(QFileInfo(pdf).absolutePath()));
        const Run r = cli(dir.path(), {u"dossier"_s, u"receipt"_s, u"--code"_s, code.toLower(),
                                       u"--output"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(pdf));
        QVERIFY(contents(pdf).startsWith("%PDF-"));

        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY(text.contains(u"Võ Thị Lan"_s));
        QVERIFY(text.contains(u"Tờ khai đăng ký khai sinh"_s));
        QVERIFY(text.contains(u"Giấy chứng sinh"_s));
        QVERIFY(text.contains(u"Giấy tiếp nhận"_s));
        QVERIFY(text.contains(u"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"_s));
        QVERIFY(text.contains(u"Bản in lại lúc"_s)); // marked as a reprint
    }

    void unknownCodeExitsTwo()
    {
        QTemporaryDir dir;
        addDossier(dir.path());
        const QString pdf = dir.filePath(u"x.pdf"_s);
        const Run r = cli(dir.path(), {u"dossier"_s, u"receipt"_s, u"--code"_s,
                                       u"XA0001-990101-01-9999"_s, u"--output"_s, pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"There is no dossier XA0001-990101-01-9999"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void outputInAMissingFolderExitsTwo()
    {
        QTemporaryDir dir;
        const QString code = addDossier(dir.path()).value(0);
        const QString pdf = dir.filePath(u"no/such/folder/x.pdf"_s);
        const Run r = cli(dir.path(), {u"dossier"_s, u"receipt"_s, u"--code"_s, code,
                                       u"--output"_s, pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void receiptNeedsCodeAndOutput()
    {
        QTemporaryDir dir;
        const Run r = cli(dir.path(), {u"dossier"_s, u"receipt"_s, u"--code"_s, u"X"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--output"_s));
    }

    void calendarInstallIsUsedForDueDates()
    {
        QTemporaryDir dir;
        const auto due = [&](const QString &from) {
            const Run r = cli(dir.path(), {u"calendar"_s, u"due"_s, u"--from"_s, from,
                                           u"--days"_s, u"1"_s});
            return r.exitCode == 0 ? r.out.trimmed() : r.err;
        };
        // Defaults: Monday 2 March + 1 working day = Tuesday 3; Friday 6 + 1 = Monday 9.
        QCOMPARE(due(u"2026-03-02T09:00"_s), u"2026-03-03T17:00"_s);
        QCOMPARE(due(u"2026-03-06T09:00"_s), u"2026-03-09T17:00"_s);
        QCOMPARE(cli(dir.path(), {u"calendar"_s, u"installed"_s}).out, QString());

        const QString file = writeFile(dir.filePath(u"quyet-dinh-2026.json"_s), kCalendar2026);
        const Run install = cli(dir.path(), {u"calendar"_s, u"install"_s, file});
        QVERIFY2(install.exitCode == 0, qPrintable(install.err));
        QVERIFY(install.out.contains(u"2026"_s));
        QCOMPARE(contents(dir.filePath(u"calendar/2026.json"_s)), kCalendar2026);
        QCOMPARE(QDir(dir.filePath(u"calendar"_s)).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"2026.json"_s}); // no temporary file left behind

        // Tuesday 3 is off: Monday 2 + 1 = Wednesday 4. Saturday 7 is worked: Friday 6 + 1.
        QCOMPARE(due(u"2026-03-02T09:00"_s), u"2026-03-04T17:00"_s);
        QCOMPARE(due(u"2026-03-06T09:00"_s), u"2026-03-07T17:00"_s);
        // The 2026 list replaces the defaults: 30 April is not off in it.
        const Run holidays = cli(dir.path(), {u"calendar"_s, u"holidays"_s, u"2026"_s});
        QCOMPARE(holidays.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
        QVERIFY(holidays.out.contains(u"2026-03-03\tNghỉ thử nghiệm"_s));

        const Run installed = cli(dir.path(), {u"calendar"_s, u"installed"_s});
        QCOMPARE(installed.exitCode, 0);
        QCOMPARE(installed.out, u"2026\t2\t1\t2026.json\ttest list\n"_s);
    }

    void badCalendarIsRefusedAndTheInstalledOneKept()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir.filePath(u"good.json"_s), kCalendar2026);
        QCOMPARE(cli(dir.path(), {u"calendar"_s, u"install"_s, good}).exitCode, 0);

        const QString bad = writeFile(dir.filePath(u"nghi-2026.json"_s),
                                      "{\"format\": \"motcua.calendar\",\n\"year\": 2026,\n"
                                      "\"days_off\": [\n\"2026-02-30\"]}");
        const Run r = cli(dir.path(), {u"calendar"_s, u"install"_s, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"nghi-2026.json"_s) && r.err.contains(u"line 4"_s),
                 qPrintable(r.err));
        QCOMPARE(contents(dir.filePath(u"calendar/2026.json"_s)), kCalendar2026);
        const Run due = cli(dir.path(), {u"calendar"_s, u"due"_s, u"--from"_s,
                                         u"2026-03-02T09:00"_s, u"--days"_s, u"1"_s});
        QCOMPARE(due.out, u"2026-03-04T17:00\n"_s);

        const Run missing = cli(dir.path(), {u"calendar"_s, u"install"_s, bad + u".missing"_s});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(contents(dir.filePath(u"calendar/2026.json"_s)), kCalendar2026);
    }

    void anotherFileOfTheSameYearIsNotShadowed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"calendar"_s)));
        // Copied by hand; the intake would read it after 2026.json and use it instead.
        writeFile(dir.filePath(u"calendar/tet-2026.json"_s), kCalendar2026);
        const QString file = writeFile(dir.filePath(u"new.json"_s), kCalendar2026);
        const Run r = cli(dir.path(), {u"calendar"_s, u"install"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"tet-2026.json"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(u"calendar/2026.json"_s)));
    }

    // dossier add reads the installed lists: with every day of the next three weeks off, the
    // result cannot be due before they are over (without them it is due within days).
    void dossierAddHonoursAnInstalledCalendar()
    {
        const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone(7 * 3600)).date();
        const QDate last = today.addDays(21);

        QTemporaryDir plain;
        const QDate plainDue = QDate::fromString(addDossier(plain.path()).value(1).left(10),
                                                 u"yyyy-MM-dd"_s);
        QVERIFY(plainDue.isValid() && plainDue <= last);

        QTemporaryDir dir;
        QMap<int, QStringList> daysOff; // a file per year when the three weeks cross New Year
        for (QDate d = today.addDays(-1); d <= last; d = d.addDays(1))
            daysOff[d.year()].append(u"\""_s + d.toString(Qt::ISODate) + u"\""_s);
        for (auto it = daysOff.cbegin(); it != daysOff.cend(); ++it) {
            const QString file = writeFile(
                dir.filePath(u"off-%1.json"_s.arg(it.key())),
                u"{\"format\": \"motcua.calendar\", \"year\": %1, \"days_off\": [%2]}"_s
                    .arg(it.key())
                    .arg(it.value().join(u", "_s))
                    .toUtf8());
            const Run install = cli(dir.path(), {u"calendar"_s, u"install"_s, file});
            QVERIFY2(install.exitCode == 0, qPrintable(install.err));
        }
        const QDate due = QDate::fromString(addDossier(dir.path()).value(1).left(10),
                                            u"yyyy-MM-dd"_s);
        QVERIFY2(due > last, qPrintable(due.toString(Qt::ISODate)));
    }

    void feesInstall()
    {
        QTemporaryDir dir;
        const QString sample = QDir(qEnvironmentVariable("MOTCUA_SOURCE_DIR"))
                                   .filePath(u"resources/fees/sample-policy.json"_s);
        const Run r = cli(dir.path(), {u"fees"_s, u"install"_s, sample});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"sample"_s)); // said so: it is not the province's policy
        QCOMPARE(contents(dir.filePath(u"fees/policy.json"_s)), contents(sample));

        const QString bad = writeFile(dir.filePath(u"tinh.json"_s),
                                      "{\n  \"format\": \"motcua.fees\",\n  \"format_version\": 1\n"
                                      "  \"x\": 2\n}\n");
        const Run refused = cli(dir.path(), {u"fees"_s, u"install"_s, bad});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"tinh.json"_s) && refused.err.contains(u"line 4"_s),
                 qPrintable(refused.err));
        QCOMPARE(contents(dir.filePath(u"fees/policy.json"_s)), contents(sample));
    }
};

QTEST_GUILESS_MAIN(TestCliReceipt)
#include "tst_cli_receipt.moc"
