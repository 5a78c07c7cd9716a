#include "core/Cccd.h"
#include "core/PhoneNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using motcua::Cccd;
using motcua::Sex;

class TestCccd : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<int>("sex");
        QTest::addColumn<QString>("error"); // empty when valid
        QTest::newRow("hanoi man 1995") << u"001095012345"_s << QDate() << 0 << QString();
        QTest::newRow("hcm woman 2003") << u"079303000123"_s << QDate(2003, 5, 1) << 2 << QString();
        QTest::newRow("abroad") << u"840095000001"_s << QDate() << 0 << QString();
        QTest::newRow("spaces typed") << u"001 095 012 345"_s << QDate() << 0 << QString();
        QTest::newRow("empty") << QString() << QDate() << 0 << u"cccd.empty"_s;
        QTest::newRow("letters") << u"00109501234A"_s << QDate() << 0 << u"cccd.not_digits"_s;
        QTest::newRow("old cmnd") << u"123456789"_s << QDate() << 0 << u"cccd.old_id"_s;
        QTest::newRow("11 digits") << u"00109501234"_s << QDate() << 0 << u"cccd.length"_s;
        QTest::newRow("no province 003") << u"003095012345"_s << QDate() << 0 << u"cccd.province"_s;
        QTest::newRow("born in 2195") << u"001495012345"_s << QDate() << 0 << u"cccd.century"_s;
        QTest::newRow("year mismatch") << u"001095012345"_s << QDate(1996, 1, 1) << 0
                                       << u"cccd.birth_year"_s;
        QTest::newRow("sex mismatch") << u"001095012345"_s << QDate() << 2 << u"cccd.sex"_s;
    }

    void check()
    {
        QFETCH(QString, number);
        QFETCH(QDate, dob);
        QFETCH(int, sex);
        QFETCH(QString, error);
        const auto result = Cccd::check(Cccd::normalize(number), dob, Sex(sex));
        if (error.isEmpty()) {
            QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
        } else {
            QVERIFY(!result.has_value());
            QCOMPARE(result.error().code, error);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void decodesYearAndSex()
    {
        const auto info = Cccd::check(u"079303000123"_s);
        QVERIFY(info.has_value());
        QCOMPARE(info->birthYear, 2003);
        QCOMPARE(info->sex, Sex::Female);
        QCOMPARE(Cccd::provinceName(info->placeCode), u"Hồ Chí Minh"_s);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty when refused
        QTest::newRow("plain") << u"0912345678"_s << u"0912345678"_s;
        QTest::newRow("spaced") << u"0912 345 678"_s << u"0912345678"_s;
        QTest::newRow("+84") << u"+84 912 345 678"_s << u"0912345678"_s;
        QTest::newRow("too short") << u"091234567"_s << QString();
        QTest::newRow("letters") << u"09123456ab"_s << QString();
        QTest::newRow("00 prefix") << u"0012345678"_s << QString();
    }

    void phone()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const auto result = motcua::normalizePhoneNumber(typed);
        QCOMPARE(result.has_value(), !expected.isEmpty());
        if (result)
            QCOMPARE(*result, expected);
    }
};

QTEST_GUILESS_MAIN(TestCccd)
#include "tst_cccd.moc"
