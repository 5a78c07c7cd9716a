#pragma once

#include "core/Cccd.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace motcua {

// What the QR code of a chip citizen ID card (CCCD) holds, after normalisation.
struct CccdCard
{
    QString id;      // 12-digit personal ID number
    QString oldId;   // old 9-digit CMND number, or empty
    QString fullName;
    QDate dateOfBirth;
    Sex sex = Sex::Unknown;
    QString address; // permanent address
    QDate issueDate;
    QStringList extraFields; // fields after the seventh (newer cards), trimmed, in order
};

// Reads the text a QR scanner types for the chip card:
//   CCCD | old CMND (may be empty) | full name | DOB DDMMYYYY | Nam/Nữ | address | issue DDMMYYYY
// followed, on newer cards, by more fields that are kept in extraFields.
//
// The text is normalised (NFC, a trailing CR/LF stripped, every field trimmed, runs of white space
// in the name and the address collapsed) and checked; a scan that fails any check is refused as a
// whole (nothing is filled), with one of these codes:
//   qr.length  longer than any QR code can hold
//   qr.fields  fewer than 7 fields (cut-short scan)
//   cccd.*     the ID number fails Cccd::check (structure, then birth year and sex)
//   qr.old_id  an old ID number that is not 9 digits
//   qr.name    no full name
//   qr.garbled control characters, replacement characters (bytes that were not UTF-8) or lone
//              surrogates in the name or the address
//   qr.date    a date that does not exist, a birth date in the future, an issue date in the future
//              or before the birth date
//   qr.sex     neither Nam nor Nữ (any case, with or without diacritics)
// The message (translated) says what happened and to scan again or type the details; neither it
// nor the detail ever contains the personal data of the scan. Never crashes on any input.
class CccdQr
{
    Q_DECLARE_TR_FUNCTIONS(CccdQr)

public:
    static constexpr int kKnownFields = 7;
    // A QR code holds at most 2953 bytes, so no real scan is longer than this.
    static constexpr qsizetype kMaxScanLength = 4096;

    static Result<CccdCard> parse(const QString &scan);
    // Keys: id, old_id, full_name, date_of_birth (ISO 8601), sex (male, female, or empty when
    // unknown), address, issue_date (ISO 8601); extra_fields (array of strings) only when the card
    // had fields after the seventh.
    static QJsonObject toJson(const CccdCard &card);
    // Quick test for the scan detector: at least 6 '|'-separated fields, and the first one is 12
    // ASCII digits once trimmed. Says nothing about whether parse() will accept the text.
    static bool looksLikeScan(const QString &text);
};

} // namespace motcua
