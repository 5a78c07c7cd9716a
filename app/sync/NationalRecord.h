#pragma once

#include "store/DossierRepository.h"

#include <QJsonObject>

namespace motcua {

// Builds the national one-stop sync record (DongBoHoSoMC field names) for a dossier, so that an
// adapter to a real provincial system is a mapping. Dates are yyyyMMddHHmmss in UTC+7.
class NationalRecord
{
public:
    static QJsonObject fromDossier(const DossierRow &row);
    static QString formatDate(const QDateTime &when);
    static QDateTime vietnamTime(const QDateTime &when);
};

} // namespace motcua
