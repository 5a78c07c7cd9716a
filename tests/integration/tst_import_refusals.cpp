#include "ImportFixture.h"

using namespace import_test;

// motcua-cli import-dossiers on bad files: every refusal names its line and field, and the store
// is left exactly as it was.
class TestImportRefusals : public QObject, protected ImportFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");

        const QJsonObject r = record(u"BAD-1"_s);
        auto row = [&](const char *name, const QJsonObject &o, const QString &where,
                       const QString &says = {}) {
            QTest::newRow(name) << line(o) << where << says;
        };
        QTest::newRow("not JSON") << QByteArray("{\"MaHoSo\": \"X\",") << u"line 4:"_s
                                  << u"not JSON"_s;
        QTest::newRow("an array") << QByteArray("[1, 2]") << u"line 4:"_s << u"not a JSON object"_s;
        QTest::newRow("a bare string") << QByteArray("\"MaHoSo\"") << u"line 4:"_s << QString();
        row("MaHoSo missing", with(r, {}, {u"MaHoSo"_s}), u"line 4, field MaHoSo:"_s, u"missing"_s);
        row("MaHoSo a number", with(r, {{u"MaHoSo"_s, 12}}), u"line 4, field MaHoSo:"_s,
            u"text"_s);
        row("MaHoSo blank", with(r, {{u"MaHoSo"_s, u"  "_s}}), u"line 4, field MaHoSo:"_s,
            u"empty"_s);
        row("MaTTHC missing", with(r, {}, {u"MaTTHC"_s}), u"line 4, field MaTTHC:"_s);
        row("MaLinhVuc a number", with(r, {{u"MaLinhVuc"_s, 5}}), u"line 4, field MaLinhVuc:"_s);
        row("TenTTHC an object", with(r, {{u"TenTTHC"_s, QJsonObject{}}}),
            u"line 4, field TenTTHC:"_s);
        row("KenhThucHien 4", with(r, {{u"KenhThucHien"_s, 4}}), u"line 4, field KenhThucHien:"_s);
        row("KenhThucHien 1.5", with(r, {{u"KenhThucHien"_s, 1.5}}),
            u"line 4, field KenhThucHien:"_s);
        row("KenhThucHien true", with(r, {{u"KenhThucHien"_s, true}}),
            u"line 4, field KenhThucHien:"_s);
        row("KenhThucHien missing", with(r, {}, {u"KenhThucHien"_s}),
            u"line 4, field KenhThucHien:"_s);
        row("NgayTiepNhan 30 February", with(r, {{u"NgayTiepNhan"_s, u"20250230083000"_s}}),
            u"line 4, field NgayTiepNhan:"_s, u"yyyyMMddHHmmss"_s);
        row("NgayTiepNhan ISO", with(r, {{u"NgayTiepNhan"_s, u"2025-03-05T08:30:00"_s}}),
            u"line 4, field NgayTiepNhan:"_s);
        row("NgayTiepNhan 24 h", with(r, {{u"NgayTiepNhan"_s, u"20250305240000"_s}}),
            u"line 4, field NgayTiepNhan:"_s);
        row("NgayTiepNhan missing", with(r, {}, {u"NgayTiepNhan"_s}),
            u"line 4, field NgayTiepNhan:"_s);
        row("MaDonVi missing", with(r, {}, {u"MaDonVi"_s}), u"line 4, field MaDonVi:"_s);
        row("CapDonVi 0", with(r, {{u"CapDonVi"_s, 0}}), u"line 4, field CapDonVi:"_s);
        row("CapDonVi missing", with(r, {}, {u"CapDonVi"_s}), u"line 4, field CapDonVi:"_s);
        row("TrangThaiHoSo 11", with(r, {{u"TrangThaiHoSo"_s, 11}}),
            u"line 4, field TrangThaiHoSo:"_s);
        row("NgayTra before receipt", with(r, {{u"NgayTra"_s, u"20250305082959"_s}}),
            u"line 4, field NgayTra:"_s, u"before NgayTiepNhan"_s);
        row("NgayTuChoi not a date", with(r, {{u"NgayTuChoi"_s, u"hôm qua"_s}}),
            u"line 4, field NgayTuChoi:"_s);
        row("returned without NgayTra", with(r, {{u"TrangThaiHoSo"_s, 10}}),
            u"line 4, field TrangThaiHoSo:"_s, u"add NgayTra"_s);
        row("not accepted without NgayTuChoi", with(r, {{u"TrangThaiHoSo"_s, 3}}),
            u"line 4, field TrangThaiHoSo:"_s, u"add NgayTuChoi"_s);
        row("processed without an end", with(r, {{u"TrangThaiHoSo"_s, 9}}),
            u"line 4, field TrangThaiHoSo:"_s, u"add NgayKetThucXuLy"_s);
        row("XacThucCongDan a text", with(r, {{u"XacThucCongDan"_s, u"tok"_s}}),
            u"line 4, field XacThucCongDan:"_s);
        row("MaXacThuc a number",
            with(r, {{u"XacThucCongDan"_s, QJsonObject{{u"MaXacThuc"_s, 7}}}}),
            u"line 4, field XacThucCongDan.MaXacThuc:"_s);
        row("ChoCongDanXacNhan 2", with(r, {{u"ChoCongDanXacNhan"_s, 2}}),
            u"line 4, field ChoCongDanXacNhan:"_s);
        row("TaiKhoanDuocXacThucVoiVNeID 2", with(r, {{u"TaiKhoanDuocXacThucVoiVNeID"_s, 2}}),
            u"line 4, field TaiKhoanDuocXacThucVoiVNeID:"_s, u"0 or 1"_s);
        row("TaiKhoanDuocXacThucVoiVNeID a word",
            with(r, {{u"TaiKhoanDuocXacThucVoiVNeID"_s, u"có"_s}}),
            u"line 4, field TaiKhoanDuocXacThucVoiVNeID:"_s, u"0 or 1"_s);
        row("TaiKhoanDuocXacThucVoiVNeID an object",
            with(r, {{u"TaiKhoanDuocXacThucVoiVNeID"_s, QJsonObject{}}}),
            u"line 4, field TaiKhoanDuocXacThucVoiVNeID:"_s, u"0 or 1"_s);
        row("MaDoiTuong a number", with(r, {{u"MaDoiTuong"_s, 1}}), u"line 4, field MaDoiTuong:"_s);
        row("CanBoTiepNhan an array", with(r, {{u"CanBoTiepNhan"_s, QJsonArray()}}),
            u"line 4, field CanBoTiepNhan:"_s);
        row("same MaHoSo as line 2", with(r, {{u"MaHoSo"_s, u"GOOD-2"_s}}),
            u"line 4, field MaHoSo:"_s, u"already on line 2"_s);
    }

    // Lines 1 to 3 and 5 to 6 are good; line 4 is refused, and the store is as it was.
    void refusals()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, where);
        QFETCH(QString, says);
        TempStore store;
        QCOMPARE(import(store, writeLines({line(record(u"OLD-1"_s))})).exitCode, 0);
        const QString before = digest(store.db());
        QList<QByteArray> lines;
        for (int i = 1; i <= 6; ++i)
            lines.append(i == 4 ? bad : line(record(u"GOOD-%1"_s.arg(i))));
        const Run r = import(store, writeLines(lines));
        QVERIFY2(isRefusal(r), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        // Personal data stays out of the messages.
        QVERIFY(!r.err.contains(u"Riêng"_s) && !r.err.contains(u"0912000111"_s));
        QCOMPARE(digest(store.db()), before);
    }

    void badLineAtTheEndOfALongFile()
    {
        TempStore store;
        QList<QByteArray> lines;
        for (int i = 1; i < 5000; ++i)
            lines.append(line(with(record(u"L-%1"_s.arg(i)),
                                   {{u"KenhThucHien"_s, 1 + i % 3}, {u"MaDoiTuong"_s, u"a"_s},
                                    {u"TaiKhoanDuocXacThucVoiVNeID"_s, 1}})));
        const QString good = writeLines(lines);
        lines.append(line(with(record(u"L-5000"_s), {{u"NgayTiepNhan"_s, u"2025030508300"_s}})));
        const QString before = digest(store.db());
        const Run r = import(store, writeLines(lines));
        QVERIFY2(isRefusal(r), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"line 5000, field NgayTiepNhan:"_s), qPrintable(r.err));
        QCOMPARE(digest(store.db()), before);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM report_dossier"_s).toInt(), 0);

        // Without the bad line, the 4,999 records go in.
        const Run ok = import(store, good);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.endsWith(u"4999 new dossiers, 0 replaced.\n"_s), qPrintable(ok.out));
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM report_dossier WHERE emc = 1"_s).toInt(),
                 1667);
    }

    void badLinePastTheFirstChunk_data()
    {
        QTest::addColumn<int>("bad");
        QTest::addColumn<QString>("field");
        // The file is read in chunks of 8 MiB (DossierImport, kChunkBytes), parsed two or more at
        // a time: line 30,001 is in the second chunk, line 50,001 in a later batch.
        QTest::newRow("second chunk") << 30001 << u"NgayTiepNhan"_s;
        QTest::newRow("later batch") << 50001 << u"KenhThucHien"_s;
    }

    // Lines are numbered in each chunk and added up while writing: a refused line far into the
    // file is named by its number in the file, blank lines included.
    void badLinePastTheFirstChunk()
    {
        QFETCH(int, bad);
        QFETCH(QString, field);
        constexpr qint64 chunkBytes = 8 * 1024 * 1024;
        const QByteArray good = line(with(record(u"CODE"_s),
                                          {{u"TrichYeuHoSo"_s, QString(200, u'x')}}));
        QByteArray content;
        qint64 badAt = -1; // the bad line's first byte
        for (int n = 1; n <= 52000; ++n) {
            if (n % 10000 == 0) {
                content += "\n"; // blank lines count
            } else if (n == bad) {
                badAt = content.size();
                content += line(with(record(u"CODE-%1"_s.arg(n)),
                                     field == u"NgayTiepNhan"
                                         ? QJsonObject{{u"NgayTiepNhan"_s, u"2025030508300"_s}}
                                         : QJsonObject{{u"KenhThucHien"_s, 7}}))
                           + '\n';
            } else {
                content += QByteArray(good).replace("\"CODE\"",
                                                    QByteArray("\"C-" + QByteArray::number(n) + '"'))
                           + '\n';
            }
        }
        QVERIFY(badAt > (bad > 40000 ? 2 : 1) * chunkBytes);
        const QString file = writeFile(content);
        TempStore store;
        // Two chunks per batch, whatever the machine.
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        auto summary = motcua::DossierImport(store.db()).importFile(file);
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
        QVERIFY(!summary.has_value());
        QCOMPARE(summary.error().code, u"import.line"_s);
        QVERIFY2(summary.error().message.startsWith(u"line %1, field %2:"_s.arg(bad).arg(field)),
                 qPrintable(summary.error().message));
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM report_dossier"_s).toInt(), 0);
    }

    void filesThatAreNotHistory_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("PDF") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
                             << u"not a JSONL text file"_s;
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00\x08\x00", 8)
                                << u"not a JSONL text file"_s;
        QTest::newRow("Latin-1 text") << QByteArray("{\"MaHoSo\": \"Nguy\xe9n\"}\n")
                                      << u"not a JSONL text file"_s;
        QTest::newRow("empty") << QByteArray() << u"no dossier record"_s;
        QTest::newRow("CSV") << QByteArray("MaHoSo,MaTTHC\nX,1\n") << u"line 1:"_s;
    }

    void filesThatAreNotHistory()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        TempStore store;
        const Run r = import(store, writeFile(content));
        QVERIFY2(isRefusal(r), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM report_dossier"_s).toInt(), 0);
    }

    // A file with no record commits nothing, not even the unit names taken from the list.
    void fileWithNoRecordChangesNothing()
    {
        TempStore store;
        QVERIFY(store.putKeysInKeychain()); // the unit list is a settings change: audited
        store.close();
        const Run units = cli(store.dir(), {u"units"_s, u"import"_s,
                                            QDir(qEnvironmentVariable("MOTCUA_SOURCE_DIR"))
                                                .filePath(u"resources/units/sample-units.csv"_s)});
        QCOMPARE(units.exitCode, 0);
        store.reopen();
        // A unit of the list under another name, as a record named it.
        QVERIFY(store.db().execScript(
            u"INSERT INTO report_key(kind, code, name) VALUES (1, '992', 'Thị xã (tên cũ)')"_s));
        // digest() is NULL while report_dossier is empty: compare the keys themselves.
        const QString keys = u"SELECT group_concat(code || ':' || name, ' ') FROM report_key"_s;
        QCOMPARE(scalar(store.db(), keys).toString(), u"992:Thị xã (tên cũ)"_s);
        for (const QByteArray &content : {QByteArray(), QByteArray("\n  \n\r\n")}) {
            const Run r = import(store, writeFile(content));
            QVERIFY2(isRefusal(r), qPrintable(r.out + r.err));
            QVERIFY2(r.err.contains(u"no dossier record"_s), qPrintable(r.err));
            QCOMPARE(scalar(store.db(), keys).toString(), u"992:Thị xã (tên cũ)"_s);
            QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM report_dossier"_s).toInt(), 0);
        }
    }

    void missingOrUnreadable()
    {
        TempStore store;
        Run r = import(store, m_files.filePath(u"no-such-file.jsonl"_s));
        QVERIFY2(isRefusal(r), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"cannot be read"_s), qPrintable(r.err));
        r = import(store, m_files.path());
        QVERIFY2(isRefusal(r), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"cannot be read"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestImportRefusals)
#include "tst_import_refusals.moc"
