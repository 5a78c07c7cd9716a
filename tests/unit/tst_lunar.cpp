#include "calendar/LunarCalendar.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using motcua::LunarCalendar;
using motcua::LunarDate;

Q_DECLARE_METATYPE(LunarDate)

namespace motcua {
// Shown by QCOMPARE when two lunar dates differ.
char *toString(const LunarDate &d)
{
    return qstrdup(qPrintable(u"%1/%2%3/%4"_s.arg(d.day).arg(d.month)
                                  .arg(d.leap ? u" (leap)"_s : QString()).arg(d.year)));
}
} // namespace motcua

// The Vietnamese lunar calendar (UTC+7). Reference dates: the domain notes, the Vietnamese
// calendars of those years, and a high-precision ephemeris (see docs/calendar.md).
class TestLunar : public QObject
{
    Q_OBJECT

private slots:
    void newYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("tet");
        QTest::newRow("1900") << 1900 << QDate(1900, 1, 31);
        QTest::newRow("1968 (UTC+7; the South kept UTC+8: 30 Jan)") << 1968 << QDate(1968, 1, 29);
        QTest::newRow("1985 (China: 20 Feb)") << 1985 << QDate(1985, 1, 21);
        QTest::newRow("2007 (China: 18 Feb)") << 2007 << QDate(2007, 2, 17);
        QTest::newRow("2023") << 2023 << QDate(2023, 1, 22);
        QTest::newRow("2024") << 2024 << QDate(2024, 2, 10);
        QTest::newRow("2025") << 2025 << QDate(2025, 1, 29);
        QTest::newRow("2026") << 2026 << QDate(2026, 2, 17);
        QTest::newRow("2027") << 2027 << QDate(2027, 2, 6);
        QTest::newRow("2028") << 2028 << QDate(2028, 1, 26);
        QTest::newRow("2029") << 2029 << QDate(2029, 2, 13);
        QTest::newRow("2030") << 2030 << QDate(2030, 2, 2);
        // New moon two minutes before midnight: Hồ Ngọc Đức's tables give 27 January.
        // New moon two minutes before local midnight: Hồ Ngọc Đức's tables give 27 January.
        QTest::newRow("2199") << 2199 << QDate(2199, 1, 26);
        QTest::newRow("2200 is out of range") << 2200 << QDate();
        QTest::newRow("1899 is out of range") << 1899 << QDate();
    }

    void newYear()
    {
        QFETCH(int, year);
        QFETCH(QDate, tet);
        QCOMPARE(LunarCalendar::newYear(year), tet);
        if (tet.isValid()) {
            QCOMPARE(LunarCalendar::fromGregorian(tet), (LunarDate{1, 1, year, false}));
            const LunarDate eve = LunarCalendar::fromGregorian(tet.addDays(-1));
            QCOMPARE(eve.month, 12);
            QCOMPARE(eve.year, year - 1);
            QVERIFY(eve.day == 29 || eve.day == 30);
        }
    }

    void leapMonth_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("leap");
        QTest::newRow("1984 (China: leap 10)") << 1984 << 0;
        QTest::newRow("1985") << 1985 << 2;
        QTest::newRow("2012") << 2012 << 4;
        QTest::newRow("2014") << 2014 << 9;
        QTest::newRow("2017") << 2017 << 6;
        QTest::newRow("2020") << 2020 << 4;
        QTest::newRow("2023") << 2023 << 2;
        QTest::newRow("2024") << 2024 << 0;
        QTest::newRow("2025") << 2025 << 6;
        QTest::newRow("2026") << 2026 << 0;
        QTest::newRow("2028") << 2028 << 5;
        QTest::newRow("2031") << 2031 << 3;
        QTest::newRow("2033 (leap 11)") << 2033 << 11;
    }

    void leapMonth()
    {
        QFETCH(int, year);
        QFETCH(int, leap);
        QCOMPARE(LunarCalendar::leapMonth(year), leap);
        if (leap)
            QVERIFY(LunarCalendar::monthLength(year, leap, true) >= 29);
    }

    void conversion_data()
    {
        QTest::addColumn<QDate>("gregorian");
        QTest::addColumn<LunarDate>("lunar");
        QTest::newRow("1900-01-01") << QDate(1900, 1, 1) << LunarDate{1, 12, 1899, false};
        QTest::newRow("1985-02-20") << QDate(1985, 2, 20) << LunarDate{1, 2, 1985, false};
        QTest::newRow("1985 leap 2") << QDate(1985, 3, 21) << LunarDate{1, 2, 1985, true};
        QTest::newRow("2023 month 2") << QDate(2023, 2, 20) << LunarDate{1, 2, 2023, false};
        QTest::newRow("2023 leap 2") << QDate(2023, 3, 22) << LunarDate{1, 2, 2023, true};
        QTest::newRow("2023 leap 2, day 29") << QDate(2023, 4, 19) << LunarDate{29, 2, 2023, true};
        QTest::newRow("2023 month 3") << QDate(2023, 4, 20) << LunarDate{1, 3, 2023, false};
        QTest::newRow("2023 Hùng Kings") << QDate(2023, 4, 29) << LunarDate{10, 3, 2023, false};
        QTest::newRow("2024 Hùng Kings") << QDate(2024, 4, 18) << LunarDate{10, 3, 2024, false};
        QTest::newRow("2024 mid-autumn") << QDate(2024, 9, 17) << LunarDate{15, 8, 2024, false};
        QTest::newRow("2025 Hùng Kings") << QDate(2025, 4, 7) << LunarDate{10, 3, 2025, false};
        QTest::newRow("2025 month 6") << QDate(2025, 6, 25) << LunarDate{1, 6, 2025, false};
        QTest::newRow("2025 leap 6") << QDate(2025, 7, 25) << LunarDate{1, 6, 2025, true};
        QTest::newRow("2025 month 7") << QDate(2025, 8, 23) << LunarDate{1, 7, 2025, false};
        QTest::newRow("2025-12-31") << QDate(2025, 12, 31) << LunarDate{12, 11, 2025, false};
        QTest::newRow("2026 Hùng Kings") << QDate(2026, 4, 26) << LunarDate{10, 3, 2026, false};
        QTest::newRow("2033 leap 11") << QDate(2033, 12, 22) << LunarDate{1, 11, 2033, true};
        QTest::newRow("2034 Tết") << QDate(2034, 2, 19) << LunarDate{1, 1, 2034, false};
    }

    void conversion()
    {
        QFETCH(QDate, gregorian);
        QFETCH(LunarDate, lunar);
        QCOMPARE(LunarCalendar::fromGregorian(gregorian), lunar);
        QCOMPARE(LunarCalendar::toGregorian(lunar), gregorian);
    }

    // Every day of 1900-2199 converts and back; months have 29 or 30 days and follow each other.
    void wholeRangeRoundTrips()
    {
        const QDate last(LunarCalendar::kLastYear, 12, 31);
        LunarDate previous;
        int leapYears = 0;
        for (QDate d(LunarCalendar::kFirstYear, 1, 1); d <= last; d = d.addDays(1)) {
            const LunarDate l = LunarCalendar::fromGregorian(d);
            QVERIFY2(l.isValid() && l.day <= 30 && l.month >= 1 && l.month <= 12,
                     qPrintable(d.toString(Qt::ISODate)));
            if (LunarCalendar::toGregorian(l) != d)
                QFAIL(qPrintable(d.toString(Qt::ISODate)));
            if (previous.isValid() && l.day == 1) {
                QVERIFY(previous.day == 29 || previous.day == 30);
                QCOMPARE(LunarCalendar::monthLength(previous.year, previous.month, previous.leap),
                         previous.day);
                if (l.leap) {
                    QCOMPARE(l.month, previous.month);
                    ++leapYears;
                } else {
                    QCOMPARE(l.month, previous.month % 12 + 1);
                    QCOMPARE(l.year, previous.year + (l.month == 1 ? 1 : 0));
                }
            }
            previous = l;
        }
        // 7 leap months in 19 years: about 110 in 300 years.
        QVERIFY2(leapYears >= 105 && leapYears <= 115, qPrintable(QString::number(leapYears)));
    }

    void invalid_data()
    {
        QTest::addColumn<LunarDate>("lunar");
        QTest::newRow("day 30 of a 29-day month (no 30 Tết in 2025)") << LunarDate{30, 12, 2024, false};
        QTest::newRow("leap month the year lacks") << LunarDate{1, 3, 2024, true};
        QTest::newRow("month 13") << LunarDate{1, 13, 2024, false};
        QTest::newRow("day 0") << LunarDate{0, 1, 2024, false};
        QTest::newRow("before 1900") << LunarDate{1, 1, 1899, false};
        QTest::newRow("after 2199") << LunarDate{1, 1, 2200, false};
    }

    void invalid()
    {
        QFETCH(LunarDate, lunar);
        QVERIFY(!LunarCalendar::toGregorian(lunar).isValid());
    }

    void outOfRangeGregorian()
    {
        QVERIFY(!LunarCalendar::fromGregorian(QDate(1899, 12, 31)).isValid());
        QVERIFY(!LunarCalendar::fromGregorian(QDate(2200, 1, 1)).isValid());
        QVERIFY(!LunarCalendar::fromGregorian(QDate()).isValid());
        QVERIFY(LunarCalendar::fromGregorian(QDate(2199, 12, 31)).isValid());
    }

    // The astronomy behind it: the new moon of 17 February 2007 at 16:14 UT is 23:14 in Vietnam
    // (00:14 on the 18th in China); the Sun reaches 270° at the solstice of 21 December 2024 at
    // 09:21 UT.
    void astronomy()
    {
        const int k = 88; // 88 lunations after 6 January 2000
        const double jd = LunarCalendar::newMoonJulian(k);
        const QDateTime ut = QDateTime(QDate(2007, 2, 17), QTime(16, 14), QTimeZone::utc());
        const double expected = double(ut.date().toJulianDay()) - 0.5 + (16 * 60 + 14) / 1440.0;
        QVERIFY2(qAbs(jd - expected) < 2.0 / 1440, qPrintable(QString::number(jd, 'f', 5)));
        QCOMPARE(LunarCalendar::newMoonDay(k), int(QDate(2007, 2, 17).toJulianDay()));

        const double solstice = double(QDate(2024, 12, 21).toJulianDay()) - 0.5 + (9 * 60 + 21) / 1440.0;
        QVERIFY(qAbs(LunarCalendar::sunLongitude(solstice) - 270.0) < 0.02);
        QVERIFY(LunarCalendar::sunLongitude(solstice + 1) > 270.9);
    }
};

QTEST_GUILESS_MAIN(TestLunar)
#include "tst_lunar.moc"
