#include "CccdQr.h"

#include "core/TextFold.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

enum Field { Id, OldId, FullName, DateOfBirth, SexWord, Address, IssueDate };

bool isAsciiDigits(QStringView s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// DDMMYYYY; an invalid QDate when it is not 8 digits or not a real date.
QDate parseDate(QStringView s)
{
    if (s.size() != 8 || !isAsciiDigits(s))
        return {};
    return QDate(s.mid(4, 4).toInt(), s.mid(2, 2).toInt(), s.left(2).toInt());
}

// Text a scanner or a keyboard layout garbled: control characters (white space is already
// collapsed by then), replacement characters left by bytes that were not UTF-8, lone surrogates.
bool isGarbled(const QString &text)
{
    if (!QStringView(text).isValidUtf16())
        return true;
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter;
    });
}

Sex parseSex(const QString &word)
{
    // Folding removes case and diacritics, whether they came composed or not: Nữ, NỮ, Nu, nữ…
    const QString folded = foldVietnamese(word);
    if (folded == u"nam")
        return Sex::Male;
    if (folded == u"nu")
        return Sex::Female;
    return Sex::Unknown;
}

QString sexKey(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return u"male"_s;
    case Sex::Female:
        return u"female"_s;
    case Sex::Unknown:
        break;
    }
    return {};
}

} // namespace

bool CccdQr::looksLikeScan(const QString &text)
{
    if (text.count(u'|') < 5)
        return false;
    const QStringView first = QStringView(text).left(text.indexOf(u'|')).trimmed();
    return first.size() == 12 && isAsciiDigits(first);
}

Result<CccdCard> CccdQr::parse(const QString &scan)
{
    // The messages and details below never quote the scan: it is personal data.
    if (scan.size() > kMaxScanLength)
        return fail(u"qr.length"_s,
                    tr("The scan is too long to come from a citizen ID card. Scan the card again, "
                       "or type the details from the card."),
                    u"%1 characters"_s.arg(scan.size()));

    QString text = scan.normalized(QString::NormalizationForm_C);
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    QStringList fields = text.split(u'|');
    for (QString &f : fields)
        f = f.trimmed();
    if (fields.size() < kKnownFields)
        return fail(u"qr.fields"_s,
                    tr("The scan is incomplete: it was cut short or does not come from a citizen "
                       "ID card. Scan the card again, or type the details from the card."),
                    u"%1 of %2 fields"_s.arg(fields.size()).arg(kKnownFields));

    CccdCard card;
    card.id = fields.at(Id);
    if (auto checked = Cccd::check(card.id); !checked) {
        const QString code = checked.error().code;
        QString message;
        if (code == u"cccd.empty")
            message = tr("The scan has no ID number. Scan the card again, or type the details "
                         "from the card.");
        else if (code == u"cccd.province")
            message = tr("The ID number in the scan does not start with a province code. Scan the "
                         "card again, or type the details from the card.");
        else if (code == u"cccd.century")
            message = tr("The ID number in the scan gives a birth year in the future. Scan the "
                         "card again, or type the details from the card.");
        else
            message = tr("The ID number in the scan is not a 12-digit number. Scan the card "
                         "again, or type the details from the card.");
        return fail(code, message, u"field 1 (ID number)"_s);
    }

    card.oldId = fields.at(OldId);
    if (!card.oldId.isEmpty() && !Cccd::isOldIdNumber(card.oldId))
        return fail(u"qr.old_id"_s,
                    tr("The old ID number in the scan is not a 9-digit number. Scan the card "
                       "again, or type the details from the card."),
                    u"field 2 (old ID number)"_s);

    card.fullName = fields.at(FullName).simplified();
    if (card.fullName.isEmpty())
        return fail(u"qr.name"_s,
                    tr("The scan has no full name. Scan the card again, or type the details from "
                       "the card."),
                    u"field 3 (full name)"_s);

    card.address = fields.at(Address).simplified();
    if (isGarbled(card.fullName) || isGarbled(card.address))
        return fail(u"qr.garbled"_s,
                    tr("The scan contains characters that cannot be read: the scanner or the "
                       "keyboard layout garbled it. Scan the card again, or type the details from "
                       "the card."),
                    u"field 3 (full name) or 6 (address): control or replacement characters"_s);

    const QDate today = QDate::currentDate();
    card.dateOfBirth = parseDate(fields.at(DateOfBirth));
    if (!card.dateOfBirth.isValid())
        return fail(u"qr.date"_s,
                    tr("The date of birth in the scan is not a valid date. Scan the card again, "
                       "or type the details from the card."),
                    u"field 4 (date of birth): invalid"_s);
    if (card.dateOfBirth > today)
        return fail(u"qr.date"_s,
                    tr("The date of birth in the scan is in the future. Scan the card again, or "
                       "type the details from the card."),
                    u"field 4 (date of birth): in the future"_s);

    card.issueDate = parseDate(fields.at(IssueDate));
    if (!card.issueDate.isValid())
        return fail(u"qr.date"_s,
                    tr("The issue date in the scan is not a valid date. Scan the card again, or "
                       "type the details from the card."),
                    u"field 7 (issue date): invalid"_s);
    if (card.issueDate > today)
        return fail(u"qr.date"_s,
                    tr("The issue date in the scan is in the future. Scan the card again, or type "
                       "the details from the card."),
                    u"field 7 (issue date): in the future"_s);
    if (card.issueDate < card.dateOfBirth)
        return fail(u"qr.date"_s,
                    tr("The issue date in the scan is before the date of birth. Scan the card "
                       "again, or type the details from the card."),
                    u"field 7 (issue date): before the date of birth"_s);

    card.sex = parseSex(fields.at(SexWord));
    if (card.sex == Sex::Unknown)
        return fail(u"qr.sex"_s,
                    tr("The sex in the scan is neither Nam nor Nữ. Scan the card again, or type "
                       "the details from the card."),
                    u"field 5 (sex)"_s);

    // The number must belong to someone born in that year and of that sex.
    if (auto consistent = Cccd::check(card.id, card.dateOfBirth, card.sex); !consistent) {
        const QString code = consistent.error().code;
        const QString message =
            code == u"cccd.sex"
                ? tr("The ID number in the scan does not match the sex in the scan. Scan the card "
                     "again, or type the details from the card.")
                : tr("The ID number in the scan does not match the date of birth in the scan. "
                     "Scan the card again, or type the details from the card.");
        return fail(code, message, u"field 1 (ID number) against fields 4 and 5"_s);
    }

    card.extraFields = fields.mid(kKnownFields);
    return card;
}

QJsonObject CccdQr::toJson(const CccdCard &card)
{
    QJsonObject o{
        {u"id"_s, card.id},
        {u"old_id"_s, card.oldId},
        {u"full_name"_s, card.fullName},
        {u"date_of_birth"_s, card.dateOfBirth.toString(Qt::ISODate)},
        {u"sex"_s, sexKey(card.sex)},
        {u"address"_s, card.address},
        {u"issue_date"_s, card.issueDate.toString(Qt::ISODate)},
    };
    if (!card.extraFields.isEmpty())
        o.insert(u"extra_fields"_s, QJsonArray::fromStringList(card.extraFields));
    return o;
}

} // namespace motcua
