#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua {

// Names of the provincial system's status codes (TrangThaiHoSo 1–10) and of a supplement
// request, for the queue, the dossier and the CLI.
class ProvincialStatus
{
    Q_DECLARE_TR_FUNCTIONS(ProvincialStatus)

public:
    static QString name(int code);
    // "Papers asked: A, B — note (by DATE)", from the supplement JSON of a progress event.
    static QString supplementText(const QJsonObject &supplement);
};

} // namespace motcua
