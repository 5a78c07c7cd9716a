#include "TempStore.h"

#include "catalog/CatalogParser.h"
#include "catalog/CatalogService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using motcua::CatalogService;

namespace {

QStringList codes(const QList<motcua::ProcedureMatch> &matches)
{
    QStringList out;
    for (const auto &m : matches)
        out.append(m.code);
    return out;
}

const char *kSmallCatalog = R"({
  "format": "motcua.catalog",
  "format_version": 1,
  "catalog_version": "test-1",
  "fields": [
    {"code": "HT", "name": "Hộ tịch"}
  ],
  "procedures": [
    {
      "code": "1.001193",
      "name": "Thủ tục đăng ký khai sinh",
      "field": "HT",
      "levels": ["commune"],
      "online_level": "full",
      "fee_vnd": 0,
      "processing_days": 1,
      "papers": [{"code": "TK", "name": "Tờ khai", "required": true}]
    },
    {
      "code": "1.000894",
      "name": "Thủ tục đăng ký kết hôn",
      "field": "HT",
      "levels": ["commune"],
      "online_level": "partial",
      "fee_vnd": 0,
      "processing_days": 0,
      "papers": []
    }
  ]
}
)";

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QByteArray &content, const QString &name = u"catalog.json"_s)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        f.write(content);
        return path;
    }

    QTemporaryDir m_dir;

private slots:
    void sampleCatalogueIsRealistic()
    {
        auto parsed = motcua::CatalogParser::parseFile(QString::fromLatin1(CatalogService::kSampleResource));
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().detail));
        QVERIFY(parsed->procedures.size() >= 40);
        QSet<QString> fields, levels, online;
        for (const auto &p : parsed->procedures) {
            fields.insert(p.field.name);
            for (const QString &l : p.levels)
                levels.insert(l);
            online.insert(p.onlineLevel == motcua::OnlineLevel::Full ? u"full"_s : u"partial"_s);
            QVERIFY(p.feeVnd >= 0);
        }
        for (const QString &f : {u"Chứng thực"_s, u"Hộ tịch"_s, u"Đất đai"_s})
            QVERIFY2(fields.contains(f), qPrintable(f));
        QVERIFY(fields.size() >= 5);
        QVERIFY(levels.contains(u"commune"_s) && levels.contains(u"province"_s));
        QCOMPARE(online.size(), 2);
    }

    void searchIgnoresCaseAndDiacritics_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("with diacritics") << u"đăng ký khai sinh"_s << u"1.001193"_s;
        QTest::newRow("without diacritics") << u"dang ky khai sinh"_s << u"1.001193"_s;
        QTest::newRow("upper case") << u"ĐĂNG KÝ KHAI SINH"_s << u"1.001193"_s;
        QTest::newRow("d for đ, mixed") << u"Dang Ky Khai Sinh"_s << u"1.001193"_s;
        QTest::newRow("prefixes as typed") << u"dang k khai si"_s << u"1.001193"_s;
        QTest::newRow("exact code") << u"1.001193"_s << u"1.001193"_s;
        QTest::newRow("marriage") << u"dang ky ket hon"_s << u"1.000894"_s;
    }

    void searchIgnoresCaseAndDiacritics()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expectedFirst);
        TempStore store;
        auto found = CatalogService(store.db()).search(typed);
        QVERIFY(found.has_value());
        QVERIFY(!found->isEmpty());
        QCOMPARE(found->first().code, expectedFirst);
    }

    void withAndWithoutDiacriticsFindTheSame()
    {
        TempStore store;
        CatalogService catalog(store.db());
        const auto a = catalog.search(u"đất đai"_s);
        const auto b = catalog.search(u"dat dai"_s);
        QVERIFY(a && b);
        QVERIFY(a->size() >= 5);
        QCOMPARE(codes(*a), codes(*b));
    }

    void dBarFoldsToD()
    {
        // SQLite's remove_diacritics leaves đ alone; motcua must fold it itself.
        TempStore store;
        const auto found = CatalogService(store.db()).search(u"dinh chinh giay"_s);
        QVERIFY(found.has_value());
        QVERIFY(!found->isEmpty());
        QVERIFY2(found->first().name.startsWith(u"Đính chính"_s), qPrintable(found->first().name));
        const auto upper = CatalogService(store.db()).search(u"DINH CHINH GIAY"_s);
        QVERIFY(upper.has_value());
        QCOMPARE(codes(*upper), codes(*found));
    }

    void everyWordMustMatch()
    {
        TempStore store;
        const auto found = CatalogService(store.db()).search(u"khai sinh xyzzy"_s);
        QVERIFY(found.has_value());
        QVERIFY(found->isEmpty());
    }

    void operatorsAreLiteral()
    {
        TempStore store;
        for (const QString &typed : {u"\"khai"_s, u"khai AND"_s, u"NEAR("_s, u"*"_s, u"-"_s}) {
            const auto found = CatalogService(store.db()).search(typed);
            QVERIFY2(found.has_value(), qPrintable(typed));
        }
    }

    void importReplacesWholeCatalogue()
    {
        TempStore store;
        CatalogService catalog(store.db());
        auto imported = catalog.importFile(writeFile(kSmallCatalog));
        QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().detail));
        QCOMPARE(*imported, 2);
        QCOMPARE(catalog.version(), u"test-1"_s);
        QCOMPARE(codes(*catalog.search(u"dang ky"_s)).size(), 2);
        auto p = catalog.procedure(u"1.001193"_s);
        QVERIFY(p && p->has_value());
        QCOMPARE((*p)->papers.size(), 1);
        QCOMPARE((*p)->papers.first().name, u"Tờ khai"_s);
    }

    void badFilesAreRefusedWithLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QByteArray syntax = kSmallCatalog;
        syntax.replace("\"field\": \"HT\",\n      \"levels\": [\"commune\"],\n      \"online_level\": \"partial\"",
                       "\"field\": \"HT\"\n      \"levels\": [\"commune\"],\n      \"online_level\": \"partial\"");
        QTest::newRow("missing comma") << syntax << 23 << u"JSON"_s;
        QByteArray missing = kSmallCatalog;
        missing.replace("\"name\": \"Thủ tục đăng ký kết hôn\",", "");
        QTest::newRow("missing name") << missing << 19 << u"\"name\""_s;
        QByteArray badFee = kSmallCatalog;
        badFee.replace("\"fee_vnd\": 0,\n      \"processing_days\": 1", "\"fee_vnd\": -5,\n      \"processing_days\": 1");
        QTest::newRow("negative fee") << badFee << 9 << u"fee_vnd"_s;
        QByteArray badField = kSmallCatalog;
        badField.replace("\"field\": \"HT\",\n      \"levels\": [\"commune\"],\n      \"online_level\": \"partial\"",
                         "\"field\": \"XX\",\n      \"levels\": [\"commune\"],\n      \"online_level\": \"partial\"");
        QTest::newRow("unknown field") << badField << 19 << u"XX"_s;
        QByteArray dup = kSmallCatalog;
        dup.replace("\"code\": \"1.000894\"", "\"code\": \"1.001193\"");
        QTest::newRow("duplicate code") << dup << 19 << u"1.001193"_s;
        QByteArray paper = kSmallCatalog;
        paper.replace("{\"code\": \"TK\", \"name\": \"Tờ khai\", \"required\": true}", "{\"code\": \"TK\", \"name\": \"Tờ khai\"}");
        QTest::newRow("paper without required") << paper << 9 << u"required"_s;
        // Numbers that do not fit an int wrapped around (negative copies, 4294967297 days read as
        // 1); fuzz_catalog's invariants abort on such a file.
        QByteArray copies = kSmallCatalog;
        copies.replace("{\"code\": \"TK\", \"name\": \"Tờ khai\", \"required\": true}",
                       "{\"code\": \"TK\", \"name\": \"Tờ khai\", \"required\": true, "
                       "\"copies\": 2147483648}");
        QTest::newRow("copies beyond int") << copies << 9 << u"copies"_s;
        QByteArray days = kSmallCatalog;
        days.replace("\"fee_vnd\": 0,\n      \"processing_days\": 1",
                     "\"fee_vnd\": 0,\n      \"processing_days\": 4294967297");
        QTest::newRow("days beyond int") << days << 9 << u"processing_days"_s;
        QTest::newRow("not a catalogue") << QByteArray("{\"hello\": 1}") << 1 << u"motcua"_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << 1 << u"JSON"_s;
        QByteArray newer = kSmallCatalog;
        newer.replace("\"format_version\": 1", "\"format_version\": 9");
        QTest::newRow("newer format") << newer << 1 << u"update motcua"_s;
    }

    void badFilesAreRefusedWithLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        TempStore store;
        CatalogService catalog(store.db());
        const QString versionBefore = catalog.version();
        const QStringList before = codes(*catalog.search(u"dang ky"_s));

        auto imported = catalog.importFile(writeFile(content, u"broken.json"_s));
        QVERIFY(!imported.has_value());
        const QString message = imported.error().message;
        QVERIFY2(message.contains(u"broken.json"_s), qPrintable(message));
        QVERIFY2(message.contains(u"line %1:"_s.arg(line)), qPrintable(message));
        QVERIFY2(message.contains(mentions), qPrintable(message));
        // The catalogue in use is exactly as it was.
        QCOMPARE(catalog.version(), versionBefore);
        QCOMPARE(codes(*catalog.search(u"dang ky"_s)), before);
    }

    void missingFileIsAClearError()
    {
        TempStore store;
        auto imported = CatalogService(store.db()).importFile(m_dir.filePath(u"nope.json"_s));
        QVERIFY(!imported.has_value());
        QVERIFY(imported.error().message.contains(u"nope.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
