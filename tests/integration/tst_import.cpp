#include "ImportFixture.h"

using namespace import_test;

// motcua-cli import-dossiers on good files: the exact rows stored, re-import, the list of units,
// the desk's own dossiers.
class TestImport : public QObject, protected ImportFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void goodFileGivesExactRows()
    {
        TempStore store;
        const QJsonObject online = with(record({}), {{u"KenhThucHien"_s, 2}});
        const QList<QByteArray> lines = {
            // The channel decides first: a direct dossier never counts, whatever it carries.
            line(with(record(u"A-direct"_s),
                      {{u"MaDoiTuong"_s, u"acc"_s}, {u"XacThucCongDan"_s, proof()},
                       {u"TrangThaiHoSo"_s, 10}, {u"NgayTra"_s, u"20250310090000"_s},
                       {u"NgayKetThucXuLy"_s, u"20250309160000"_s}})),
            // A plain national export: the citizen's account, no clerk named, no proof and no
            // VNeID flag. Nothing shows the citizen logged in: not counted.
            line(with(online, {{u"MaHoSo"_s, u"B-self"_s}, {u"MaDoiTuong"_s, u"acc"_s}})),
            // The same from an account authenticated with VNeID: counted, not assisted. The
            // flag may be a number, digits in quotes or true/false.
            line(with(online, {{u"MaHoSo"_s, u"B2-vneid"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"TaiKhoanDuocXacThucVoiVNeID"_s, 1}})),
            line(with(online, {{u"MaHoSo"_s, u"B3-vneid-quoted"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"TaiKhoanDuocXacThucVoiVNeID"_s, u"1"_s}})),
            line(with(online, {{u"MaHoSo"_s, u"B4-vneid-true"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"TaiKhoanDuocXacThucVoiVNeID"_s, true}})),
            line(with(online, {{u"MaHoSo"_s, u"B5-vneid-0"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"TaiKhoanDuocXacThucVoiVNeID"_s, 0}})),
            // Online without the citizen's account: not counted.
            line(with(online, {{u"MaHoSo"_s, u"C-no-account"_s}})),
            // Typed in by a clerk, no proof of the citizen's login: not counted.
            line(with(online, {{u"MaHoSo"_s, u"D-typed"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"CanBoTiepNhan"_s, u"canbo01"_s}})),
            // Typed in by a clerk for an account authenticated with VNeID, still no proof of
            // the citizen's login: not counted.
            line(with(online, {{u"MaHoSo"_s, u"D2-typed-vneid"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"CanBoTiepNhan"_s, u"canbo01"_s},
                               {u"TaiKhoanDuocXacThucVoiVNeID"_s, 1}})),
            // Prepared by a clerk, confirmed by the citizen: counted and assisted.
            line(with(online, {{u"MaHoSo"_s, u"E-assisted"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"CanBoTiepNhan"_s, u"canbo01"_s},
                               {u"XacThucCongDan"_s, proof()}})),
            "",
            // Still awaiting the citizen's confirmation: not counted, VNeID or not.
            line(with(online, {{u"MaHoSo"_s, u"F-awaiting"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"ChoCongDanXacNhan"_s, 1},
                               {u"TaiKhoanDuocXacThucVoiVNeID"_s, 1}})),
            // Confirmed after waiting, no clerk: counted, not assisted.
            line(with(online, {{u"MaHoSo"_s, u"G-confirmed"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"ChoCongDanXacNhan"_s, 1}, {u"XacThucCongDan"_s, proof()}})),
            // A proof without a code is no proof.
            line(with(online, {{u"MaHoSo"_s, u"H-empty-proof"_s}, {u"MaDoiTuong"_s, u"acc"_s},
                               {u"CanBoTiepNhan"_s, u"canbo01"_s},
                               {u"XacThucCongDan"_s, QJsonObject{{u"MaXacThuc"_s, u" "_s}}}})),
            // A blank account is no account.
            line(with(online, {{u"MaHoSo"_s, u"I-blank-account"_s}, {u"MaDoiTuong"_s, u"  "_s}})),
            // By post, with everything: not online.
            line(with(record(u"J-postal"_s),
                      {{u"KenhThucHien"_s, 3}, {u"MaDoiTuong"_s, u"acc"_s},
                       {u"XacThucCongDan"_s, proof()}})),
            // One second before midnight in Vietnam, at a district-level town; refused the
            // next morning. Numbers may come as digits in quotes.
            line(with(record(u"K-midnight"_s),
                      {{u"NgayTiepNhan"_s, u"20250630235959"_s}, {u"MaDonVi"_s, u"992"_s},
                       {u"CapDonVi"_s, u"2"_s}, {u"KenhThucHien"_s, u"1"_s},
                       {u"TrangThaiHoSo"_s, u"3"_s}, {u"NgayTuChoi"_s, u"20250701080000"_s}},
                      {u"TenDonVi"_s, u"TenTTHC"_s})),
        };
        const Run r = import(store, writeLines(lines));
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Read 17 lines from "_s), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(u": 16 new dossiers, 0 replaced.\n"_s), qPrintable(r.out));

        const qint64 d = jd(2025, 3, 5);
        const QString expected = QStringList{
            u"A-direct %1 %2 1 0 0 3 99101"_s.arg(d).arg(jd(2025, 3, 9)),
            u"B-self %1 - 2 0 0 3 99101"_s.arg(d),
            u"B2-vneid %1 - 2 1 0 3 99101"_s.arg(d),
            u"B3-vneid-quoted %1 - 2 1 0 3 99101"_s.arg(d),
            u"B4-vneid-true %1 - 2 1 0 3 99101"_s.arg(d),
            u"B5-vneid-0 %1 - 2 0 0 3 99101"_s.arg(d),
            u"C-no-account %1 - 2 0 0 3 99101"_s.arg(d),
            u"D-typed %1 - 2 0 0 3 99101"_s.arg(d),
            u"D2-typed-vneid %1 - 2 0 0 3 99101"_s.arg(d),
            u"E-assisted %1 - 2 1 1 3 99101"_s.arg(d),
            u"F-awaiting %1 - 2 0 0 3 99101"_s.arg(d),
            u"G-confirmed %1 - 2 1 0 3 99101"_s.arg(d),
            u"H-empty-proof %1 - 2 0 0 3 99101"_s.arg(d),
            u"I-blank-account %1 - 2 0 0 3 99101"_s.arg(d),
            u"J-postal %1 - 3 0 0 3 99101"_s.arg(d),
            u"K-midnight %1 %2 1 0 0 2 992"_s.arg(jd(2025, 6, 30)).arg(jd(2025, 7, 1)),
        }.join(u'\n');
        QCOMPARE(importedRows(store.db()), expected);
        // Keys with their names; a missing name is the code.
        QCOMPARE(scalar(store.db(), u"SELECT group_concat(kind || ':' || code || ':' || name, "
                                    "' ') FROM (SELECT * FROM report_key ORDER BY kind, code)"_s)
                     .toString(),
                 u"1:99101:Xã Một 1:992:992 2:HT:Hộ tịch 3:1.001193:Đăng ký khai sinh"_s);
    }

    // A status that leaves the dossier open wins over an end date, as at the desk; without a
    // status the earliest end date closes it.
    void statusAndEndDate()
    {
        TempStore store;
        const QJsonObject ended = with(record({}), {{u"NgayKetThucXuLy"_s, u"20250309160000"_s},
                                                    {u"NgayTra"_s, u"20250310090000"_s}});
        QList<QByteArray> lines;
        for (int status : {1, 2, 4, 5, 6, 9, 10})
            lines.append(line(with(ended, {{u"MaHoSo"_s, u"S-%1"_s.arg(status, 2, 10, QChar(u'0'))},
                                           {u"TrangThaiHoSo"_s, status}})));
        // A supplement requested, as digits in quotes.
        lines.append(line(with(ended, {{u"MaHoSo"_s, u"S-5-quoted"_s},
                                       {u"TrangThaiHoSo"_s, u"5"_s}})));
        lines.append(line(with(ended, {{u"MaHoSo"_s, u"S-none"_s}}, {u"TrangThaiHoSo"_s})));
        const Run r = import(store, writeLines(lines));
        QCOMPARE(r.err, QString());
        const qint64 d = jd(2025, 3, 5);
        const QString closed = QString::number(jd(2025, 3, 9));
        QCOMPARE(importedRows(store.db()),
                 QStringList({u"S-01 %1 - 1 0 0 3 99101"_s.arg(d),
                              u"S-02 %1 - 1 0 0 3 99101"_s.arg(d),
                              u"S-04 %1 - 1 0 0 3 99101"_s.arg(d),
                              u"S-05 %1 - 1 0 0 3 99101"_s.arg(d),
                              u"S-06 %1 - 1 0 0 3 99101"_s.arg(d),
                              u"S-09 %1 %2 1 0 0 3 99101"_s.arg(d).arg(closed),
                              u"S-10 %1 %2 1 0 0 3 99101"_s.arg(d).arg(closed),
                              u"S-5-quoted %1 - 1 0 0 3 99101"_s.arg(d),
                              u"S-none %1 %2 1 0 0 3 99101"_s.arg(d).arg(closed)})
                     .join(u'\n'));
    }

    void reimportReplaces()
    {
        TempStore store;
        Run r = import(store, writeLines({line(record(u"R-1"_s)), line(record(u"R-2"_s))}));
        QCOMPARE(r.exitCode, 0);
        // A newer export: R-1 has been returned, R-3 is new.
        r = import(store, writeLines({line(with(record(u"R-1"_s),
                                                {{u"TrangThaiHoSo"_s, 10},
                                                 {u"NgayTra"_s, u"20250312100000"_s}})),
                                      line(record(u"R-3"_s))}));
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.endsWith(u": 1 new dossiers, 1 replaced.\n"_s), qPrintable(r.out));
        QCOMPARE(scalar(store.db(), u"SELECT finished_day FROM report_dossier WHERE code = 'R-1'"_s)
                     .toLongLong(),
                 jd(2025, 3, 12));
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM report_dossier"_s).toInt(), 3);

        // A code imported before and twice in the new file: the second is refused.
        const QString before = digest(store.db());
        r = import(store, writeLines({line(record(u"R-4"_s)), line(record(u"R-2"_s)), "",
                                      line(record(u"R-2"_s))}));
        QVERIFY2(isRefusal(r), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"line 4, field MaHoSo:"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"already on line 2"_s), qPrintable(r.err));
        QCOMPARE(digest(store.db()), before);
    }

    void levelAgainstTheListOfUnits()
    {
        TempStore store;
        QVERIFY(store.putKeysInKeychain()); // the unit list is a settings change: audited
        store.close();
        const Run units = cli(store.dir(), {u"units"_s, u"import"_s,
                                            QDir(qEnvironmentVariable("MOTCUA_SOURCE_DIR"))
                                                .filePath(u"resources/units/sample-units.csv"_s)});
        QCOMPARE(units.exitCode, 0);
        store.reopen();
        const QString before = digest(store.db());
        // 992 was a district until 30 June 2025.
        const QJsonObject town = with(record({}), {{u"MaDonVi"_s, u"992"_s}}, {u"TenDonVi"_s});
        Run r = import(store, writeLines({line(with(town, {{u"MaHoSo"_s, u"T-1"_s},
                                                           {u"NgayTiepNhan"_s,
                                                            u"20250601090000"_s}}))}));
        QVERIFY2(isRefusal(r), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"line 1, field CapDonVi:"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"level 2"_s), qPrintable(r.err));
        QCOMPARE(digest(store.db()), before);

        r = import(store,
                   writeLines({line(with(town, {{u"MaHoSo"_s, u"T-1"_s},
                                                {u"NgayTiepNhan"_s, u"20250601090000"_s},
                                                {u"CapDonVi"_s, 2}})),
                               line(with(town, {{u"MaHoSo"_s, u"T-2"_s},
                                                {u"NgayTiepNhan"_s, u"20250702090000"_s}})),
                               // Not on the list: taken as the record says.
                               line(with(record(u"T-3"_s), {{u"MaDonVi"_s, u"88888"_s},
                                                            {u"TenDonVi"_s, u"Xã Lạ"_s},
                                                            {u"CapDonVi"_s, 2}}))}));
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(scalar(store.db(), u"SELECT group_concat(code || ':' || unit_level, ' ') FROM "
                                    "(SELECT * FROM report_dossier ORDER BY code)"_s)
                     .toString(),
                 u"T-1:2 T-2:3 T-3:2"_s);
        // Listed units carry the list's name, others the record's.
        QCOMPARE(scalar(store.db(), u"SELECT group_concat(code || ':' || name, ' ') FROM (SELECT "
                                    "* FROM report_key WHERE kind = 1 ORDER BY code)"_s)
                     .toString(),
                 u"88888:Xã Lạ 992:Phường Mẫu Tây (dữ liệu mẫu)"_s);
    }

    // A dossier received at this desk on 2 March 2026, through the intake as a clerk would.
    static QString saveDeskDossier(motcua::Database &db)
    {
        motcua::DossierDraft d;
        d.procedureCode = u"1.001193"_s;
        d.applicantName = u"Lê Văn Đức"_s;
        d.applicantCccd = u"038090001234"_s;
        d.applicantPhone = u"0912345678"_s;
        motcua::DeskIdentity desk;
        desk.deskCode = u"01"_s;
        desk.clerk = u"canbo01"_s;
        auto saved = motcua::IntakeService(db).queue(
            withRequiredPapers(db, d), desk,
            QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone(7 * 3600)));
        if (!saved)
            qFatal("the desk dossier was not saved");
        return saved->queued.code;
    }

    void deskDossiersAreKept()
    {
        TempStore store;
        const QString code = saveDeskDossier(store.db());
        const QString before = digest(store.db());
        const Run r = import(store, writeLines({line(with(record(code), {{u"CapDonVi"_s, 1}}))}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"0 new dossiers, 0 replaced. 1 were received at this desk"_s),
                 qPrintable(r.out));
        QCOMPARE(scalar(store.db(), u"SELECT source || ':' || unit_level FROM report_dossier"_s)
                     .toString(),
                 u"1:3"_s);
        QCOMPARE(digest(store.db()).section(u'|', 0, 0), before.section(u'|', 0, 0));

        // The desk's code twice in one file: refused like any duplicate.
        const Run twice = import(store, writeLines({line(record(code)), line(record(code))}));
        QVERIFY2(isRefusal(twice), qPrintable(twice.out + twice.err));
        QVERIFY2(twice.err.contains(u"line 2, field MaHoSo:"_s), qPrintable(twice.err));
        QVERIFY2(twice.err.contains(u"already on line 1"_s), qPrintable(twice.err));
    }

    // A desk dossier synced to the province is listed in a provincial export under the code the
    // province gave it: counted once, as recorded at the desk.
    void deskDossierUnderItsProvincialCode()
    {
        TempStore store;
        const QString code = saveDeskDossier(store.db());
        QVERIFY(store.db().execScript(
            u"UPDATE dossier SET provincial_code = 'T000123' WHERE code = '%1'"_s.arg(code)));
        const QString before = digest(store.db());
        const QJsonObject online = with(record(u"T000123"_s),
                                        {{u"KenhThucHien"_s, 2}, {u"MaDoiTuong"_s, u"acc"_s},
                                         {u"TaiKhoanDuocXacThucVoiVNeID"_s, 1},
                                         {u"NgayTiepNhan"_s, u"20260302090000"_s}});
        Run r = import(store, writeLines({line(online), line(record(u"N-1"_s))}));
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.contains(u": 1 new dossiers, 0 replaced. 1 were received at this desk"_s),
                 qPrintable(r.out));
        QCOMPARE(scalar(store.db(), u"SELECT group_concat(code || ':' || source, ' ') FROM "
                                    "(SELECT * FROM report_dossier ORDER BY code)"_s)
                     .toString(),
                 u"N-1:2 "_s + code + u":1"_s);
        // The desk's row is as the desk recorded it.
        QCOMPARE(digest(store.db()).section(u'|', 0, 0).section(u';', 0, 0),
                 before.section(u'|', 0, 0));

        // Both codes of the one dossier in a file: the same dossier twice, refused.
        r = import(store, writeLines({line(record(code)), line(online)}));
        QVERIFY2(isRefusal(r), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"line 2, field MaHoSo:"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"already on line 1"_s), qPrintable(r.err));
    }

    // Imported before the desk learnt its provincial code, the dossier was counted twice; the
    // next import counts it once.
    void provincialCodeLearntAfterAnImport()
    {
        TempStore store;
        const QString code = saveDeskDossier(store.db());
        const QByteArray provincial = line(record(u"T000123"_s));
        Run r = import(store, writeLines({provincial}));
        QVERIFY2(r.out.endsWith(u": 1 new dossiers, 0 replaced.\n"_s), qPrintable(r.out));
        QVERIFY(store.db().execScript(
            u"UPDATE dossier SET provincial_code = 'T000123' WHERE code = '%1'"_s.arg(code)));
        r = import(store, writeLines({provincial}));
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.contains(u": 0 new dossiers, 0 replaced. 1 were received at this desk"_s),
                 qPrintable(r.out));
        QCOMPARE(scalar(store.db(), u"SELECT group_concat(code || ':' || source) FROM "
                                    "report_dossier"_s)
                     .toString(),
                 code + u":1"_s);
    }

    // The service as the GUI will call it: progress after each batch, up to the file's size.
    void serviceReportsProgress()
    {
        TempStore store;
        QList<QByteArray> lines;
        for (int i = 0; i < 30000; ++i) // about 15 MB: more than one chunk
            lines.append(line(with(record(u"S-%1"_s.arg(i)),
                                   {{u"TrichYeuHoSo"_s, QString(300, u'x')}})));
        const QString file = writeLines(lines);
        QList<qint64> done;
        qint64 size = 0;
        auto summary = motcua::DossierImport(store.db()).importFile(file, [&](qint64 d, qint64 t) {
            done.append(d);
            size = t;
        });
        QVERIFY(summary.has_value());
        QCOMPARE(summary->records, 30000);
        QCOMPARE(summary->lines, 30000);
        QCOMPARE(size, QFileInfo(file).size());
        QVERIFY2(done.size() >= 1 && done.last() == size, qPrintable(QString::number(done.size())));
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    }

    // A byte-order mark and Windows line ends are accepted.
    void bomAndCrlf()
    {
        TempStore store;
        const Run r = import(store, writeFile("\xEF\xBB\xBF" + line(record(u"W-1"_s)) + "\r\n"
                                              + line(record(u"W-2"_s)) + "\r\n"));
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.endsWith(u"Read 2 lines from "_s + m_files.filePath(
                                    u"file-%1.jsonl"_s.arg(m_fileCount)) + u": 2 new dossiers, 0 replaced.\n"_s),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
