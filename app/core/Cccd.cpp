#include "Cccd.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cccd)
};

// Birth-registration province codes (the 63 provinces before the 2025 mergers; they stay valid
// because they describe where the birth was registered).
const QHash<QString, QString> &provinces()
{
    static const QHash<QString, QString> table = [] {
        const char *rows[][2] = {
            {"001", "Hà Nội"}, {"002", "Hà Giang"}, {"004", "Cao Bằng"}, {"006", "Bắc Kạn"},
            {"008", "Tuyên Quang"}, {"010", "Lào Cai"}, {"011", "Điện Biên"}, {"012", "Lai Châu"},
            {"014", "Sơn La"}, {"015", "Yên Bái"}, {"017", "Hòa Bình"}, {"019", "Thái Nguyên"},
            {"020", "Lạng Sơn"}, {"022", "Quảng Ninh"}, {"024", "Bắc Giang"}, {"025", "Phú Thọ"},
            {"026", "Vĩnh Phúc"}, {"027", "Bắc Ninh"}, {"030", "Hải Dương"}, {"031", "Hải Phòng"},
            {"033", "Hưng Yên"}, {"034", "Thái Bình"}, {"035", "Hà Nam"}, {"036", "Nam Định"},
            {"037", "Ninh Bình"}, {"038", "Thanh Hóa"}, {"040", "Nghệ An"}, {"042", "Hà Tĩnh"},
            {"044", "Quảng Bình"}, {"045", "Quảng Trị"}, {"046", "Thừa Thiên Huế"},
            {"048", "Đà Nẵng"}, {"049", "Quảng Nam"}, {"051", "Quảng Ngãi"}, {"052", "Bình Định"},
            {"054", "Phú Yên"}, {"056", "Khánh Hòa"}, {"058", "Ninh Thuận"}, {"060", "Bình Thuận"},
            {"062", "Kon Tum"}, {"064", "Gia Lai"}, {"066", "Đắk Lắk"}, {"067", "Đắk Nông"},
            {"068", "Lâm Đồng"}, {"070", "Bình Phước"}, {"072", "Tây Ninh"}, {"074", "Bình Dương"},
            {"075", "Đồng Nai"}, {"077", "Bà Rịa–Vũng Tàu"}, {"079", "Hồ Chí Minh"},
            {"080", "Long An"}, {"082", "Tiền Giang"}, {"083", "Bến Tre"}, {"084", "Trà Vinh"},
            {"086", "Vĩnh Long"}, {"087", "Đồng Tháp"}, {"089", "An Giang"}, {"091", "Kiên Giang"},
            {"092", "Cần Thơ"}, {"093", "Hậu Giang"}, {"094", "Sóc Trăng"}, {"095", "Bạc Liêu"},
            {"096", "Cà Mau"}};
        QHash<QString, QString> t;
        for (const auto &row : rows)
            t.insert(QString::fromLatin1(row[0]), QString::fromUtf8(row[1]));
        return t;
    }();
    return table;
}

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
}

} // namespace

QString Cccd::normalize(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-' || c == u'.')
            continue;
        // Full-width digits from some input methods.
        out.append(c.isDigit() ? QChar(u'0' + c.digitValue()) : c);
    }
    return out;
}

bool Cccd::isOldIdNumber(const QString &number)
{
    return number.size() == 9 && allDigits(number);
}

QString Cccd::provinceName(const QString &placeCode)
{
    return provinces().value(placeCode);
}

Result<CccdInfo> Cccd::check(const QString &number, const QDate &dateOfBirth, Sex sex)
{
    if (number.isEmpty())
        return fail(u"cccd.empty"_s, Tr::tr("Enter the citizen's 12-digit ID number."));
    if (!allDigits(number))
        return fail(u"cccd.not_digits"_s,
                    Tr::tr("The ID number may contain digits only. Check the number on the card."));
    if (isOldIdNumber(number))
        return fail(u"cccd.old_id"_s,
                    Tr::tr("This is an old 9-digit ID number. Enter the 12-digit personal ID "
                           "number; the old number can be kept as an old identifier."));
    if (number.size() != 12)
        return fail(u"cccd.length"_s,
                    Tr::tr("The ID number has %n digit(s); a personal ID number has 12. Check the "
                           "number on the card.", nullptr, int(number.size())));

    CccdInfo info;
    info.number = number;
    info.placeCode = number.left(3);
    info.registeredAbroad = info.placeCode.at(0) != u'0';
    if (!info.registeredAbroad && !provinces().contains(info.placeCode))
        return fail(u"cccd.province"_s,
                    Tr::tr("The first three digits (%1) are not a province code. Check the number "
                           "on the card.").arg(info.placeCode));
    const int g = number.at(3).digitValue();
    const int yy = number.mid(4, 2).toInt();
    info.sex = (g % 2 == 0) ? Sex::Male : Sex::Female;
    info.birthYear = 1900 + 100 * (g / 2) + yy;
    if (info.birthYear > QDate::currentDate().year())
        return fail(u"cccd.century"_s,
                    Tr::tr("The fourth digit gives a birth year of %1, which is in the future. "
                           "Check the number on the card.").arg(info.birthYear));
    if (dateOfBirth.isValid() && dateOfBirth.year() != info.birthYear)
        return fail(u"cccd.birth_year"_s,
                    Tr::tr("The ID number belongs to someone born in %1, but the date of birth is "
                           "in %2. Check both.").arg(info.birthYear).arg(dateOfBirth.year()));
    if (sex != Sex::Unknown && sex != info.sex)
        return fail(u"cccd.sex"_s,
                    Tr::tr("The ID number does not match the citizen's sex. Check the number and "
                           "the sex."));
    return info;
}

} // namespace motcua
