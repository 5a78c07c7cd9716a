// The supervisor's day-end view (docs/reports.md, "Day-end view"): what one unit received on one
// Vietnam day by channel, its online and monitor-counted shares as the online-rate report counts
// them, accounts activated that day, and what is still outstanding at the desk.
#pragma once

#include "core/Error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

class Database;

struct DayEndRequest
{
    QDate day;        // Vietnam date (UTC+7); DayEnd::today() when the desk means "today"
    QString unitCode; // the receiving unit (the DeskIdentity unit code)
    QString deskCode; // empty: the whole unit; else only the dossiers this desk received
};

// A dossier the provincial system refused: the clerk must act on it (outbox state "action").
struct DayEndFailure
{
    qint64 dossierId = 0;
    QString code;
    QString procedureCode;
    QString procedureName;
    QString reason;       // as the queue shows it (the outbox's last error)
    QDateTime receivedAt;
};

struct DayEndSummary
{
    DayEndRequest request;

    // Received on the day, by channel (KenhThucHien and the citizen's confirmation).
    qint64 direct = 0;            // at the counter (1)
    qint64 postal = 0;            // by public postal service (3)
    qint64 onlineConfirmed = 0;   // online (2), confirmed with the citizen's own account (emc)
    qint64 onlineAwaiting = 0;    // online, still awaiting the citizen's confirmation
    qint64 onlineUnconfirmed = 0; // online without a confirmation on record (imported, older)
    qint64 assisted = 0;          // of onlineConfirmed: prepared at a counter

    // Received before the day and still open at its start: the report's carried_over, part of
    // the denominator of both shares.
    qint64 carriedOver = 0;
    qint64 accountsActivated = 0; // citizens' accounts activated at the desk that day

    // Outstanding at the desk now, whatever the day they were received.
    qint64 awaitingConfirmation = 0; // open online dossiers the citizen has not confirmed yet
    qint64 notSynced = 0;            // outbox queued, sending, or failed and retrying
    QList<DayEndFailure> failures;   // refused, needing action, oldest first

    qint64 online() const { return onlineConfirmed + onlineAwaiting + onlineUnconfirmed; }
    qint64 received() const { return direct + postal + online(); }
    // The report's total for the one-day period: carried over + received.
    qint64 handled() const { return carriedOver + received(); }
    qint64 emcOnline() const { return onlineConfirmed; }
    // Hundredths of a percent, as the report rounds them (rateHundredths).
    qint64 onlineShareHundredths() const;
    qint64 emcShareHundredths() const;
};

class DayEnd
{
public:
    // Today in Vietnam, whatever the desk's own time zone.
    static QDate today();
    // On the store's thread (its own Database); one read snapshot for all the figures.
    static Result<DayEndSummary> compute(Database &db, const DayEndRequest &request);
};

} // namespace motcua
