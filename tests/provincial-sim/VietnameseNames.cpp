#include "VietnameseNames.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QStringList>

#include <span>

namespace {

struct Weighted
{
    QStringView name;
    int weight;
};

// Rough shares of the common family names (per mille).
constexpr Weighted kFamilies[] = {
    {u"Nguyễn", 380}, {u"Trần", 110}, {u"Lê", 95},    {u"Phạm", 70},   {u"Hoàng", 30},
    {u"Huỳnh", 21},   {u"Phan", 45},  {u"Vũ", 20},    {u"Võ", 19},     {u"Đặng", 21},
    {u"Bùi", 20},     {u"Đỗ", 14},    {u"Hồ", 13},    {u"Ngô", 13},    {u"Dương", 10},
    {u"Lý", 5},       {u"Đinh", 8},   {u"Đào", 7},    {u"Trương", 7},  {u"Trịnh", 5},
    {u"Đoàn", 4},     {u"Lâm", 4},    {u"Mai", 4},    {u"Cao", 4},     {u"Lương", 3},
    {u"Hà", 3},       {u"Lưu", 3},    {u"Tạ", 2},     {u"Chu", 2},     {u"Tô", 2},
    {u"Vương", 2},    {u"Thái", 2},   {u"Quách", 1},  {u"Kiều", 1},    {u"Tăng", 1},
};

constexpr QStringView kMaleMiddles[] = {
    u"Hữu",  u"Đức",  u"Công", u"Quang", u"Minh", u"Xuân", u"Thành", u"Ngọc", u"Đình", u"Trọng",
    u"Quốc", u"Mạnh", u"Tuấn", u"Hoàng", u"Gia",  u"Anh",  u"Bảo",   u"Đăng", u"Nhật", u"Thanh",
};
constexpr QStringView kFemaleMiddles[] = {
    u"Ngọc", u"Thu",  u"Thanh", u"Kim",  u"Phương", u"Mai",  u"Bích", u"Hồng", u"Thúy", u"Thùy",
    u"Diệu", u"Khánh", u"Hoài", u"Minh", u"Bảo",    u"Quỳnh", u"Ánh", u"Hải",  u"Tuyết", u"Mỹ",
};
constexpr QStringView kMaleGiven[] = {
    u"An",    u"Bảo",  u"Bình",  u"Cường", u"Chiến", u"Dũng",  u"Duy",  u"Đạt",   u"Định",
    u"Đông",  u"Giang", u"Hải",  u"Hào",   u"Hiếu",  u"Hòa",   u"Hoàng", u"Hùng", u"Huy",
    u"Khang", u"Khánh", u"Khoa", u"Kiên",  u"Lâm",   u"Long",  u"Lộc",  u"Lợi",   u"Luân",
    u"Minh",  u"Nam",  u"Nghĩa", u"Nhân",  u"Phát",  u"Phong", u"Phúc", u"Quân",  u"Quang",
    u"Sơn",   u"Tài",  u"Tâm",   u"Thắng", u"Thành", u"Thiện", u"Thịnh", u"Toàn", u"Trí",
    u"Trung", u"Tú",   u"Tuấn",  u"Tùng",  u"Việt",  u"Vinh",  u"Vũ",
};
constexpr QStringView kFemaleGiven[] = {
    u"An",    u"Anh",  u"Ánh",   u"Chi",   u"Diệp",  u"Dung",  u"Duyên", u"Giang", u"Hà",
    u"Hạnh",  u"Hằng", u"Hiền",  u"Hoa",   u"Hồng",  u"Huệ",   u"Hương", u"Hường", u"Khánh",
    u"Lan",   u"Liên", u"Linh",  u"Loan",  u"Ly",    u"Mai",   u"My",    u"Nga",   u"Ngân",
    u"Ngọc",  u"Nhung", u"Oanh", u"Phương", u"Quyên", u"Quỳnh", u"Tâm",  u"Thảo",  u"Thơ",
    u"Thu",   u"Thủy", u"Trang", u"Trâm",  u"Tuyết", u"Uyên",  u"Vân",   u"Vy",    u"Xuân",
    u"Yến",
};

QStringView pickWeighted(QRandomGenerator &rng, std::span<const Weighted> table)
{
    int total = 0;
    for (const Weighted &w : table)
        total += w.weight;
    int draw = rng.bounded(total);
    for (const Weighted &w : table) {
        if (draw < w.weight)
            return w.name;
        draw -= w.weight;
    }
    return table.back().name;
}

QStringView pick(QRandomGenerator &rng, std::span<const QStringView> table)
{
    return table[rng.bounded(static_cast<int>(table.size()))];
}

// A draw from `table` that is not already in the name.
QStringView pickNew(QRandomGenerator &rng, std::span<const QStringView> table,
                    const QStringList &taken)
{
    QStringView name = pick(rng, table);
    while (taken.contains(name))
        name = pick(rng, table);
    return name;
}

// Percentage of Văn/Thị as the middle name, by generation.
int traditionalShare(int birthYear, bool male)
{
    if (birthYear < 1975)
        return male ? 65 : 70;
    if (birthYear < 1995)
        return male ? 40 : 50;
    return male ? 15 : 25;
}

} // namespace

QString VietnameseNames::fullName(QRandomGenerator &rng, int sex, int birthYear)
{
    const bool male = sex == 1;
    using Names = std::span<const QStringView>;
    const Names middles = male ? Names(kMaleMiddles) : Names(kFemaleMiddles);
    const Names givens = male ? Names(kMaleGiven) : Names(kFemaleGiven);
    QStringList parts{pickWeighted(rng, kFamilies).toString()};
    if (rng.bounded(100) < traditionalShare(birthYear, male))
        parts.append(male ? QStringLiteral("Văn") : QStringLiteral("Thị"));
    else
        parts.append(pickNew(rng, middles, parts).toString());
    // Four syllables: common for women (Thị Thu Hà), more so in younger generations; rare
    // after Văn.
    const bool afterVan = parts.last() == u"Văn";
    const int fourSyllables = (male ? 8 : 20) + (birthYear >= 1990 ? 12 : 0);
    if (rng.bounded(100) < fourSyllables && !afterVan)
        parts.append(pickNew(rng, middles, parts).toString());
    parts.append(pickNew(rng, givens, parts).toString());
    return parts.join(u' ');
}
