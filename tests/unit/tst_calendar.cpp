#include "calendar/CalendarOverrides.h"
#include "calendar/WorkCalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

QDateTime vn(const QString &text) // "2026-02-10T09:30", Vietnam's time
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return QDateTime(t.date(), t.time(), WorkCalendar::zone());
}

QDateTime closing(QDate day)
{
    return QDateTime(day, QTime(17, 0), WorkCalendar::zone());
}

// A test list for 2026, not the official one: 1/1 and 2/1 off with Saturday 3/1 worked, Tết from
// Saturday 14/2 to Sunday 22/2, and 30/4-1/5; no compensatory day for Hùng Kings (26/4).
const QByteArray kTest2026 = R"({
  "format": "motcua.calendar",
  "year": 2026,
  "days_off": ["2026-01-01", {"date": "2026-01-02", "name": "Test day off"},
               "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
               "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"],
  "working_days": ["2026-01-03"],
  "note": "test data"
})";

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    // Default days off: Tết, 30/4-1/5 and the compensatory days across 2022-2030.
    void defaults_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        const auto row = [](int y, int m, int d, bool working) {
            const QDate date(y, m, d);
            QTest::addRow("%s %s", qPrintable(date.toString(Qt::ISODate)),
                          working ? "working" : "off")
                << date << working;
        };
        row(2022, 1, 3, false); // 1/1 on Saturday → Monday
        row(2022, 5, 2, false); // 30/4 Saturday, 1/5 Sunday → Monday and Tuesday
        row(2022, 5, 3, false);
        row(2022, 5, 4, true);
        row(2023, 1, 2, false); // 1/1 on Sunday → Monday
        row(2023, 5, 2, false); // Hùng Kings Saturday 29/4, 30/4 Sunday, 1/5 Monday
        row(2023, 5, 3, false);
        row(2023, 5, 4, true);
        row(2024, 2, 8, true);  // Tết 2024: 9/2 (last day of the year) to 13/2, Sat+Sun → 14, 15
        row(2024, 2, 9, false);
        row(2024, 2, 12, false);
        row(2024, 2, 13, false);
        row(2024, 2, 14, false);
        row(2024, 2, 15, false);
        row(2024, 2, 16, true);
        row(2024, 4, 18, false); // Hùng Kings
        row(2024, 4, 30, false);
        row(2024, 5, 1, false);
        row(2024, 5, 2, true);
        row(2024, 9, 3, false); // 1/9 on Sunday → Tuesday (Monday is 2/9)
        row(2025, 1, 27, true); // Tết 2025: 28/1 to 1/2 (Saturday) → Monday 3/2
        row(2025, 1, 28, false);
        row(2025, 1, 31, false);
        row(2025, 2, 3, false);
        row(2025, 2, 4, true);
        row(2025, 4, 7, false);
        row(2025, 4, 30, false);
        row(2025, 5, 1, false);
        row(2025, 5, 2, true);
        row(2025, 9, 1, false);
        row(2025, 9, 2, false);
        row(2026, 2, 13, true); // Tết 2026: Monday 16/2 to Friday 20/2
        row(2026, 2, 16, false);
        row(2026, 2, 20, false);
        row(2026, 2, 23, true);
        row(2026, 4, 27, false); // Hùng Kings on Sunday 26/4 → Monday
        row(2026, 4, 28, true);
        row(2026, 4, 30, false); // Thursday
        row(2026, 5, 1, false);  // Friday
        row(2026, 5, 4, true);
        row(2026, 9, 1, false);
        row(2026, 9, 2, false);  // Wednesday
        row(2026, 9, 3, true);
        row(2027, 2, 5, false); // Tết 2027: 5/2 to 9/2, Sat+Sun → 10, 11
        row(2027, 2, 11, false);
        row(2027, 2, 12, true);
        row(2027, 5, 3, false); // 1/5 on Saturday → Monday
        row(2028, 1, 3, false); // 1/1 on Saturday
        row(2028, 1, 31, false); // Tết 2028: 25/1 to 29/1 (Saturday) → Monday 31/1
        row(2028, 2, 1, true);
        row(2028, 5, 1, false); // 30/4 on Sunday; Monday is 1/5 → Tuesday
        row(2028, 5, 2, false);
        row(2028, 5, 3, true);
        row(2028, 9, 4, false); // 2/9 on Saturday
        row(2029, 2, 12, false); // Tết 2029: Monday 12/2 to Friday 16/2
        row(2029, 2, 16, false);
        row(2029, 2, 19, true);
        row(2029, 4, 30, false);
        row(2029, 5, 1, false);
        row(2029, 9, 3, false); // 1/9 and 2/9 on the weekend → Monday and Tuesday
        row(2029, 9, 4, false);
        row(2029, 9, 5, true);
        row(2030, 2, 1, false); // Tết 2030: 1/2 to 5/2, Sat+Sun → 6, 7
        row(2030, 2, 7, false);
        row(2030, 2, 8, true);
        row(2030, 4, 30, false);
        row(2030, 5, 1, false);
        row(2030, 5, 2, true);
        row(2026, 3, 7, false); // an ordinary Saturday
    }

    void defaults()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(WorkCalendar().isWorkingDay(date), working);
    }

    void holidaysOf2026()
    {
        const QList<Holiday> days = WorkCalendar().holidays(2026);
        QList<QDate> dates;
        for (const Holiday &h : days) {
            dates.append(h.date);
            QVERIFY(!h.name.isEmpty());
        }
        QCOMPARE(dates, (QList<QDate>{{2026, 1, 1}, {2026, 2, 16}, {2026, 2, 17}, {2026, 2, 18},
                                      {2026, 2, 19}, {2026, 2, 20}, {2026, 4, 26}, {2026, 4, 27},
                                      {2026, 4, 30}, {2026, 5, 1}, {2026, 9, 1}, {2026, 9, 2}}));
        QCOMPARE(days.at(6).kind, HolidayKind::HungKings);
        QCOMPARE(days.at(7).kind, HolidayKind::Compensatory);
        QVERIFY(days.at(7).name.contains(u"26/04/2026"_s));
        // 261 weekdays less 11 on a weekday.
        int working = 0;
        for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
            working += WorkCalendar().isWorkingDay(d) ? 1 : 0;
        QCOMPARE(working, 250);
    }

    void dueDate_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("afternoonNextDay");
        QTest::addColumn<QDateTime>("due");
        const auto row = [](const char *name, const QDateTime &received, int days,
                            bool afternoonNextDay, QDate due) {
            QTest::newRow(name) << received << days << afternoonNextDay << closing(due);
        };
        row("0 days, morning", vn(u"2026-03-02T09:00"_s), 0, false, {2026, 3, 2});
        row("1 day", vn(u"2026-03-02T09:00"_s), 1, false, {2026, 3, 3});
        row("before opening", vn(u"2026-03-02T06:00"_s), 0, false, {2026, 3, 2});
        row("lunch break", vn(u"2026-03-02T12:00"_s), 1, false, {2026, 3, 3});
        row("16:59", vn(u"2026-03-02T16:59"_s), 0, false, {2026, 3, 2});
        row("at closing time", vn(u"2026-03-02T17:00"_s), 0, false, {2026, 3, 3});
        row("after hours", vn(u"2026-03-02T17:30"_s), 1, false, {2026, 3, 4});
        row("Friday evening", vn(u"2026-03-06T18:00"_s), 0, false, {2026, 3, 9});
        row("Saturday", vn(u"2026-03-07T09:00"_s), 0, false, {2026, 3, 9});
        row("afternoon, convention off", vn(u"2026-03-02T14:00"_s), 1, false, {2026, 3, 3});
        row("afternoon, convention on", vn(u"2026-03-02T14:00"_s), 1, true, {2026, 3, 4});
        row("morning, convention on", vn(u"2026-03-02T09:00"_s), 1, true, {2026, 3, 3});
        row("across Tết 2026", vn(u"2026-02-10T09:30"_s), 6, false, {2026, 2, 25});
        row("across Tết 2024", vn(u"2024-02-08T10:00"_s), 1, false, {2024, 2, 16});
        row("on 30/4", vn(u"2026-04-30T10:00"_s), 1, false, {2026, 5, 5});
        row("across 30/4-1/5 2028", vn(u"2028-04-28T08:00"_s), 2, false, {2028, 5, 4});
        row("across the new year", vn(u"2026-12-28T08:00"_s), 5, false, {2027, 1, 5});
        row("a whole year", vn(u"2025-12-31T08:00"_s), 250, false, {2026, 12, 31});
        row("two years", vn(u"2025-12-31T08:00"_s), 500, false,
            WorkCalendar().addWorkingDays({2026, 12, 31}, 250));
        row("given in UTC, after hours in Vietnam",
            QDateTime({2026, 3, 2}, {10, 30}, QTimeZone::utc()), 0, false, {2026, 3, 3});
        row("given in UTC, early morning in Vietnam",
            QDateTime({2026, 3, 1}, {23, 0}, QTimeZone::utc()), 0, false, {2026, 3, 2});
    }

    void dueDate()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, days);
        QFETCH(bool, afternoonNextDay);
        QFETCH(QDateTime, due);
        OfficeHours hours;
        hours.afternoonCountsFromNextDay = afternoonNextDay;
        const QDateTime got = WorkCalendar().dueDate(received, days, hours);
        QCOMPARE(got, due);
        QCOMPARE(got.timeZone(), WorkCalendar::zone());
        QCOMPARE(got.toString(u"yyyy-MM-ddTHH:mm"_s), due.toString(u"yyyy-MM-ddTHH:mm"_s));
    }

    void dueDateRefusesNonsense()
    {
        const WorkCalendar calendar;
        QVERIFY(!calendar.dueDate(vn(u"2026-03-02T09:00"_s), -1).isValid());
        QVERIFY(!calendar.dueDate(QDateTime(), 1).isValid());
        OfficeHours backwards;
        backwards.afternoonClose = QTime(7, 0);
        QVERIFY(!calendar.dueDate(vn(u"2026-03-02T09:00"_s), 1, backwards).isValid());
        OfficeHours late; // another closing time moves the due time
        late.afternoonClose = QTime(17, 30);
        QCOMPARE(calendar.dueDate(vn(u"2026-03-02T17:10"_s), 0, late),
                 QDateTime({2026, 3, 2}, {17, 30}, WorkCalendar::zone()));
    }

    void overrideReplacesDefaults()
    {
        const auto parsed = CalendarOverrides::parse(kTest2026, u"test-2026.json"_s);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        const WorkCalendar calendar({*parsed});
        QVERIFY(calendar.hasOverride(2026));
        QVERIFY(!calendar.hasOverride(2025));
        QVERIFY(calendar.isWorkingDay({2026, 1, 3}));  // the make-up Saturday
        QVERIFY(!calendar.isWorkingDay({2026, 1, 2})); // listed
        QVERIFY(calendar.isWorkingDay({2026, 4, 27})); // a default day off the list leaves out
        QVERIFY(!calendar.isWorkingDay({2026, 1, 10})); // other Saturdays stay off
        QVERIFY(!calendar.isWorkingDay({2025, 1, 1}));  // other years keep their defaults
        QCOMPARE(calendar.workingWeekendDays(2026), QList<QDate>{QDate(2026, 1, 3)});
        QVERIFY(WorkCalendar().isWorkingDay({2026, 1, 2}));
        // Received on 31/12/2025: 1/1 and 2/1 off, the make-up Saturday counts.
        QCOMPARE(calendar.dueDate(vn(u"2025-12-31T09:00"_s), 1), closing({2026, 1, 3}));
        QCOMPARE(calendar.dueDate(vn(u"2026-01-02T09:00"_s), 0), closing({2026, 1, 3}));
        QCOMPARE(calendar.dueDate(vn(u"2026-04-24T09:00"_s), 1), closing({2026, 4, 27}));

        const QList<Holiday> days = calendar.holidays(2026);
        QCOMPARE(days.size(), 11);
        QCOMPARE(days.at(0).name, HolidayRules::statutory(2026).at(0).name); // named by default
        QCOMPARE(days.at(1).name, u"Test day off"_s);
    }

    void laterOverrideOfAYearWins()
    {
        auto first = CalendarOverrides::parse(kTest2026, u"a.json"_s);
        auto second = CalendarOverrides::parse(
            R"({"format":"motcua.calendar","year":2026,"days_off":["2026-01-01"]})", u"b.json"_s);
        QVERIFY(first && second);
        const WorkCalendar calendar({*first, *second});
        QVERIFY(calendar.isWorkingDay({2026, 1, 2}));
        QVERIFY(!calendar.isWorkingDay({2026, 1, 3}));
        QCOMPARE(calendar.holidays(2026).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
