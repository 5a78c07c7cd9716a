#pragma once

#include "Error.h"

#include <QDate>
#include <QString>

namespace motcua {

enum class Sex { Unknown, Male, Female };

// The 12-digit personal identification number (CCCD): PPP G YY SSSSSS. There is no check digit;
// validation is structural, plus consistency with the date of birth and sex when they are known.
struct CccdInfo
{
    QString number;
    QString placeCode; // birth-registration province code, or a country code
    bool registeredAbroad = false;
    Sex sex = Sex::Unknown;
    int birthYear = 0;
};

class Cccd
{
public:
    // Strips spaces and separators a clerk may type; does not accept letters.
    static QString normalize(const QString &typed);
    static Result<CccdInfo> check(const QString &number, const QDate &dateOfBirth = {},
                                  Sex sex = Sex::Unknown);
    static bool isOldIdNumber(const QString &number); // 9-digit CMND
    static QString provinceName(const QString &placeCode);
};

} // namespace motcua
