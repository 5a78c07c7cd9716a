#include "TempStore.h"

#include "intake/IntakeService.h"
#include "report/AdminUnitCheck.h"
#include "report/DossierImport.h"
#include "report/UnitCsv.h"
#include "report/UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using motcua::AdminUnit;
using motcua::UnitCsv;
using motcua::UnitRepository;

namespace {

const QByteArray kHeader = "code,name,level,parent_code,valid_from,valid_to\n";
// Lines 2 and 3 of most test files: a province and a district abolished on 30 June 2025.
const QByteArray kBase = kHeader + "99,Tỉnh Thử,1,,,\n991,Huyện Thử,2,99,,2025-06-30\n";

QList<AdminUnit> sample()
{
    auto units = UnitCsv::parseFile(u":/units/sample-units.csv"_s);
    if (!units)
        qFatal("the sample list is refused: %s", qPrintable(units.error().message));
    return *units;
}

QDateTime vn(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(7 * 3600));
}

// Saves a direct dossier received at `unit` through the intake, as a clerk would.
QString saveDeskDossier(motcua::Database &db, const QString &unit, const QString &unitName,
                        const QDateTime &at)
{
    motcua::DossierDraft d;
    d.procedureCode = u"1.001193"_s;
    d.applicantName = u"Lê Văn Đức"_s;
    d.applicantCccd = u"038090001234"_s;
    d.applicantPhone = u"0912345678"_s;
    motcua::DeskIdentity desk;
    desk.unitCode = unit;
    desk.unitName = unitName;
    desk.deskCode = u"01"_s;
    desk.clerk = u"canbo01"_s;
    auto saved = motcua::IntakeService(db).queue(withRequiredPapers(db, d), desk, at);
    if (!saved)
        qFatal("the dossier was not saved: %s", qPrintable(saved.error().detail));
    return saved->queued.code;
}

int levelOf(motcua::Database &db, const QString &code)
{
    return scalar(db, u"SELECT unit_level FROM report_dossier WHERE code = '%1'"_s.arg(code))
        .toInt();
}

} // namespace

class TestUnits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_files.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write a test file");
        return f.fileName();
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run cli(const QString &dataDir, const QStringList &args)
    {
        QProcess p;
        p.start(QDir(qEnvironmentVariable("MOTCUA_BIN_DIR")).filePath(u"motcua-cli"_s),
                QStringList{u"--lang"_s, u"en"_s, u"--data-dir"_s, dataDir, u"units"_s} + args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            qFatal("motcua-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString unitRows(motcua::Database &db)
    {
        return scalar(db, u"SELECT group_concat(code || '/' || level || '/' || valid_from, ' ') "
                          "FROM (SELECT * FROM admin_unit ORDER BY code, valid_from)"_s)
            .toString();
    }

private slots:
    void csvRefusals_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");

        QTest::newRow("header: wrong column name")
            << QByteArray("code,name,level,parent,valid_from,valid_to\n99,T,1,,,\n")
            << u"line 1, column 4 (parent_code)"_s;
        QTest::newRow("header: extra column")
            << QByteArray("code,name,level,parent_code,valid_from,valid_to,note\n")
            << u"line 1, column 7:"_s;
        QTest::newRow("header: missing") << QByteArray("99,T,1,,,\n") << u"line 1, column 1 (code)"_s;
        QTest::newRow("empty file") << QByteArray() << u"line 1, column 1 (code)"_s;
        QTest::newRow("level word") << kBase + "99101,Xã A,ward,991,,2025-06-30\n"
                                    << u"line 4, column 3 (level)"_s;
        QTest::newRow("level number") << kBase + "99101,Xã A,4,991,,2025-06-30\n"
                                      << u"line 4, column 3 (level)"_s;
        QTest::newRow("bad from") << kBase + "99101,Xã A,3,991,2025-02-30,2025-06-30\n"
                                  << u"line 4, column 5 (valid_from)"_s;
        QTest::newRow("short to") << kBase + "99101,Xã A,3,991,,2025-6-30\n"
                                  << u"line 4, column 6 (valid_to)"_s;
        QTest::newRow("from after to") << kBase + "99101,Xã A,3,991,2025-06-01,2025-05-31\n"
                                       << u"line 4, column 6 (valid_to)"_s;
        QTest::newRow("province with a parent") << kBase + "98,Tỉnh B,province,99,,\n"
                                                << u"line 4, column 4 (parent_code)"_s;
        QTest::newRow("commune without a parent") << kBase + "99101,Xã A,commune,,,2025-06-30\n"
                                                  << u"line 4, column 4 (parent_code)"_s;
        QTest::newRow("district without a parent") << kBase + "992,Huyện B,2, ,,\n"
                                                   << u"line 4, column 4 (parent_code)"_s;
        QTest::newRow("parent not on the list") << kBase + "99101,Xã A,3,997,,2025-06-30\n"
                                                << u"line 4, column 4 (parent_code)"_s;
        // The district ended on 30 June 2025: a commune under it from 1 July is refused.
        QTest::newRow("parent not valid on the first day")
            << kBase + "99101,Xã A,3,991,2025-07-01,\n" << u"line 4, column 4 (parent_code)"_s;
        QTest::newRow("parent of the same level")
            << kBase + "99101,Xã A,3,991,,2025-06-30\n99102,Xã B,3,99101,,2025-06-30\n"
            << u"line 5, column 4 (parent_code)"_s;
        QTest::newRow("district under a district")
            << kBase + "992,Huyện B,2,991,,2025-06-30\n" << u"line 4, column 4 (parent_code)"_s;
        QTest::newRow("two versions overlap")
            << kBase + "99101,Xã A,3,991,,2025-06-30\n99101,Xã A mới,3,99,2025-06-30,\n"
            << u"line 5, column 5 (valid_from)"_s;
        QTest::newRow("same version twice")
            << kBase + "991,Huyện Thử,2,99,,2025-06-30\n" << u"line 4, column 5 (valid_from)"_s;
        QTest::newRow("too few columns") << kBase + "99101,Xã A,3,991,\n"
                                         << u"line 4, column 6 (valid_to)"_s;
        QTest::newRow("unquoted comma") << kBase + "99101,Xã A, Huyện Thử,3,991,,2025-06-30\n"
                                        << u"line 4, column 7:"_s;
        QTest::newRow("quote not closed") << kBase + "99101,\"Xã A,3,991,,2025-06-30\n"
                                          << u"line 4, column 2 (name)"_s;
        QTest::newRow("text after a closing quote")
            << kBase + "99101,\"Xã A\" cũ,3,991,,2025-06-30\n" << u"line 4, column 2 (name)"_s;
        // A quoted line break counts: the record after it starts on line 6.
        QTest::newRow("line numbers after a quoted line break")
            << kBase + "99101,\"Xã A\nthôn 1\",3,991,,2025-06-30\n99102,Xã B,9,991,,\n"
            << u"line 6, column 3 (level)"_s;
    }

    void csvRefusals()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        auto units = UnitCsv::parse(csv);
        QVERIFY(!units.has_value());
        QCOMPARE(units.error().code, u"units.csv"_s);
        QVERIFY2(units.error().message.startsWith(where), qPrintable(units.error().message));
        // Each refusal says what to do, not only what is wrong.
        QVERIFY2(units.error().message.size() > where.size() + 20,
                 qPrintable(units.error().message));
    }

    void csvNotUtf8()
    {
        auto units = UnitCsv::parse(kHeader + "99,T\xe1nh,1,,,\n");
        QVERIFY(!units.has_value());
        QVERIFY(units.error().message.contains(u"UTF-8"_s));
    }

    void csvAccepted()
    {
        // A BOM, CRLF, quotes with a comma and a doubled quote, level words, a blank line.
        const QByteArray csv = "\xEF\xBB\xBF" + QByteArray(kBase).replace("\n", "\r\n")
                               + "99101,\"Xã \"\"A\"\", thôn 1\",Commune,991,,2025-06-30\r\n\r\n"
                                 "99101,Xã A,3,99,2025-07-01,\r\n";
        auto units = UnitCsv::parse(csv);
        QVERIFY2(units.has_value(), units ? "" : qPrintable(units.error().message));
        QCOMPARE(units->size(), 4);
        QCOMPARE(units->at(2).name, u"Xã \"A\", thôn 1"_s);
        QCOMPARE(units->at(2).level, AdminUnit::kCommune);
        QCOMPARE(units->at(2).validFrom, QDate());
        QCOMPARE(units->at(2).validTo, QDate(2025, 6, 30));
        QCOMPARE(units->at(3).line, 6);
        QCOMPARE(units->at(3).parentCode, u"99"_s);
    }

    void sampleListHasTheReform()
    {
        const QList<AdminUnit> units = sample();
        QCOMPARE(units.size(), 13);
        TempStore store;
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM admin_unit"_s).toInt(), 0);
        QVERIFY(UnitRepository(store.db()).replaceAll(units));
        UnitRepository repo(store.db());
        auto before = repo.validOn(QDate(2025, 6, 30));
        auto after = repo.validOn(QDate(2025, 7, 1));
        QVERIFY(before && after);
        QCOMPARE(before->size(), 9); // province, 2 districts, 6 communes
        QCOMPARE(after->size(), 5);  // province, 4 communes
        auto levelOn = [](const QList<AdminUnit> &list, const QString &code) {
            for (const AdminUnit &u : list) {
                if (u.code == code)
                    return u.level;
            }
            return 0;
        };
        // The town 992 was a district until 30 June 2025 and is a commune-level ward since.
        QCOMPARE(levelOn(*before, u"992"_s), AdminUnit::kDistrict);
        QCOMPARE(levelOn(*after, u"992"_s), AdminUnit::kCommune);
        QCOMPARE(levelOn(*before, u"XA0001"_s), 0);
        QCOMPARE(levelOn(*after, u"XA0001"_s), AdminUnit::kCommune);
    }

    void deskDossiersAreRelevelled()
    {
        TempStore store;
        // Saved while the list is empty: the trigger gives level 3 (unknown unit).
        const QString june = saveDeskDossier(store.db(), u"992"_s, u"Thị xã (tên cũ)"_s,
                                              vn(2025, 6, 30, 23, 30));
        const QString july = saveDeskDossier(store.db(), u"992"_s, u"Thị xã (tên cũ)"_s,
                                              vn(2025, 7, 1, 0, 10));
        QCOMPARE(levelOf(store.db(), june), 3);
        QCOMPARE(levelOf(store.db(), july), 3);

        auto done = UnitRepository(store.db()).replaceAll(sample(), QDate(2026, 11, 23));
        QVERIFY(done);
        QCOMPARE(done->relevelled, 1);
        QCOMPARE(levelOf(store.db(), june), 2); // a district on the day it was received
        QCOMPARE(levelOf(store.db(), july), 3);
        // The name shown is the list's, as valid today.
        QCOMPARE(scalar(store.db(), u"SELECT name FROM report_key WHERE kind = 1 AND code = '992'"_s)
                     .toString(),
                 u"Phường Mẫu Tây (dữ liệu mẫu)"_s);
        // Saved after the import: the trigger reads the list.
        const QString later = saveDeskDossier(store.db(), u"992"_s, u"x"_s, vn(2025, 6, 2, 9, 0));
        QCOMPARE(levelOf(store.db(), later), 2);

        // A list without 992: every desk dossier there falls back to level 3.
        done = UnitRepository(store.db()).replaceAll({sample().first()});
        QVERIFY2(done, done ? "" : qPrintable(done.error().detail));
        QCOMPARE(done->relevelled, 2);
        QCOMPARE(levelOf(store.db(), june), 3);
    }

    void replaceIsAllOrNothing()
    {
        TempStore store;
        QVERIFY(UnitRepository(store.db()).replaceAll(sample()));
        const QString before = unitRows(store.db());
        QList<AdminUnit> broken = sample();
        broken[5].level = 7; // not checked, so that the store itself refuses the 6th row
        auto done = UnitRepository(store.db()).replaceAll(broken);
        QVERIFY(!done.has_value());
        QCOMPARE(unitRows(store.db()), before);
    }

    // A header alone, or an empty list, would leave every unit "not on the list": refused, and
    // the list in place is kept.
    void listWithNoUnitIsRefused()
    {
        for (const QByteArray &csv :
             QList<QByteArray>{kHeader, kHeader + "\n\r\n", QByteArray(kHeader).chopped(1)}) {
            auto units = UnitCsv::parse(csv);
            QVERIFY(!units.has_value());
            QCOMPARE(units.error().code, u"units.csv"_s);
            QVERIFY2(units.error().message.startsWith(u"line 2, column 1 (code): the file holds no "
                                                      "unit;"_s),
                     qPrintable(units.error().message));
        }
        TempStore store;
        QVERIFY(UnitRepository(store.db()).replaceAll(sample()));
        const QString before = unitRows(store.db());
        auto done = UnitRepository(store.db()).replaceAll({});
        QVERIFY(!done.has_value());
        QCOMPARE(done.error().code, u"units.empty"_s);
        QCOMPARE(unitRows(store.db()), before);

        QVERIFY(store.putKeysInKeychain()); // the CLI audits unit changes: it needs the keys
        store.close();
        const Run r = cli(store.dir(), {u"import"_s, writeFile(u"header.csv"_s, kHeader)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"the file holds no unit"_s), qPrintable(r.err));
        store.reopen();
        QCOMPARE(unitRows(store.db()), before);
    }

    // Imported rows keep the level their record gave: a new list under which a listed unit has
    // another level on the day such a dossier was received is refused, by file and by `set`.
    void listAgainstImportedDossiers()
    {
        TempStore store;
        QVERIFY(UnitRepository(store.db()).replaceAll(sample()));
        // A district-level unit not on the list, imported as level 2 on 5 March 2025.
        const QString history = writeFile(
            u"history.jsonl"_s,
            "{\"MaHoSo\":\"H-1\",\"MaTTHC\":\"1.001193\",\"MaLinhVuc\":\"HT\","
            "\"KenhThucHien\":1,\"NgayTiepNhan\":\"20250305083000\",\"MaDonVi\":\"88888\","
            "\"CapDonVi\":2}\n");
        auto imported = motcua::DossierImport(store.db()).importFile(history);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        const QString before = unitRows(store.db());

        QList<AdminUnit> commune = sample();
        commune.append(AdminUnit{u"88888"_s, u"Xã Lạ"_s, AdminUnit::kCommune, u"99"_s, {}, {}, 0});
        QVERIFY(!motcua::AdminUnitCheck::checkList(commune));
        auto done = UnitRepository(store.db()).replaceAll(commune);
        QVERIFY(!done.has_value());
        QCOMPARE(done.error().code, u"units.imported"_s);
        // The unit, the day and both levels; what to do.
        QVERIFY2(done.error().message.contains(u"88888 at level 3 on 2025-03-05"_s),
                 qPrintable(done.error().message));
        QVERIFY2(done.error().message.contains(u"at level 2"_s), qPrintable(done.error().message));
        QVERIFY2(done.error().message.contains(u"correct the new list, or re-import"_s),
                 qPrintable(done.error().message));
        QCOMPARE(unitRows(store.db()), before);

        QVERIFY(store.putKeysInKeychain()); // the CLI audits unit changes: it needs the keys
        store.close();
        Run r = cli(store.dir(), {u"set"_s, u"88888"_s, u"--name"_s, u"Xã Lạ"_s, u"--level"_s,
                                  u"3"_s, u"--parent"_s, u"99"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"88888 at level 3 on 2025-03-05"_s), qPrintable(r.err));
        store.reopen();
        QCOMPARE(unitRows(store.db()), before);

        // At the level the dossier was imported with, the list is accepted. Later versions at
        // another level do not matter to a dossier received before them.
        QVERIFY(store.putKeysInKeychain()); // the CLI audits unit changes: it needs the keys
        store.close();
        r = cli(store.dir(), {u"set"_s, u"88888"_s, u"--name"_s, u"Huyện Lạ"_s, u"--level"_s,
                              u"2"_s, u"--parent"_s, u"99"_s, u"--to"_s, u"2025-06-30"_s});
        QCOMPARE(r.err, QString());
        r = cli(store.dir(), {u"set"_s, u"88888"_s, u"--name"_s, u"Xã Lạ"_s, u"--level"_s,
                              u"3"_s, u"--parent"_s, u"99"_s, u"--from"_s, u"2025-07-01"_s});
        QCOMPARE(r.err, QString());
        store.reopen();
        QVERIFY(unitRows(store.db()).contains(u"88888/2/0001-01-01 88888/3/2025-07-01"_s));
    }

    // `units set` reads the list it changes inside the transaction that writes it.
    void changeReadsUnderTheWriteLock()
    {
        TempStore store;
        QVERIFY(UnitRepository(store.db()).replaceAll(sample()));
        bool inTransaction = false;
        qsizetype seen = 0;
        auto done = UnitRepository(store.db()).change([&](QList<AdminUnit> units)
                                                          -> motcua::Result<QList<AdminUnit>> {
            inTransaction = sqlite3_get_autocommit(store.db().handle()) == 0;
            seen = units.size();
            units.removeLast();
            return units;
        });
        QVERIFY(done);
        QVERIFY(inTransaction);
        QCOMPARE(seen, 13);
        QCOMPARE(done->versions, 12);
        // A refusal from the change leaves the list as it was.
        const QString before = unitRows(store.db());
        done = UnitRepository(store.db()).change(
            [](QList<AdminUnit>) -> motcua::Result<QList<AdminUnit>> {
                return std::unexpected(motcua::Error{u"units.set"_s, u"no"_s, {}});
            });
        QVERIFY(!done.has_value());
        QCOMPARE(done.error().code, u"units.set"_s);
        QCOMPARE(unitRows(store.db()), before);
    }

    void cliImportAndList()
    {
        TempStore store;
        QVERIFY(store.putKeysInKeychain()); // the CLI audits unit changes: it needs the keys
        store.close();
        const QString sampleFile = QDir(qEnvironmentVariable("MOTCUA_SOURCE_DIR"))
                                       .filePath(u"resources/units/sample-units.csv"_s);
        Run r = cli(store.dir(), {u"import"_s, sampleFile});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Replaced the list of administrative units with 13 versions"_s));

        // A bad file changes nothing.
        const QString bad = writeFile(u"bad.csv"_s, kBase + "99101,Xã A,3,991,2025-07-01,\n");
        r = cli(store.dir(), {u"import"_s, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"line 4, column 4 (parent_code)"_s), qPrintable(r.err));
        QCOMPARE(r.out, QString());

        r = cli(store.dir(), {u"list"_s, u"--on"_s, u"2025-07-01"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"99\tprovince\tTỉnh Mẫu (dữ liệu mẫu)\t\t\t\n"
                        "99110\tcommune\tXã Mẫu Đông (dữ liệu mẫu)\t99\t2025-07-01\t\n"
                        "992\tcommune\tPhường Mẫu Tây (dữ liệu mẫu)\t99\t2025-07-01\t\n"
                        "99203\tcommune\tXã Mẫu Tây Ba (dữ liệu mẫu)\t99\t2025-07-01\t\n"
                        "XA0001\tcommune\tUBND xã Mẫu (dữ liệu mẫu)\t99\t2025-07-01\t\n"_s);
        r = cli(store.dir(), {u"list"_s});
        QCOMPARE(r.out.count(u'\n'), 13);
    }

    void cliSet_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("rows"); // admin_unit afterwards, for the codes 9930*

        const QString none;
        QTest::newRow("new commune")
            << QStringList{u"99301"_s, u"--name"_s, u"Xã Mới"_s, u"--level"_s, u"commune"_s,
                           u"--parent"_s, u"99"_s, u"--from"_s, u"2026-01-01"_s}
            << 0 << u"Added the version of 99301 from 2026-01-01"_s
            << u"99301/Xã Mới/3/99/2026-01-01/9999-12-31"_s;
        QTest::newRow("no parent")
            << QStringList{u"99301"_s, u"--name"_s, u"Xã Mới"_s, u"--level"_s, u"3"_s}
            << 2 << u"--parent: "_s << none;
        QTest::newRow("parent gone by then")
            << QStringList{u"99301"_s, u"--name"_s, u"Xã Mới"_s, u"--level"_s, u"3"_s,
                           u"--parent"_s, u"991"_s, u"--from"_s, u"2026-01-01"_s}
            << 2 << u"--parent: "_s << none;
        QTest::newRow("bad level") << QStringList{u"99301"_s, u"--name"_s, u"X"_s, u"--level"_s,
                                                  u"xã"_s, u"--parent"_s, u"99"_s}
                                   << 2 << u"--level: "_s << none;
        QTest::newRow("bad date") << QStringList{u"99301"_s, u"--name"_s, u"X"_s, u"--level"_s,
                                                 u"3"_s, u"--parent"_s, u"99"_s, u"--to"_s,
                                                 u"31/12/2026"_s}
                                  << 2 << u"--to: "_s << none;
    }

    void cliSet()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(QString, rows);
        TempStore store;
        QVERIFY(UnitRepository(store.db()).replaceAll(sample()));
        QVERIFY(store.putKeysInKeychain()); // the CLI audits unit changes: it needs the keys
        store.close();
        const Run r = cli(store.dir(), QStringList{u"set"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((exitCode == 0 ? r.out : r.err).contains(message), qPrintable(r.out + r.err));
        store.reopen();
        QCOMPARE(scalar(store.db(), u"SELECT group_concat(code || '/' || name || '/' || level "
                                    "|| '/' || parent_code || '/' || valid_from || '/' || "
                                    "valid_to, ' ') FROM admin_unit WHERE code LIKE '9930%'"_s)
                     .toString(),
                 rows);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM admin_unit"_s).toInt(),
                 13 + (rows.isEmpty() ? 0 : 1));
    }

    void cliSetEditsAndRelevels()
    {
        TempStore store;
        QVERIFY(UnitRepository(store.db()).replaceAll(sample()));
        const QString dossier = saveDeskDossier(store.db(), u"XA0001"_s, u"UBND xã Mẫu"_s,
                                                vn(2025, 8, 4, 9, 0));
        QCOMPARE(levelOf(store.db(), dossier), 3);
        QVERIFY(store.putKeysInKeychain()); // the CLI audits unit changes: it needs the keys
        store.close();
        // XA0001 has one version: without --from it is the one edited. It becomes a district
        // (fictional) and its name changes.
        Run r = cli(store.dir(), {u"set"_s, u"XA0001"_s, u"--name"_s, u"Huyện Mẫu Mới"_s,
                                  u"--level"_s, u"district"_s, u"--parent"_s, u"99"_s});
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.startsWith(u"Changed the version of XA0001 from 2025-07-01; 1 dossiers"_s),
                 qPrintable(r.out));
        // 992 has two versions: --from is needed.
        r = cli(store.dir(), {u"set"_s, u"992"_s, u"--name"_s, u"P"_s, u"--level"_s, u"3"_s,
                              u"--parent"_s, u"99"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--from: "_s), qPrintable(r.err));
        // Ending the province before its communes start makes them wrong: refused.
        r = cli(store.dir(), {u"set"_s, u"99"_s, u"--name"_s, u"Tỉnh"_s, u"--level"_s, u"1"_s,
                              u"--to"_s, u"2025-01-01"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"the change would make the version of"_s), qPrintable(r.err));
        store.reopen();
        QCOMPARE(levelOf(store.db(), dossier), 2);
        QCOMPARE(scalar(store.db(), u"SELECT name FROM report_key WHERE kind = 1 AND "
                                    "code = 'XA0001'"_s).toString(),
                 u"Huyện Mẫu Mới"_s);
        QCOMPARE(scalar(store.db(), u"SELECT valid_to FROM admin_unit WHERE code = '99'"_s)
                     .toString(),
                 u"9999-12-31"_s);
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
