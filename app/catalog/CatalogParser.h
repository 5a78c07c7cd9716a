#pragma once

#include "core/Error.h"
#include "core/Procedure.h"

#include <QCoreApplication>

namespace motcua {

// Parses and validates a catalogue file (docs/catalog-format.md). Errors name the file and line.
class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)

public:
    static constexpr int kFormatVersion = 1;

    static Result<Catalog> parseFile(const QString &path);
    static Result<Catalog> parse(const QByteArray &json, const QString &fileLabel);
};

} // namespace motcua
