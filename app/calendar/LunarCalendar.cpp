#include "LunarCalendar.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>

namespace motcua {

namespace {

constexpr double kSynodicMonth = 29.530588861;
constexpr double kJ2000 = 2451545.0;
constexpr double kLocalOffsetDays = LunarCalendar::kUtcOffsetSeconds / 86400.0;

double sinDeg(double degrees)
{
    return std::sin(degrees * std::numbers::pi / 180.0);
}

// Terrestrial minus universal time in seconds (polynomials of Espenak and Meeus). Only matters for
// a new moon or a solar term within a minute or so of local midnight.
double deltaTSeconds(double year)
{
    if (year < 1920) {
        const double t = year - 1900;
        return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t
               - 0.000197 * t * t * t * t;
    }
    if (year < 1941) {
        const double t = year - 1920;
        return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (year < 1961) {
        const double t = year - 1950;
        return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (year < 1986) {
        const double t = year - 1975;
        return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (year < 2005) {
        const double t = year - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
               + 0.000651814 * std::pow(t, 4) + 0.00002373599 * std::pow(t, 5);
    }
    if (year < 2050) {
        const double t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    const double u = (year - 1820) / 100;
    return year < 2150 ? -20 + 32 * u * u - 0.5628 * (2150 - year) : -20 + 32 * u * u;
}

double deltaTDays(double julianDay)
{
    return deltaTSeconds(2000.0 + (julianDay - kJ2000) / 365.25) / 86400.0;
}

// Julian ephemeris day of the mean new moon of lunation k, with the periodic terms of the Moon's
// and Sun's anomalies and the planetary arguments (Meeus, Astronomical Algorithms, chapter 49).
double newMoonJde(int lunation)
{
    const double k = lunation;
    const double t = k / 1236.85;
    const double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
    double jde = 2451550.09766 + kSynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3
                 + 0.00000000073 * t4;
    const double e = 1 - 0.002516 * t - 0.0000074 * t2;
    const double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
    const double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
                      - 0.000000058 * t4;
    const double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
                     + 0.000000011 * t4;
    const double om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
    jde += -0.40720 * sinDeg(mp) + 0.17241 * e * sinDeg(m) + 0.01608 * sinDeg(2 * mp)
           + 0.01039 * sinDeg(2 * f) + 0.00739 * e * sinDeg(mp - m) - 0.00514 * e * sinDeg(mp + m)
           + 0.00208 * e * e * sinDeg(2 * m) - 0.00111 * sinDeg(mp - 2 * f)
           - 0.00057 * sinDeg(mp + 2 * f) + 0.00056 * e * sinDeg(2 * mp + m)
           - 0.00042 * sinDeg(3 * mp) + 0.00042 * e * sinDeg(m + 2 * f)
           + 0.00038 * e * sinDeg(m - 2 * f) - 0.00024 * e * sinDeg(2 * mp - m)
           - 0.00017 * sinDeg(om) - 0.00007 * sinDeg(mp + 2 * m) + 0.00004 * sinDeg(2 * mp - 2 * f)
           + 0.00004 * sinDeg(3 * m) + 0.00003 * sinDeg(mp + m - 2 * f)
           + 0.00003 * sinDeg(2 * mp + 2 * f) - 0.00003 * sinDeg(mp + m + 2 * f)
           + 0.00003 * sinDeg(mp - m + 2 * f) - 0.00002 * sinDeg(mp - m - 2 * f)
           - 0.00002 * sinDeg(3 * mp + m) + 0.00002 * sinDeg(4 * mp);
    // Planetary arguments A2..A14 (A1 also has a T² term).
    struct Planetary
    {
        double coefficient, base, rate;
    };
    static constexpr Planetary planetary[] = {
        {0.000165, 251.88, 0.016321},  {0.000164, 251.83, 26.651886}, {0.000126, 349.42, 36.412478},
        {0.000110, 84.66, 18.206239},  {0.000062, 141.74, 53.303771}, {0.000060, 207.14, 2.453732},
        {0.000056, 154.84, 7.306860},  {0.000047, 34.52, 27.261239},  {0.000042, 207.19, 0.121824},
        {0.000040, 291.34, 1.844379},  {0.000037, 161.72, 24.198154}, {0.000035, 239.56, 25.513099},
        {0.000023, 331.55, 3.592518}};
    jde += 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2);
    for (const Planetary &p : planetary)
        jde += p.coefficient * sinDeg(p.base + p.rate * k);
    return jde;
}

// Day number of the local day whose midnight (UTC+7) starts it: the Sun's position then decides
// whether a principal term falls in a month.
int sector(int localDay)
{
    const double midnightUt = localDay - 0.5 - kLocalOffsetDays;
    return int(std::floor(LunarCalendar::sunLongitude(midnightUt) / 30.0));
}

struct Month
{
    int start; // local Julian day number of its first day
    int year;
    int month;
    bool leap;
};

// The lunation holding the December solstice of a Gregorian year: its month is month 11.
int month11(int year)
{
    const int dec31 = int(QDate(year, 12, 31).toJulianDay());
    int k = int(std::floor((dec31 - 2451550.1) / kSynodicMonth));
    while (LunarCalendar::newMoonDay(k + 1) <= dec31)
        ++k;
    while (LunarCalendar::newMoonDay(k) > dec31)
        --k;
    if (sector(LunarCalendar::newMoonDay(k)) >= 9) // the solstice came before this month began
        --k;
    return k;
}

struct Table
{
    QList<Month> months; // in order; each month ends where the next begins
    int end = 0;         // first day after the last month

    Table()
    {
        int k0 = month11(LunarCalendar::kFirstYear - 1);
        for (int year = LunarCalendar::kFirstYear; year <= LunarCalendar::kLastYear + 1; ++year) {
            const int k1 = month11(year);
            int leapAt = -1;
            if (k1 - k0 == 13) {
                for (int i = 1; i <= 12 && leapAt < 0; ++i) {
                    if (sector(LunarCalendar::newMoonDay(k0 + i))
                        == sector(LunarCalendar::newMoonDay(k0 + i + 1)))
                        leapAt = i;
                }
                if (leapAt < 0) // cannot happen with 13 months; keep a calendar all the same
                    leapAt = 12;
            }
            for (int i = 0; i < k1 - k0; ++i) {
                const int shifted = (leapAt >= 0 && i >= leapAt) ? i - 1 : i;
                const int number = (11 + shifted - 1) % 12 + 1;
                months.append(Month{LunarCalendar::newMoonDay(k0 + i),
                                    number >= 11 ? year - 1 : year, number, i == leapAt});
            }
            k0 = k1;
        }
        end = LunarCalendar::newMoonDay(k0);
    }

    qsizetype indexOf(int year, int month, bool leap) const
    {
        const auto key = std::tuple(year, month, leap);
        const auto it = std::lower_bound(months.cbegin(), months.cend(), key,
                                         [](const Month &m, const auto &wanted) {
                                             return std::tuple(m.year, m.month, m.leap) < wanted;
                                         });
        if (it == months.cend() || std::tuple(it->year, it->month, it->leap) != key)
            return -1;
        return it - months.cbegin();
    }

    int length(qsizetype i) const
    {
        return (i + 1 < months.size() ? months.at(i + 1).start : end) - months.at(i).start;
    }
};

const Table &table()
{
    static const Table built;
    return built;
}

bool inRange(QDate date)
{
    return date.isValid() && date.year() >= LunarCalendar::kFirstYear
           && date.year() <= LunarCalendar::kLastYear;
}

} // namespace

double LunarCalendar::newMoonJulian(int k)
{
    const double jde = newMoonJde(k);
    return jde - deltaTDays(jde);
}

int LunarCalendar::newMoonDay(int k)
{
    return int(std::floor(newMoonJulian(k) + 0.5 + kLocalOffsetDays));
}

double LunarCalendar::sunLongitude(double julianDayUt)
{
    // Meeus, chapter 25 (accuracy about 0.01 degree, a quarter of an hour in time).
    const double t = (julianDayUt + deltaTDays(julianDayUt) - kJ2000) / 36525.0;
    const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    const double m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(m)
                     + (0.019993 - 0.000101 * t) * sinDeg(2 * m) + 0.000289 * sinDeg(3 * m);
    const double omega = 125.04 - 1934.136 * t;
    const double apparent = l0 + c - 0.00569 - 0.00478 * sinDeg(omega);
    const double reduced = std::fmod(apparent, 360.0);
    return reduced < 0 ? reduced + 360.0 : reduced;
}

LunarDate LunarCalendar::fromGregorian(QDate date)
{
    if (!inRange(date))
        return {};
    const Table &t = table();
    const int day = int(date.toJulianDay());
    const auto after = std::upper_bound(t.months.cbegin(), t.months.cend(), day,
                                        [](int d, const Month &m) { return d < m.start; });
    if (after == t.months.cbegin())
        return {};
    const Month &m = *(after - 1);
    return LunarDate{day - m.start + 1, m.month, m.year, m.leap};
}

QDate LunarCalendar::toGregorian(const LunarDate &lunar)
{
    const Table &t = table();
    const qsizetype i = t.indexOf(lunar.year, lunar.month, lunar.leap);
    if (i < 0 || lunar.day < 1 || lunar.day > t.length(i))
        return {};
    const QDate date = QDate::fromJulianDay(t.months.at(i).start + lunar.day - 1);
    return inRange(date) ? date : QDate();
}

QDate LunarCalendar::newYear(int year)
{
    return toGregorian(LunarDate{1, 1, year, false});
}

int LunarCalendar::leapMonth(int lunarYear)
{
    for (int month = 1; month <= 12; ++month) {
        if (table().indexOf(lunarYear, month, true) >= 0)
            return month;
    }
    return 0;
}

int LunarCalendar::monthLength(int lunarYear, int month, bool leap)
{
    const qsizetype i = table().indexOf(lunarYear, month, leap);
    return i < 0 ? 0 : table().length(i);
}

} // namespace motcua
