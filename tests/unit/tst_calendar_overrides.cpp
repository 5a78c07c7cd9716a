#include "calendar/CalendarOverrides.h"

#include <QTest>

using namespace Qt::StringLiterals;
using motcua::CalendarOverride;
using motcua::CalendarOverrides;

// The admin's per-year file of official days off: accepted whole, or refused whole with the file
// name and the line of the problem.
class TestCalendarOverrides : public QObject
{
    Q_OBJECT

private slots:
    void accepted()
    {
        const QByteArray json = "\xEF\xBB\xBF" R"({
  "format": "motcua.calendar",
  "format_version": 1,
  "year": 2027,
  "days_off": ["2027-02-05", {"date": "2027-01-01", "name": "  Tết Dương lịch "}],
  "working_days": ["2027-02-20", "2027-01-09"],
  "note": " test data "
})";
        const auto parsed = CalendarOverrides::parse(json, u"test.json"_s);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->year, 2027);
        QCOMPARE(parsed->source, u"test.json"_s);
        QCOMPARE(parsed->note, u"test data"_s);
        QCOMPARE(parsed->daysOff.size(), 2);
        QCOMPARE(parsed->daysOff.at(0).date, QDate(2027, 1, 1)); // sorted
        QCOMPARE(parsed->daysOff.at(0).name, u"Tết Dương lịch"_s);
        QVERIFY(parsed->daysOff.at(1).name.isEmpty());
        QCOMPARE(parsed->workingDays, (QList<QDate>{{2027, 1, 9}, {2027, 2, 20}}));

        // What toJson writes reads back the same.
        const auto again = CalendarOverrides::parse(CalendarOverrides::toJson(*parsed),
                                                    u"test.json"_s);
        QVERIFY(again);
        QCOMPARE(*again, *parsed);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason"); // part of the message
        const QByteArray head = "{\"format\": \"motcua.calendar\",\n\"year\": 2026,\n";
        QTest::newRow("not JSON") << QByteArray("{\n\"format\": \"motcua.calendar\",\n\"year\" 2026}")
                                  << 3 << u"not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[]") << 1 << u"not a motcua calendar"_s;
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "motcua.catalog", "year": 2026, "days_off": []})") << 1
            << u"not a motcua calendar"_s;
        QTest::newRow("newer format") << head + "\"format_version\": 2,\n\"days_off\": [\"2026-01-01\"]}"
                                      << 3 << u"newer"_s;
        QTest::newRow("unknown field") << head + "\"days_of\": [\"2026-01-01\"]}" << 3
                                       << u"unknown field \"days_of\""_s;
        QTest::newRow("no year")
            << QByteArray("{\"format\": \"motcua.calendar\", \"days_off\": [\"2026-01-01\"]}") << 1
            << u"\"year\""_s;
        QTest::newRow("year as text")
            << QByteArray("{\"format\": \"motcua.calendar\",\n\"year\": \"2026\"}") << 2
            << u"\"year\""_s;
        QTest::newRow("year 1800")
            << QByteArray("{\"format\": \"motcua.calendar\",\n\"year\": 1800}") << 2 << u"1900"_s;
        QTest::newRow("no days off") << head + "\"note\": \"x\"}" << 1 << u"days_off"_s;
        QTest::newRow("empty days off") << head + "\"days_off\": []}" << 3 << u"days_off"_s;
        QTest::newRow("impossible date")
            << head + "\"days_off\": [\n\"2026-01-01\",\n\"2026-02-30\"]}" << 5 << u"2026-02-30"_s;
        QTest::newRow("short date") << head + "\"days_off\": [\n\"2026-2-14\"]}" << 4
                                    << u"YYYY-MM-DD"_s;
        QTest::newRow("number as date") << head + "\"days_off\": [\n20260101]}" << 4
                                        << u"YYYY-MM-DD"_s;
        QTest::newRow("other year") << head + "\"days_off\": [\n\"2026-01-01\", \"2027-01-01\"]}"
                                    << 4 << u"2027-01-01"_s;
        QTest::newRow("listed twice")
            << head + "\"days_off\": [\n\"2026-01-01\",\n{\"date\": \"2026-01-01\"}]}" << 5
            << u"twice"_s;
        QTest::newRow("empty name") << head + "\"days_off\": [\n{\"date\": \"2026-01-01\", \"name\": \" \"}]}"
                                    << 4 << u"name"_s;
        QTest::newRow("unknown key in a day")
            << head + "\"days_off\": [\n{\"date\": \"2026-01-01\", \"label\": \"x\"}]}" << 4
            << u"label"_s;
        QTest::newRow("working weekday")
            << head + "\"days_off\": [\"2026-01-01\"],\n\"working_days\": [\n\"2026-01-05\"]}" << 5
            << u"not a Saturday"_s;
        QTest::newRow("working and off")
            << head + "\"days_off\": [\"2026-01-03\"],\n\"working_days\": [\n\"2026-01-03\"]}" << 5
            << u"both"_s;
        QTest::newRow("working twice")
            << head
                   + "\"days_off\": [\"2026-01-01\"],\n\"working_days\": [\"2026-01-03\",\n\"2026-01-03\"]}"
            << 5 << u"twice"_s;
        QTest::newRow("working days not a list")
            << head + "\"days_off\": [\"2026-01-01\"],\n\"working_days\": \"2026-01-03\"}" << 4
            << u"working_days"_s;
        QTest::newRow("note not text") << head + "\"days_off\": [\"2026-01-01\"],\n\"note\": 1}" << 4
                                       << u"note"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const auto parsed = CalendarOverrides::parse(json, u"nghi-2026.json"_s);
        QVERIFY(!parsed);
        const motcua::Error &e = parsed.error();
        QCOMPARE(e.code, u"calendar.invalid"_s);
        QVERIFY2(e.message.contains(u"nghi-2026.json"_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(reason), qPrintable(e.message));
        QVERIFY2(!e.message.contains(u'\n'), qPrintable(e.message));
        QVERIFY2(e.detail.startsWith(u"nghi-2026.json:%1: "_s.arg(line)), qPrintable(e.detail));
    }

    void unreadableFile()
    {
        const auto parsed = CalendarOverrides::parseFile(u"/nonexistent/nghi-2026.json"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, u"calendar.read"_s);
    }

    // Shipped official lists, if any, are all valid (none is shipped yet).
    void bundledFilesAreValid()
    {
        const auto bundled = CalendarOverrides::bundled();
        QVERIFY2(bundled, qPrintable(bundled ? QString() : bundled.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCalendarOverrides)
#include "tst_calendar_overrides.moc"
