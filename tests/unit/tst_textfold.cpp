#include "core/TextFold.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"khai sinh"_s << u"khai sinh"_s;
        QTest::newRow("diacritics") << u"Đăng ký khai sinh"_s << u"dang ky khai sinh"_s;
        QTest::newRow("d-bar lower") << u"đất đai"_s << u"dat dai"_s;
        QTest::newRow("upper") << u"CHỨNG THỰC BẢN SAO"_s << u"chung thuc ban sao"_s;
        QTest::newRow("stacked marks") << u"Người có công"_s << u"nguoi co cong"_s;
        // The same word typed as decomposed (NFD) input, as some scanners and layouts send it.
        QTest::newRow("nfd input") << u"Đa\u0306ng ky\u0301"_s << u"dang ky"_s;
        QTest::newRow("white space") << u"  hộ \t  tịch \n"_s << u"ho tich"_s;
        QTest::newRow("code") << u"1.001193"_s << u"1.001193"_s;
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(motcua::foldVietnamese(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
