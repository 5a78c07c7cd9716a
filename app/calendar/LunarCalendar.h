#pragma once

#include <QDate>

namespace motcua {

// A day of the Vietnamese lunisolar calendar (âm lịch). `year` is the Gregorian year in which
// that lunar year begins (lunar 1/1 of year 2026 is 17 February 2026).
struct LunarDate
{
    int day = 0;   // 1..30
    int month = 0; // 1..12
    int year = 0;
    bool leap = false; // a leap month (tháng nhuận) repeats the number of the month before it

    bool isValid() const { return day > 0; }
    friend bool operator==(const LunarDate &, const LunarDate &) = default;
};

// The Vietnamese lunar calendar, computed astronomically for UTC+7: a month begins on the local
// day of a new moon, month 11 holds the December solstice, and in a year of 13 months the first
// month without a principal solar term is the leap month. See docs/calendar.md.
//
// Dates from 1 January 1900 to 31 December 2199 are covered; outside, fromGregorian() gives an
// invalid LunarDate and toGregorian() an invalid QDate. Thread-safe: the month table is built once.
class LunarCalendar
{
public:
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 2199;
    static constexpr int kUtcOffsetSeconds = 7 * 3600;

    static LunarDate fromGregorian(QDate date);
    // Invalid QDate when no such lunar day exists (day 30 of a 29-day month, a leap month that
    // year does not have, out of range).
    static QDate toGregorian(const LunarDate &lunar);

    // Lunar New Year's day (Tết, lunar 1/1) of a year, invalid out of range.
    static QDate newYear(int year);
    // The leap month of a lunar year (1..12), or 0 when the year has none.
    static int leapMonth(int lunarYear);
    // 29 or 30; 0 when the month does not exist.
    static int monthLength(int lunarYear, int month, bool leap = false);

    // Astronomy, exposed for the tests: the local (UTC+7) Julian day number of the new moon of
    // lunation k (k = 0 is the new moon of 6 January 2000), and the Julian day (UT) of that new
    // moon.
    static int newMoonDay(int k);
    static double newMoonJulian(int k);
    // Apparent longitude of the Sun in degrees [0, 360) at a Julian day in UT.
    static double sunLongitude(double julianDayUt);
};

} // namespace motcua
