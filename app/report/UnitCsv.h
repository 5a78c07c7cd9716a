// Reads the official list of administrative units from a CSV file (docs/units-and-import.md):
// UTF-8 with an optional BOM, RFC 4180 quoting, the header code,name,level,parent_code,
// valid_from,valid_to. Every refusal names the line and column and says what to do.
#pragma once

#include "AdminUnit.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QList>

namespace motcua {

class UnitCsv
{
    Q_DECLARE_TR_FUNCTIONS(UnitCsv)

public:
    // The whole list, checked as a list (AdminUnitCheck). Error code "units.csv" for a refused
    // file, "units.read" when it cannot be read.
    static Result<QList<AdminUnit>> parseFile(const QString &path);
    static Result<QList<AdminUnit>> parse(const QByteArray &bytes);
    // "line N, column C (name): text", translated.
    static QString lineMessage(int line, int column, const QString &text);
};

} // namespace motcua
