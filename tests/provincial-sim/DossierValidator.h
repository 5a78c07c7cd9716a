// Per-record checks of a DongBoHoSoMC push that need no store (docs/protocol.md, "Pushing
// dossiers" and "Online dossiers"): fields, types, values, and the shape of the citizen's
// confirmation. The checks of the proof against the store are CitizenProofCheck's.
#pragma once

#include "StoreTypes.h"

#include <QtCore/QString>

#include <optional>

class QJsonObject;
class QJsonValue;

class DossierValidator
{
public:
    // Nothing when the record is acceptable; otherwise the reason and a message naming the first
    // offending field, e.g. "missing field ChuHoSo". Messages never quote field values (they may
    // be personal data).
    [[nodiscard]] static std::optional<RecordProblem> problem(const QJsonValue &record);

    // The submission of an acceptable record, content identity included.
    [[nodiscard]] static DossierSubmission submission(const QJsonObject &record);

    [[nodiscard]] static bool isTimestamp(const QString &value);

private:
    [[nodiscard]] static QString fieldProblem(const QJsonObject &record);
    [[nodiscard]] static QString optionalFieldProblem(const QJsonObject &record);
    [[nodiscard]] static std::optional<RecordProblem> proofProblem(const QJsonObject &record);
};
