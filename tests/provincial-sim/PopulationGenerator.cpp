#include "PopulationGenerator.h"

#include "VietnameseNames.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>

#include <algorithm>
#include <iterator>

namespace {

// Birth-registration province codes (the 63 provinces before the 2025 mergers).
constexpr int kProvinces[] = {
    1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33,
    34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66,
    67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
};
static_assert(std::size(kProvinces) == 63);

// Mobile prefixes in use since the 2018 renumbering (Viettel, Vinaphone, MobiFone, others).
constexpr QStringView kPhonePrefixes[] = {
    u"032", u"033", u"034", u"035", u"036", u"037", u"038", u"039", u"056", u"058",
    u"059", u"070", u"076", u"077", u"078", u"079", u"081", u"082", u"083", u"084",
    u"085", u"086", u"088", u"089", u"090", u"091", u"093", u"094", u"096", u"097",
    u"098", u"099",
};

// Older portal methods, retired for individuals on 1 July 2024 (Decree 69/2024).
constexpr QStringView kRetiredMethods[] = {u"mobile_otp", u"mobile_otp", u"mobile_otp",
                                           u"bhxh",       u"bhxh",       u"sim_ca",
                                           u"usb_ca",     u"post_office"};

const QDate kFirstBirth(1940, 1, 1);
const QDate kLastBirth(2008, 12, 31);
const QDate kVneidFrom(2022, 1, 1);
const QDate kVneidTo(2025, 10, 31);
const QDate kRetiredFrom(2015, 1, 1);
const QDate kRetiredTo(2024, 6, 30);

QDate dateBetween(QRandomGenerator &rng, QDate from, QDate to)
{
    const qint64 span = from.daysTo(to) + 1;
    return from.addDays(rng.bounded(static_cast<int>(span)));
}

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&table)[N])
{
    return table[rng.bounded(static_cast<int>(N))];
}

QString digits(QRandomGenerator &rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s.append(QChar(static_cast<char16_t>(u'0' + rng.bounded(10))));
    return s;
}

} // namespace

int PopulationGenerator::centurySexDigit(int birthYear, int sex)
{
    return 2 * ((birthYear - 1900) / 100) + (sex == 2 ? 1 : 0);
}

QList<CitizenRecord> PopulationGenerator::generate(int count)
{
    QRandomGenerator rng(kSeed);
    QSet<QString> numbers;
    QSet<QString> phones;
    QList<CitizenRecord> citizens;
    citizens.reserve(count);
    numbers.reserve(count);
    phones.reserve(count);
    for (int i = 0; i < count; ++i) {
        CitizenRecord c;
        c.sex = 1 + rng.bounded(2);
        c.birthDate = dateBetween(rng, kFirstBirth, kLastBirth);
        const int year = c.birthDate.year();
        const int province = pick(rng, kProvinces);
        do {
            c.number = QStringLiteral("%1%2%3%4")
                           .arg(province, 3, 10, QLatin1Char('0'))
                           .arg(centurySexDigit(year, c.sex))
                           .arg(year % 100, 2, 10, QLatin1Char('0'))
                           .arg(rng.bounded(1'000'000), 6, 10, QLatin1Char('0'));
        } while (numbers.contains(c.number));
        numbers.insert(c.number);
        c.fullName = VietnameseNames::fullName(rng, c.sex, year);
        do {
            c.phone = pick(rng, kPhonePrefixes).toString() + digits(rng, 7);
        } while (phones.contains(c.phone));
        phones.insert(c.phone);

        // VNeID: 45 % active (70 % of them level 2), 15 % registered only, 40 % none.
        const int vneid = rng.bounded(100);
        if (vneid < 60) {
            AccountRecord a{kVneid, 0, AccountStatus::NotActivated, {}};
            if (vneid < 45) {
                a.status = AccountStatus::Active;
                a.level = rng.bounded(100) < 70 ? 2 : 1;
            }
            a.since = dateBetween(rng, std::max(kVneidFrom, c.birthDate.addYears(14)), kVneidTo);
            c.accounts.append(a);
        }
        // About 20 % of all citizens also had an older portal account, opened as adults.
        const bool older = rng.bounded(100) < 20;
        const QDate adult = c.birthDate.addYears(18);
        if (older && adult <= kRetiredTo) {
            const QStringView method = pick(rng, kRetiredMethods);
            c.accounts.append(AccountRecord{method.toString(), 0, AccountStatus::Retired,
                                            dateBetween(rng, std::max(kRetiredFrom, adult),
                                                        kRetiredTo)});
        }
        citizens.append(std::move(c));
    }
    return citizens;
}
