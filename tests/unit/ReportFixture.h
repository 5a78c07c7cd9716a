// What the report tests share: a few report rows and desk dossiers written by hand, and the
// rows of a report as text to compare.
#pragma once

#include "TempStore.h"

#include "report/ReportCsv.h"
#include "report/ReportService.h"
#include "report/ReportXlsx.h"
#include "store/Migrations.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <ctime>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace motcua;

// ReportService over a small store whose every row is counted by hand (docs/reports.md). Rows
// are written as "group|name|carried|online|direct_postal|total|emc|assisted|accounts|
// online_rate|emc_rate" so that a difference shows the whole row.
namespace report_test {

inline QString line(const ReportRow &r)
{
    const qint64 t = r.total();
    return u"%1|%2|%3|%4|%5|%6|%7|%8|%9|"_s.arg(r.group, r.name)
               .arg(r.carriedOver).arg(r.online).arg(r.directPostal).arg(t)
               .arg(r.emcOnline).arg(r.assisted).arg(r.accountsActivated)
           + rateText(rateHundredths(r.online, t)) + u'|'
           + rateText(rateHundredths(r.emcOnline, t));
}

inline QStringList lines(const QList<ReportRow> &rows)
{
    QStringList out;
    for (const ReportRow &r : rows)
        out << line(r);
    return out;
}

inline void exec(Database &db, const QString &sql)
{
    if (auto ok = db.execScript(sql); !ok)
        qFatal("fixture: %s", qPrintable(ok.error().detail));
}

// One report_dossier row; days as dates, stored as Julian day numbers.
inline void dossier(Database &db, const char *code, int unit, int level, int field, int procedure,
             int channel, int emc, int assisted, QDate received, QDate finished = {})
{
    QSqlQuery q(db.sql());
    q.prepare(u"INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, "
              "procedure_key, channel, emc, assisted, received_day, finished_day) "
              "VALUES (?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(QString::fromLatin1(code)), QVariant(unit),
                              QVariant(level), QVariant(field), QVariant(procedure),
                              QVariant(channel), QVariant(emc), QVariant(assisted),
                              QVariant(received.toJulianDay()),
                              finished.isValid() ? QVariant(finished.toJulianDay())
                                                 : QVariant(QMetaType(QMetaType::LongLong))})
        q.addBindValue(v);
    if (!q.exec())
        qFatal("fixture row %s: %s", code, qPrintable(q.lastError().text()));
}

inline QDate d(int y, int m, int day) { return QDate(y, m, day); }

// A dossier saved at the desk (the dossier table, so that the triggers run), with its unit
// T.01 a district until 30 June 2025 and a commune (ward) from 1 July 2025.
inline void deskDossier(Database &db, const QString &code, int channel, const QString &receivedAt,
                 const QString &confirmation)
{
    QSqlQuery q(db.sql());
    q.prepare(u"INSERT INTO dossier(code, procedure_code, procedure_name, field_code, field_name, "
              "channel, applicant_name, applicant_cccd, applicant_phone, unit_code, unit_name, "
              "desk_code, clerk, received_at, confirmation) VALUES (?, 'P1', 'Thủ tục 1', 'F1', "
              "'Lĩnh vực 1', ?, 'x', '0', '0', 'T.01', 'Phường T', '01', 'c', ?, ?)"_s);
    q.addBindValue(code);
    q.addBindValue(channel);
    q.addBindValue(receivedAt);
    q.addBindValue(confirmation);
    if (!q.exec())
        qFatal("fixture dossier: %s", qPrintable(q.lastError().text()));
}

inline void seedUnitT01(Database &db)
{
    exec(db, uR"(
        INSERT INTO admin_unit(code, name, level, parent_code, valid_from, valid_to) VALUES
            ('01', 'Tỉnh Mẫu', 1, NULL, '0001-01-01', '9999-12-31'),
            ('T.01', 'Thị xã T', 2, '01', '0001-01-01', '2025-06-30'),
            ('T.01', 'Phường T', 3, '01', '2025-07-01', '9999-12-31');
    )"_s);
}

// A status event of a desk dossier, as ProgressRepository writes it.
inline void statusEvent(Database &db, const QString &code, int cursor, int status, const QString &at)
{
    exec(db, u"INSERT INTO dossier_event(dossier_id, cursor, kind, status, payload, at) "
             "SELECT id, %1, 'status', %2, '{}', '%3' FROM dossier WHERE code = '%4'"_s
                 .arg(cursor).arg(status).arg(at, code));
}

// unit_level|channel|emc|assisted|received_day|finished_day ('-' while open) of one row.
inline QString reportRow(Database &db, const QString &code)
{
    return scalar(db, u"SELECT unit_level || '|' || channel || '|' || emc || '|' || assisted "
                      "|| '|' || received_day || '|' || coalesce(finished_day, '-') || '|' || "
                      "source FROM report_dossier WHERE code = '%1'"_s.arg(code)).toString();
}

// Sets the process time zone for one scope, as the desk's own may be anything.
class PinnedTimeZone
{
public:
    explicit PinnedTimeZone(const char *zone)
        : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~PinnedTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    PinnedTimeZone(const PinnedTimeZone &) = delete;
    PinnedTimeZone &operator=(const PinnedTimeZone &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

// The desk's unit is H36.10: a district until 30 June 2025, a commune (ward) from 1 July 2025.
inline void seed(Database &db)
{
    exec(db, uR"(
        INSERT INTO admin_unit(code, name, level, parent_code, valid_from, valid_to) VALUES
            ('01', 'Tỉnh Mẫu', 1, NULL, '0001-01-01', '9999-12-31'),
            ('001', 'Huyện A', 2, '01', '0001-01-01', '2025-06-30'),
            ('00004', 'Xã B', 3, '001', '0001-01-01', '2025-06-30'),
            ('00004', 'Xã B', 3, '01', '2025-07-01', '9999-12-31'),
            ('H36.10', 'Thị xã C', 2, '01', '0001-01-01', '2025-06-30'),
            ('H36.10', 'Phường C', 3, '01', '2025-07-01', '9999-12-31');
        INSERT INTO report_key(id, kind, code, name) VALUES
            (1, 1, '01', 'Tỉnh Mẫu'), (2, 1, '001', 'Huyện A'), (3, 1, '00004', 'Xã B'),
            (4, 1, 'H36.10', 'Phường C'),
            (10, 2, 'F01', 'Đất đai'), (11, 2, 'F02', 'Hộ tịch'),
            (20, 3, '1.000001', 'Thủ tục 1'), (21, 3, '1.000002', 'Thủ tục 2'),
            (22, 3, '1.000003', 'Thủ tục 3');
        INSERT INTO activation(remote_id, cccd, method, clerk, started_at, state, finished_at)
        VALUES
            -- 1 March in Vietnam (28 February 17:30 UTC): counts in March.
            ('a1', '0', 'vneid', 'c', '2025-03-01T00:00:00+07:00', 'activated', '2025-03-01T00:30:00+07:00'),
            -- 28 February in Vietnam: before March.
            ('a2', '0', 'vneid', 'c', '2025-02-28T23:00:00+07:00', 'activated', '2025-02-28T23:59:00+07:00'),
            -- 31 March 23:59:59 in Vietnam: counts in March.
            ('a3', '0', 'vneid', 'c', '2025-03-31T16:00:00Z', 'activated', '2025-03-31T16:59:59Z'),
            -- 1 April 00:00 in Vietnam: April.
            ('a4', '0', 'vneid', 'c', '2025-03-31T16:30:00Z', 'activated', '2025-03-31T17:00:00Z'),
            -- Without an offset (the desk's local time), mid-day: 15 March whatever the zone.
            ('a5', '0', 'vneid', 'c', '2025-03-15T09:00:00', 'activated', '2025-03-15T10:00:00'),
            -- Never activated: not counted.
            ('a6', '0', 'vneid', 'c', '2025-03-16T09:00:00+07:00', 'started', '2025-03-16T10:00:00+07:00'),
            -- 10 August: the unit is a commune by then.
            ('a7', '0', 'vneid', 'c', '2025-08-10T08:00:00+07:00', 'activated', '2025-08-10T09:00:00+07:00');
    )"_s);
    // unit keys: 1 '01' province, 2 '001' district, 3 '00004' commune, 4 'H36.10' (see above)
    //        code   unit lvl fld proc ch emc ass received          finished
    // A1: received on the last day of February, still open: carried into March (and August).
    dossier(db, "A1", 1, 1, 10, 20, 1, 0, 0, d(2025, 2, 28));
    // A2: finished ON 1 March: it was open when March started, so carried over.
    dossier(db, "A2", 2, 2, 11, 21, 2, 1, 0, d(2025, 2, 10), d(2025, 3, 1));
    // A3: finished on 28 February, the last day before March: not carried over.
    dossier(db, "A3", 2, 2, 11, 21, 1, 0, 0, d(2025, 2, 10), d(2025, 2, 28));
    // A4: received and finished in January: nowhere in March.
    dossier(db, "A4", 3, 3, 10, 20, 2, 1, 1, d(2025, 1, 5), d(2025, 1, 20));
    // A5: received on 1 March, the first day: new, online, own account, prepared at a counter.
    dossier(db, "A5", 3, 3, 10, 20, 2, 1, 1, d(2025, 3, 1), d(2025, 3, 20));
    // A6: received on 31 March, the last day: new online, H36.10 still a district then.
    dossier(db, "A6", 4, 2, 11, 21, 2, 0, 0, d(2025, 3, 31), d(2025, 4, 10));
    // A7: by post (channel 3): direct_postal.
    dossier(db, "A7", 3, 3, 10, 21, 3, 0, 0, d(2025, 3, 15), d(2025, 4, 2));
    // A8: at the counter (channel 1), finished within March: still new in March.
    dossier(db, "A8", 1, 1, 11, 20, 1, 0, 0, d(2025, 3, 15), d(2025, 3, 20));
    // A9: received on 1 April: after March; the only dossier of procedure 1.000003.
    dossier(db, "A9", 3, 3, 10, 22, 1, 0, 0, d(2025, 4, 1), d(2025, 4, 15));
    // A10: online with the citizen's own account, not assisted.
    dossier(db, "A10", 2, 2, 10, 20, 2, 1, 0, d(2025, 3, 10), d(2025, 3, 25));
    // B3: received 30 July (after the reform, a commune), open: carried into August.
    dossier(db, "B3", 3, 3, 10, 20, 2, 0, 0, d(2025, 7, 30));
    // B1: H36.10 on 5 August is a commune: stored with level 3. Online, own account.
    dossier(db, "B1", 4, 3, 10, 20, 2, 1, 0, d(2025, 8, 5), d(2025, 8, 20));
    // B2: the province, at the counter.
    dossier(db, "B2", 1, 1, 11, 21, 1, 0, 0, d(2025, 8, 6), d(2025, 8, 7));
}


inline Result<Report> run(Database &db, QDate from, QDate to, ReportGrouping by,
                          const QString &desk = u"H36.10"_s)
{
    return ReportService(db).run(ReportRequest{from, to, by, desk});
}

} // namespace report_test
