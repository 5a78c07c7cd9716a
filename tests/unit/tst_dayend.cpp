// The day-end summary on a real store: dossiers saved at two desks of two units around one
// Vietnam day, their outbox states and activations, each commented with where it counts.
#include "TempStore.h"

#include "report/DayEnd.h"
#include "report/ReportService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

const QDate kDay(2026, 12, 7);

void exec(Database &db, const QString &sql)
{
    if (auto ok = db.execScript(sql); !ok)
        qFatal("fixture: %s", qPrintable(ok.error().detail));
}

// A dossier as the desk saves it (the triggers fill report_dossier), with its outbox entry when
// `state` is given.
void dossier(Database &db, const QString &code, const QString &unit, const QString &desk,
             int channel, const QString &confirmation, const QString &receivedAt,
             const QString &state = {}, const QString &reason = {}, int status = 2)
{
    QSqlQuery q(db.sql());
    q.prepare(u"INSERT INTO dossier(code, procedure_code, procedure_name, field_code, field_name, "
              "channel, applicant_name, applicant_cccd, applicant_phone, unit_code, unit_name, "
              "desk_code, clerk, received_at, confirmation, status) VALUES (?, '1.000001', "
              "'Đăng ký khai sinh', 'F1', 'Hộ tịch', ?, '', '0', '', ?, 'Xã', ?, 'c', ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(code), QVariant(channel), QVariant(unit), QVariant(desk),
                              QVariant(receivedAt), QVariant(confirmation), QVariant(status)})
        q.addBindValue(v);
    if (!q.exec())
        qFatal("fixture dossier: %s", qPrintable(q.lastError().text()));
    if (state.isEmpty())
        return;
    q.prepare(u"INSERT INTO outbox(dossier_id, idempotency_key, payload, state, last_error, "
              "created_at) SELECT id, 'k-' || code, '{}', ?, coalesce(?, ''), received_at FROM dossier "
              "WHERE code = ?"_s);
    for (const QVariant &v : {QVariant(state), QVariant(reason), QVariant(code)})
        q.addBindValue(v);
    if (!q.exec())
        qFatal("fixture outbox: %s", qPrintable(q.lastError().text()));
}

void seed(Database &db)
{
    //        code  unit  desk  ch  confirmation  received                       outbox
    // A: at the counter, 09:00 on the day.
    dossier(db, u"A"_s, u"U1"_s, u"01"_s, 1, u"none"_s, u"2026-12-07T09:00:00+07:00"_s, u"queued"_s);
    // B: by post, on the day.
    dossier(db, u"B"_s, u"U1"_s, u"01"_s, 3, u"none"_s, u"2026-12-07T10:00:00+07:00"_s, u"sending"_s);
    // C: online, confirmed at the desk; 17:30 UTC on the 6th is 00:30 on the 7th in Vietnam.
    dossier(db, u"C"_s, u"U1"_s, u"01"_s, 2, u"confirmed"_s, u"2026-12-06T17:30:00Z"_s, u"sent"_s);
    // E: online, awaiting the citizen, at desk 02; 23:59 on the day in Vietnam.
    dossier(db, u"E"_s, u"U1"_s, u"02"_s, 2, u"awaiting"_s, u"2026-12-07T16:59:00Z"_s, u"retry"_s,
            u"Mất kết nối"_s);
    // Y: 16:30 UTC on the 6th is 23:30 on the 6th in Vietnam: yesterday, still open (carried
    // over); refused by the province.
    dossier(db, u"Y"_s, u"U1"_s, u"01"_s, 1, u"none"_s, u"2026-12-06T16:30:00Z"_s, u"action"_s,
            u"Thiếu bản sao giấy khai sinh"_s);
    // Y2: online awaiting since the 1st, open: carried over, still awaited; refused as well.
    dossier(db, u"Y2"_s, u"U1"_s, u"01"_s, 2, u"awaiting"_s, u"2026-12-01T08:00:00+07:00"_s,
            u"action"_s, u"Mã thủ tục không hợp lệ"_s);
    // Y3: online awaiting, received on the 2nd and finished (result returned) on the 3rd: neither
    // carried over nor awaited any more.
    dossier(db, u"Y3"_s, u"U1"_s, u"01"_s, 2, u"awaiting"_s, u"2026-12-02T08:00:00+07:00"_s,
            u"sent"_s, {}, 10);
    exec(db, u"INSERT INTO dossier_event(dossier_id, cursor, kind, status, payload, at) "
             "SELECT id, 1, 'status', 10, '{}', '2026-12-03T10:00:00+07:00' FROM dossier "
             "WHERE code = 'Y3'"_s);
    // F: 00:10 on the 8th in Vietnam: tomorrow.
    dossier(db, u"F"_s, u"U1"_s, u"01"_s, 1, u"none"_s, u"2026-12-08T00:10:00+07:00"_s, u"queued"_s);
    // O: another unit's dossier on the day (an earlier unit code of this desk): not U1's.
    dossier(db, u"O"_s, u"U2"_s, u"01"_s, 1, u"none"_s, u"2026-12-07T11:00:00+07:00"_s, u"queued"_s);
    // I: imported history of U1 on the day, online without the citizen's own account.
    exec(db, u"INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, "
             "procedure_key, channel, emc, assisted, received_day, finished_day) "
             "SELECT 'I', 2, (SELECT id FROM report_key WHERE kind = 1 AND code = 'U1'), 3, "
             "(SELECT id FROM report_key WHERE kind = 2 AND code = 'F1'), "
             "(SELECT id FROM report_key WHERE kind = 3 AND code = '1.000001'), 2, 0, 0, %1, NULL"_s
                 .arg(kDay.toJulianDay()));
    exec(db, uR"(
        INSERT INTO activation(remote_id, cccd, method, clerk, started_at, state, finished_at)
        VALUES
            -- on the day
            ('a1', '0', 'vneid', 'c', '2026-12-07T08:00:00+07:00', 'activated', '2026-12-07T08:10:00+07:00'),
            -- 23:30 on the 6th in Vietnam: yesterday
            ('a2', '0', 'vneid', 'c', '2026-12-06T16:00:00Z', 'activated', '2026-12-06T16:30:00Z'),
            -- started on the day, never activated
            ('a3', '0', 'vneid', 'c', '2026-12-07T09:00:00+07:00', 'started', NULL);
    )"_s);
}

} // namespace

class TestDayEnd : public QObject
{
    Q_OBJECT

private:
    TempStore m_store;

    DayEndSummary summary(const QDate &day, const QString &unit, const QString &desk = {})
    {
        auto s = DayEnd::compute(m_store.db(), {day, unit, desk});
        if (!s)
            qFatal("day end: %s", qPrintable(s.error().detail));
        return *s;
    }

private slots:
    void initTestCase() { seed(m_store.db()); }

    void wholeUnitOnTheDay()
    {
        const DayEndSummary s = summary(kDay, u"U1"_s);
        QCOMPARE(s.direct, 1);            // A (not Y: yesterday; not F: tomorrow; not O)
        QCOMPARE(s.postal, 1);            // B
        QCOMPARE(s.onlineConfirmed, 1);   // C, 00:30 in Vietnam
        QCOMPARE(s.onlineAwaiting, 1);    // E, 23:59 in Vietnam
        QCOMPARE(s.onlineUnconfirmed, 1); // I, imported
        QCOMPARE(s.assisted, 1);          // C
        QCOMPARE(s.received(), 5);
        QCOMPARE(s.carriedOver, 2);       // Y and Y2, open; not Y3, finished on the 3rd
        QCOMPARE(s.handled(), 7);
        QCOMPARE(s.onlineShareHundredths(), 4286); // 3 of 7
        QCOMPARE(s.emcShareHundredths(), 1429);    // 1 of 7
        QCOMPARE(s.accountsActivated, 1);          // a1
        QCOMPARE(s.awaitingConfirmation, 2);       // E and Y2; Y3 is finished
        QCOMPARE(s.notSynced, 5);                  // A, B, E, F, O: queued, sending, retry
        QCOMPARE(s.failures.size(), 2);
        QCOMPARE(s.failures.at(0).code, u"Y"_s);
        QCOMPARE(s.failures.at(0).procedureCode, u"1.000001"_s);
        QCOMPARE(s.failures.at(0).procedureName, u"Đăng ký khai sinh"_s);
        QCOMPARE(s.failures.at(0).reason, u"Thiếu bản sao giấy khai sinh"_s);
        QCOMPARE(s.failures.at(0).receivedAt.toUTC(), QDateTime(QDate(2026, 12, 6), QTime(16, 30),
                                                                Qt::UTC));
        QCOMPARE(s.failures.at(1).code, u"Y2"_s);
        QCOMPARE(s.failures.at(1).reason, u"Mã thủ tục không hợp lệ"_s);
    }

    // Yesterday in Vietnam: Y (23:30) is that day's; the activation at 23:30 too.
    void theDayBefore()
    {
        const DayEndSummary s = summary(kDay.addDays(-1), u"U1"_s);
        QCOMPARE(s.direct, 1);
        QCOMPARE(s.received(), 1);
        QCOMPARE(s.carriedOver, 1); // Y2; Y3 finished on the 3rd
        QCOMPARE(s.accountsActivated, 1);
        QCOMPARE(s.onlineShareHundredths(), 0);
    }

    void oneDeskOnly()
    {
        const DayEndSummary s = summary(kDay, u"U1"_s, u"02"_s);
        QCOMPARE(s.onlineAwaiting, 1); // E only
        QCOMPARE(s.received(), 1);
        QCOMPARE(s.carriedOver, 0);
        QCOMPARE(s.onlineShareHundredths(), 10000);
        QCOMPARE(s.emcShareHundredths(), 0);
        QCOMPARE(s.awaitingConfirmation, 1);
        QCOMPARE(s.notSynced, 1);
        QVERIFY(s.failures.isEmpty());
    }

    // The shares are the online-rate report's for the one-day period, unit by unit.
    void sameFiguresAsTheReport_data()
    {
        QTest::addColumn<QDate>("day");
        for (int offset = -6; offset <= 1; ++offset)
            QTest::newRow(qPrintable(kDay.addDays(offset).toString(Qt::ISODate)))
                << kDay.addDays(offset);
    }
    void sameFiguresAsTheReport()
    {
        QFETCH(QDate, day);
        auto report = ReportService(m_store.db()).run({day, day, ReportGrouping::Unit, u"U1"_s});
        QVERIFY(report);
        ReportRow u1;
        for (const ReportRow &row : std::as_const(report->rows))
            if (!row.isTotal() && row.group == u"U1"_s)
                u1 = row;
        const DayEndSummary s = summary(day, u"U1"_s);
        QCOMPARE(s.carriedOver, u1.carriedOver);
        QCOMPARE(s.online(), u1.online);
        QCOMPARE(s.direct + s.postal, u1.directPostal);
        QCOMPARE(s.emcOnline(), u1.emcOnline);
        QCOMPARE(s.assisted, u1.assisted);
        QCOMPARE(s.accountsActivated, u1.accountsActivated);
        QCOMPARE(s.handled(), u1.total());
    }

    void unknownUnitAndNoDay()
    {
        const DayEndSummary s = summary(kDay, u"NOPE"_s);
        QCOMPARE(s.received(), 0);
        QCOMPARE(s.onlineShareHundredths(), 0);
        QCOMPARE(s.notSynced, 5); // the desk's outbox, whatever the unit
        auto refused = DayEnd::compute(m_store.db(), {QDate(), u"U1"_s, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"report.period"_s);
    }
};

QTEST_GUILESS_MAIN(TestDayEnd)
#include "tst_dayend.moc"
