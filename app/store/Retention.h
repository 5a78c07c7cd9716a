#pragma once

#include "core/Error.h"

#include <QDateTime>

namespace motcua {

class Database;

// Personal data is kept only as long as the desk needs it (Decree 13/2023/NĐ-CP): once the
// provincial system has acknowledged a dossier (outbox "sent") more than `days` days ago, its
// applicant's name, ID number and phone, the national record kept for sending, the scans' file
// names and the scans themselves (unless a dossier still kept uses them) are removed. What
// remains is what the reports and the queue need: code, procedure, channel, dates, status.
// Identity look-up answers older than `days` are removed too, and the comments of citizens'
// ratings acknowledged more than `days` ago. days <= 0 keeps everything.
// Returns the number of dossiers purged. One transaction; the scan files go at the next
// orphan sweep (prepareDesk), once no row refers to them.
Result<int> purgeAcknowledged(Database &db, int days, const QDateTime &now);

} // namespace motcua
