#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QJsonObject>

namespace motcua {

class Database;

// One progress event of the provincial system (docs/protocol.md, "Progress of dossiers").
struct ProgressEvent
{
    qint64 cursor = 0;
    QString dossierCode; // MaHoSo
    QString kind;        // status | appointment | supplement | citizen_confirmation
    int status = 0;      // TrangThaiHoSo, 0 when the event does not carry one
    QDateTime dueAt;     // NgayHenTra when the event changes it
    QDateTime at;        // ThoiDiemXuLy
    QJsonObject payload; // the event as received
};

// The progress pulled from the provincial system: events per dossier, the dossier's latest
// status, due date, open supplement request and citizen confirmation, and the feed's cursor.
class ProgressRepository
{
public:
    static constexpr const char *kFeed = "progress";

    explicit ProgressRepository(Database &db) : m_db(db) {}

    Result<qint64> cursor() const;
    // One transaction: the events not seen yet (cursor above the stored one) are recorded and
    // applied to their dossiers, and the cursor moves to nextCursor. Replaying a page changes
    // nothing. Events of dossiers this desk does not hold (another desk of the unit) are skipped.
    // Returns how many events were applied.
    Result<int> applyPage(const QList<ProgressEvent> &events, qint64 nextCursor);
    // The events of one dossier, oldest first.
    Result<QList<ProgressEvent>> events(qint64 dossierId) const;

private:
    Result<bool> applyOne(const ProgressEvent &e);
    Database &m_db;
};

} // namespace motcua
