// Per-record checks of a DongBoHoSoMC push (docs/protocol.md, "Pushing dossiers").
#pragma once

#include <QtCore/QString>

class QJsonValue;

class DossierValidator
{
public:
    // Empty when the record is acceptable; otherwise a message naming the first offending field,
    // e.g. "missing field ChuHoSo". Messages never quote field values (they may be personal data).
    [[nodiscard]] static QString problem(const QJsonValue &record);

private:
    [[nodiscard]] static bool isTimestamp(const QString &value);
};
