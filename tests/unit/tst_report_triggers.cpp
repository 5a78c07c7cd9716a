#include "ReportFixture.h"

using namespace report_test;

// The desk's own dossiers in the report: the triggers of migration 007 on save, confirmation and
// status events, and its backfill of dossiers saved before it.
class TestReportTriggers : public QObject
{
    Q_OBJECT

private slots:
    void triggersFeedTheReport();
    void triggerDeskLocalTimeFarFromVietnam();
    void triggerReopen();
    void triggerConfirmation();
    void backfillFollowsTheTriggers();
    void deskDossierReplacesImportedCode();
};

void TestReportTriggers::triggersFeedTheReport()
{
    TempStore store;
    exec(store.db(), uR"(
        INSERT INTO admin_unit(code, name, level, parent_code, valid_from, valid_to) VALUES
            ('01', 'Tỉnh Mẫu', 1, NULL, '0001-01-01', '9999-12-31'),
            ('T.01', 'Thị xã T', 2, '01', '0001-01-01', '2025-06-30'),
            ('T.01', 'Phường T', 3, '01', '2025-07-01', '9999-12-31');
        INSERT INTO dossier(code, procedure_code, procedure_name, field_code, field_name, channel,
                            applicant_name, applicant_cccd, applicant_phone, unit_code, unit_name,
                            desk_code, clerk, received_at, confirmation) VALUES
            -- 30 June in Vietnam: T.01 is still a district.
            ('T-1', 'P1', 'Thủ tục 1', 'F1', 'Lĩnh vực 1', 1, 'x', '0', '0', 'T.01', 'Phường T',
             '01', 'c', '2025-06-30T23:30:00+07:00', 'none'),
            -- 17:30 UTC on 30 June is 1 July in Vietnam: a commune. Online, confirmed.
            ('T-2', 'P1', 'Thủ tục 1', 'F1', 'Lĩnh vực 1', 2, 'x', '0', '0', 'T.01', 'Phường T',
             '01', 'c', '2025-06-30T17:30:00Z', 'confirmed'),
            -- A unit not on the list: a commune.
            ('T-3', 'P2', 'Thủ tục 2', 'F1', 'Lĩnh vực 1', 2, 'x', '0', '0', 'X.99', 'Xã X',
             '01', 'c', '2025-07-02T08:00:00+07:00', 'awaiting');
        -- Result returned (10) at 01:00 on 5 July in Vietnam (18:00 UTC on 4 July).
        INSERT INTO dossier_event(dossier_id, cursor, kind, status, payload, at)
            SELECT id, 1, 'status', 10, '{}', '2025-07-05T01:00:00+07:00' FROM dossier
             WHERE code = 'T-1';
    )"_s);
    const auto rows = [&](const QString &code) {
        return scalar(store.db(),
                      u"SELECT unit_level || '|' || channel || '|' || emc || '|' || assisted "
                      "|| '|' || received_day || '|' || coalesce(finished_day, '-') "
                      "FROM report_dossier WHERE code = '%1'"_s.arg(code)).toString();
    };
    QCOMPARE(rows(u"T-1"_s), u"2|1|0|0|%1|%2"_s.arg(d(2025, 6, 30).toJulianDay())
                                 .arg(d(2025, 7, 5).toJulianDay()));
    QCOMPARE(rows(u"T-2"_s), u"3|2|1|1|%1|-"_s.arg(d(2025, 7, 1).toJulianDay()));
    QCOMPARE(rows(u"T-3"_s), u"3|2|0|0|%1|-"_s.arg(d(2025, 7, 2).toJulianDay()));
    // And the report reads them: July by level.
    const auto r = run(store.db(), d(2025, 7, 1), d(2025, 7, 31), ReportGrouping::Level, {});
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({
        u"province||0|0|0|0|0|0|0|0.00|0.00"_s,
        u"district||1|0|0|1|0|0|0|0.00|0.00"_s,         // T-1, open on 1 July
        u"commune||0|2|0|2|1|1|0|100.00|50.00"_s,       // T-2 confirmed, T-3 awaiting
        u"all||1|2|0|3|1|1|0|66.67|33.33"_s}));
}

void TestReportTriggers::triggerDeskLocalTimeFarFromVietnam()
{
    // The desk writes received_at in its own local time without an offset
    // (IntakeService: QDateTime::currentDateTime().toString(Qt::ISODate)). Far from Vietnam,
    // 13:30 on 30 June in New York (UTC-4 in summer) is 00:30 on 1 July in Vietnam.
    const PinnedTimeZone zone("America/New_York");
    QCOMPARE(QDateTime(d(2025, 6, 30), QTime(13, 30)).offsetFromUtc(), -4 * 3600);
    TempStore store;
    seedUnitT01(store.db());
    deskDossier(store.db(), u"NY-1"_s, 1, u"2025-06-30T13:30:00"_s, u"none"_s);
    // 29 June 23:00 in New York is 30 June 10:00 in Vietnam: still a district.
    deskDossier(store.db(), u"NY-2"_s, 1, u"2025-06-29T23:00:00"_s, u"none"_s);
    QCOMPARE(reportRow(store.db(), u"NY-1"_s),
             u"3|1|0|0|%1|-|1"_s.arg(d(2025, 7, 1).toJulianDay()));
    QCOMPARE(reportRow(store.db(), u"NY-2"_s),
             u"2|1|0|0|%1|-|1"_s.arg(d(2025, 6, 30).toJulianDay()));
}

void TestReportTriggers::triggerReopen()
{
    TempStore store;
    seedUnitT01(store.db());
    deskDossier(store.db(), u"R-1"_s, 1, u"2025-07-01T09:00:00+07:00"_s, u"none"_s);
    // Processed (9) on 3 July: finished.
    statusEvent(store.db(), u"R-1"_s, 1, 9, u"2025-07-03T10:00:00+07:00"_s);
    QCOMPARE(reportRow(store.db(), u"R-1"_s),
             u"3|1|0|0|%1|%2|1"_s.arg(d(2025, 7, 1).toJulianDay()).arg(d(2025, 7, 3).toJulianDay()));
    // A supplement asked for (5): open again.
    statusEvent(store.db(), u"R-1"_s, 2, 5, u"2025-07-04T10:00:00+07:00"_s);
    QCOMPARE(reportRow(store.db(), u"R-1"_s),
             u"3|1|0|0|%1|-|1"_s.arg(d(2025, 7, 1).toJulianDay()));
    // Result returned (10) at 00:30 on 8 July in Vietnam, written in UTC: finished that day.
    statusEvent(store.db(), u"R-1"_s, 3, 10, u"2025-07-07T17:30:00Z"_s);
    QCOMPARE(reportRow(store.db(), u"R-1"_s),
             u"3|1|0|0|%1|%2|1"_s.arg(d(2025, 7, 1).toJulianDay()).arg(d(2025, 7, 8).toJulianDay()));
    // A later final event keeps the day processing ended.
    statusEvent(store.db(), u"R-1"_s, 4, 10, u"2025-07-09T10:00:00+07:00"_s);
    QCOMPARE(reportRow(store.db(), u"R-1"_s),
             u"3|1|0|0|%1|%2|1"_s.arg(d(2025, 7, 1).toJulianDay()).arg(d(2025, 7, 8).toJulianDay()));
}

void TestReportTriggers::triggerConfirmation()
{
    TempStore store;
    seedUnitT01(store.db());
    // Prepared at the counter, online (channel 2), the citizen has not confirmed yet.
    deskDossier(store.db(), u"C-1"_s, 2, u"2025-07-02T09:00:00+07:00"_s, u"awaiting"_s);
    const QString day = QString::number(d(2025, 7, 2).toJulianDay());
    QCOMPARE(reportRow(store.db(), u"C-1"_s), u"3|2|0|0|%1|-|1"_s.arg(day));
    exec(store.db(), u"UPDATE dossier SET confirmation = 'confirmed' WHERE code = 'C-1'"_s);
    QCOMPARE(reportRow(store.db(), u"C-1"_s), u"3|2|1|1|%1|-|1"_s.arg(day));
}

void TestReportTriggers::backfillFollowsTheTriggers()
{
    TempStore store;
    Database &db = store.db();
    seedUnitT01(db);
    const auto day = [](int m, int dd) { return QString::number(d(2025, m, dd).toJulianDay()); };
    // Received 30 June in Vietnam: T.01 still a district.
    deskDossier(db, u"BF-1"_s, 2, u"2025-06-30T10:00:00+07:00"_s, u"confirmed"_s);
    deskDossier(db, u"BF-2"_s, 1, u"2025-07-01T09:00:00+07:00"_s, u"none"_s);
    deskDossier(db, u"BF-3"_s, 1, u"2025-07-01T09:00:00+07:00"_s, u"none"_s);
    deskDossier(db, u"BF-4"_s, 2, u"2025-07-01T09:00:00+07:00"_s, u"awaiting"_s);
    deskDossier(db, u"BF-5"_s, 1, u"2025-07-01T09:00:00+07:00"_s, u"none"_s);
    // BF-1: processed (9), then a supplement asked for (5): open.
    statusEvent(db, u"BF-1"_s, 1, 9, u"2025-07-03T10:00:00+07:00"_s);
    // BF-2: processed, reopened (6), result returned at 00:30 on 8 July in Vietnam (UTC).
    statusEvent(db, u"BF-2"_s, 2, 9, u"2025-07-03T10:00:00+07:00"_s);
    statusEvent(db, u"BF-1"_s, 3, 5, u"2025-07-04T10:00:00+07:00"_s);
    statusEvent(db, u"BF-2"_s, 4, 6, u"2025-07-04T10:00:00+07:00"_s);
    statusEvent(db, u"BF-2"_s, 5, 10, u"2025-07-07T17:30:00Z"_s);
    // BF-3: not accepted by the province (3): processing ended.
    statusEvent(db, u"BF-3"_s, 6, 3, u"2025-07-02T10:00:00+07:00"_s);
    // BF-4: only accepted (2): open.
    statusEvent(db, u"BF-4"_s, 7, 2, u"2025-07-02T10:00:00+07:00"_s);
    // BF-5: returned at 23:30 on 10 July, then again at 00:00 on 11 July written in UTC, which
    // sorts before the first as text.
    statusEvent(db, u"BF-5"_s, 8, 10, u"2025-07-10T23:30:00+07:00"_s);
    statusEvent(db, u"BF-5"_s, 9, 10, u"2025-07-10T17:00:00Z"_s);
    const QString all = u"SELECT group_concat(code || '|' || unit_level || '|' || channel || '|' "
                        "|| emc || '|' || assisted || '|' || received_day || '|' || "
                        "coalesce(finished_day, '-') || '|' || source, ' ') FROM "
                        "(SELECT * FROM report_dossier ORDER BY code)"_s;
    const QString expected = QStringList({
        u"BF-1|2|2|1|1|%1|-|1"_s.arg(day(6, 30)),
        u"BF-2|3|1|0|0|%1|%2|1"_s.arg(day(7, 1), day(7, 8)),
        u"BF-3|3|1|0|0|%1|%2|1"_s.arg(day(7, 1), day(7, 2)),
        u"BF-4|3|2|0|0|%1|-|1"_s.arg(day(7, 1)),
        u"BF-5|3|1|0|0|%1|%2|1"_s.arg(day(7, 1), day(7, 10))}).join(u' ');
    QCOMPARE(scalar(db, all).toString(), expected);

    // The same dossiers as if saved before migration 7: its backfill must give the same rows.
    QString backfill;
    for (const Migration &m : Migrations::all())
        if (m.version == 7)
            backfill = m.sql;
    const qsizetype from = backfill.indexOf(u"-- Dossiers saved before this version"_s);
    QVERIFY(from > 0);
    exec(db, u"DELETE FROM report_dossier"_s);
    exec(db, backfill.mid(from));
    QCOMPARE(scalar(db, all).toString(), expected);
}

void TestReportTriggers::deskDossierReplacesImportedCode()
{
    TempStore store;
    Database &db = store.db();
    seedUnitT01(db);
    exec(db, u"INSERT INTO report_key(id, kind, code, name) VALUES (501, 1, 'I.01', 'Xã I'), "
             "(502, 2, 'IF', 'Lĩnh vực I'), (503, 3, 'IP', 'Thủ tục I')"_s);
    // Imported history already holds the code (online, finished in January).
    dossier(db, "DUP-1", 501, 3, 502, 503, 2, 1, 0, d(2025, 1, 5), d(2025, 1, 20));
    // The desk then saves a dossier with that code: its own values, and it is the desk's.
    deskDossier(db, u"DUP-1"_s, 1, u"2025-06-30T10:00:00+07:00"_s, u"none"_s);
    const QString received = QString::number(d(2025, 6, 30).toJulianDay());
    QCOMPARE(reportRow(db, u"DUP-1"_s), u"2|1|0|0|%1|-|1"_s.arg(received));
    QCOMPARE(scalar(db, u"SELECT k.code FROM report_dossier r JOIN report_key k ON "
                        "k.id = r.unit_key WHERE r.code = 'DUP-1'"_s).toString(), u"T.01"_s);
    // Its later events reach it.
    statusEvent(db, u"DUP-1"_s, 1, 10, u"2025-07-05T10:00:00+07:00"_s);
    QCOMPARE(reportRow(db, u"DUP-1"_s),
             u"2|1|0|0|%1|%2|1"_s.arg(received).arg(d(2025, 7, 5).toJulianDay()));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM report_dossier"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestReportTriggers)
#include "tst_report_triggers.moc"
