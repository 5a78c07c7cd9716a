#include "identity/CccdQr.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using motcua::CccdCard;
using motcua::CccdQr;
using motcua::Sex;

// All people, numbers and addresses below are invented.
namespace {

const QString kAn = u"001095012345|123456789|Nguyễn Văn An|15031995|Nam|"
                    u"Số 12 phố Huế, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội|20042021"_s;
const QString kAnAddress = u"Số 12 phố Huế, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội"_s;

// The seven known fields, '|'-joined, after replacing field `index` with `value`.
QString anWith(int index, const QString &value)
{
    QStringList f = kAn.split(u'|');
    f[index] = value;
    return f.join(u'|');
}

QString ddMMyyyy(const QDate &d)
{
    return d.toString(u"ddMMyyyy"_s);
}

} // namespace

class TestCccdQr : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidScans_data()
    {
        QTest::addColumn<QString>("scan");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("oldId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<int>("sex");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QDate>("issued");
        QTest::addColumn<QStringList>("extra");

        const QDate anDob(1995, 3, 15);
        const QDate anIssued(2021, 4, 20);
        const int male = int(Sex::Male);
        const int female = int(Sex::Female);

        QTest::newRow("old card, Hà Nội man 1995")
            << kAn << u"001095012345"_s << u"123456789"_s << u"Nguyễn Văn An"_s << anDob << male
            << kAnAddress << anIssued << QStringList();
        QTest::newRow("empty old id, HCM woman 2003")
            << u"079303000123||Trần Thị Bích Ngọc|01052003|Nữ|"
               u"123 Nguyễn Trãi, Phường 2, Quận 5, TP Hồ Chí Minh|10082021"_s
            << u"079303000123"_s << QString() << u"Trần Thị Bích Ngọc"_s << QDate(2003, 5, 1)
            << female << u"123 Nguyễn Trãi, Phường 2, Quận 5, TP Hồ Chí Minh"_s
            << QDate(2021, 8, 10) << QStringList();
        QTest::newRow("NFD from the scanner")
            << kAn.normalized(QString::NormalizationForm_D) << u"001095012345"_s
            << u"123456789"_s << u"Nguyễn Văn An"_s << anDob << male << kAnAddress << anIssued
            << QStringList();
        QTest::newRow("NFD Nữ")
            << u"079303000123||Trần Thị Bích Ngọc|01052003|Nữ|Quận 5, TP Hồ Chí Minh|10082021"_s
                   .normalized(QString::NormalizationForm_D)
            << u"079303000123"_s << QString() << u"Trần Thị Bích Ngọc"_s << QDate(2003, 5, 1)
            << female << u"Quận 5, TP Hồ Chí Minh"_s << QDate(2021, 8, 10) << QStringList();
        QTest::newRow("newer card, extra fields")
            << u"048185000321|201234567|Võ Thị Lan|12071985|Nữ|"
               u"45 Lê Duẩn, Hải Châu, Đà Nẵng|15072024| Võ Văn Hùng |048155000111||Lê Thị Mai"_s
            << u"048185000321"_s << u"201234567"_s << u"Võ Thị Lan"_s << QDate(1985, 7, 12)
            << female << u"45 Lê Duẩn, Hải Châu, Đà Nẵng"_s << QDate(2024, 7, 15)
            << QStringList{u"Võ Văn Hùng"_s, u"048155000111"_s, QString(), u"Lê Thị Mai"_s};
        QTest::newRow("stray spaces and CRLF")
            << u"  001095012345 | 123456789 |  Nguyễn   Văn\tAn  | 15031995 | Nam |"
               u"  Số 12 phố Huế,   phường Phạm Đình Hổ, quận Hai Bà Trưng,  Hà Nội |20042021 \r\n"_s
            << u"001095012345"_s << u"123456789"_s << u"Nguyễn Văn An"_s << anDob << male
            << kAnAddress << anIssued << QStringList();
        QTest::newRow("trailing LF only") << kAn + u"\n"_s << u"001095012345"_s << u"123456789"_s
                                          << u"Nguyễn Văn An"_s << anDob << male << kAnAddress
                                          << anIssued << QStringList();
        QTest::newRow("Nu without diacritics")
            << u"079303000123||Tran Thi Bich Ngoc|01052003|Nu|Quan 5|10082021"_s
            << u"079303000123"_s << QString() << u"Tran Thi Bich Ngoc"_s << QDate(2003, 5, 1)
            << female << u"Quan 5"_s << QDate(2021, 8, 10) << QStringList();
        QTest::newRow("NỮ upper case")
            << u"079303000123||Trần Thị Bích Ngọc|01052003|NỮ|Quận 5|10082021"_s
            << u"079303000123"_s << QString() << u"Trần Thị Bích Ngọc"_s << QDate(2003, 5, 1)
            << female << u"Quận 5"_s << QDate(2021, 8, 10) << QStringList();
        QTest::newRow("nam lower case") << anWith(4, u"nam"_s) << u"001095012345"_s
                                        << u"123456789"_s << u"Nguyễn Văn An"_s << anDob << male
                                        << kAnAddress << anIssued << QStringList();
        QTest::newRow("2000s man, issued on his birthday")
            << u"031208000077||Phạm Minh Khôi|29022008|Nam|Lê Chân, Hải Phòng|29022008"_s
            << u"031208000077"_s << QString() << u"Phạm Minh Khôi"_s << QDate(2008, 2, 29) << male
            << u"Lê Chân, Hải Phòng"_s << QDate(2008, 2, 29) << QStringList();
        QTest::newRow("empty address") << anWith(5, QString()) << u"001095012345"_s
                                       << u"123456789"_s << u"Nguyễn Văn An"_s << anDob << male
                                       << QString() << anIssued << QStringList();
    }

    void parsesValidScans()
    {
        QFETCH(QString, scan);
        const auto card = CccdQr::parse(scan);
        QVERIFY2(card.has_value(), qPrintable(card ? QString() : card.error().code));
        QTEST(card->id, "id");
        QTEST(card->oldId, "oldId");
        QTEST(card->fullName, "name");
        QTEST(card->dateOfBirth, "dob");
        QTEST(int(card->sex), "sex");
        QTEST(card->address, "address");
        QTEST(card->issueDate, "issued");
        QTEST(card->extraFields, "extra");
        QCOMPARE(card->fullName, card->fullName.normalized(QString::NormalizationForm_C));
        QCOMPARE(card->address, card->address.normalized(QString::NormalizationForm_C));
        QVERIFY(CccdQr::looksLikeScan(scan));
    }

    void refusesMalformedScans_data()
    {
        QTest::addColumn<QString>("scan");
        QTest::addColumn<QString>("code");

        const QDate today = QDate::currentDate();
        QTest::newRow("empty string") << QString() << u"qr.fields"_s;
        QTest::newRow("cut short after 5 fields")
            << kAn.section(u'|', 0, 4) << u"qr.fields"_s;
        QTest::newRow("cut short after 6 fields")
            << kAn.section(u'|', 0, 5) << u"qr.fields"_s;
        QTest::newRow("cut short in the name") << u"001095012345|123456789|Nguyễn V"_s
                                               << u"qr.fields"_s;
        QTest::newRow("three pipes") << u"|||"_s << u"qr.fields"_s;
        QTest::newRow("only pipes") << u"||||||"_s << u"cccd.empty"_s;
        QTest::newRow("many pipes") << QString(200, u'|') << u"cccd.empty"_s;
        QTest::newRow("plain text, no pipes") << u"Nguyễn Văn An"_s << u"qr.fields"_s;
        QTest::newRow("DOB 31 Feb") << anWith(3, u"31021995"_s) << u"qr.date"_s;
        QTest::newRow("DOB 29 Feb, not a leap year") << anWith(3, u"29021995"_s) << u"qr.date"_s;
        QTest::newRow("DOB month 13") << anWith(3, u"15131995"_s) << u"qr.date"_s;
        QTest::newRow("DOB with slashes") << anWith(3, u"15/03/95"_s) << u"qr.date"_s;
        QTest::newRow("DOB ISO") << anWith(3, u"1995-03-15"_s) << u"qr.date"_s;
        QTest::newRow("DOB 7 digits") << anWith(3, u"1503199"_s) << u"qr.date"_s;
        QTest::newRow("DOB empty") << anWith(3, QString()) << u"qr.date"_s;
        QTest::newRow("DOB year 0") << anWith(3, u"15030000"_s) << u"qr.date"_s;
        QTest::newRow("DOB full-width digits") << anWith(3, u"１５０３１９９５"_s) << u"qr.date"_s;
        QTest::newRow("DOB in the future") << anWith(3, ddMMyyyy(today.addDays(1)))
                                           << u"qr.date"_s;
        QTest::newRow("issue date before birth") << anWith(6, u"14031995"_s) << u"qr.date"_s;
        QTest::newRow("issue date in the future") << anWith(6, ddMMyyyy(today.addDays(1)))
                                                  << u"qr.date"_s;
        QTest::newRow("issue date not a date") << anWith(6, u"00002021"_s) << u"qr.date"_s;
        QTest::newRow("issue date empty") << anWith(6, QString()) << u"qr.date"_s;
        QTest::newRow("sex Male") << anWith(4, u"Male"_s) << u"qr.sex"_s;
        QTest::newRow("sex empty") << anWith(4, QString()) << u"qr.sex"_s;
        QTest::newRow("sex Nam Nữ") << anWith(4, u"Nam Nữ"_s) << u"qr.sex"_s;
        QTest::newRow("non-digit id") << anWith(0, u"00109501234A"_s) << u"cccd.not_digits"_s;
        QTest::newRow("id with spaces inside") << anWith(0, u"001 095 012 345"_s)
                                               << u"cccd.not_digits"_s;
        QTest::newRow("11-digit id") << anWith(0, u"00109501234"_s) << u"cccd.length"_s;
        QTest::newRow("old CMND as id") << anWith(0, u"123456789"_s) << u"cccd.old_id"_s;
        QTest::newRow("empty id") << anWith(0, QString()) << u"cccd.empty"_s;
        QTest::newRow("no province 003") << anWith(0, u"003095012345"_s) << u"cccd.province"_s;
        QTest::newRow("id born in 2195") << anWith(0, u"001495012345"_s) << u"cccd.century"_s;
        QTest::newRow("id inconsistent with DOB") << anWith(3, u"15031996"_s)
                                                  << u"cccd.birth_year"_s;
        QTest::newRow("id of a 2095 birth") << anWith(0, u"001295012345"_s)
                                            << u"cccd.century"_s;
        QTest::newRow("id inconsistent with sex") << anWith(4, u"Nữ"_s) << u"cccd.sex"_s;
        QTest::newRow("old id 8 digits") << anWith(1, u"12345678"_s) << u"qr.old_id"_s;
        QTest::newRow("old id 12 digits") << anWith(1, u"001095012345"_s) << u"qr.old_id"_s;
        QTest::newRow("old id with a letter") << anWith(1, u"12345678X"_s) << u"qr.old_id"_s;
        QTest::newRow("empty name") << anWith(2, QString()) << u"qr.name"_s;
        QTest::newRow("blank name") << anWith(2, u" \t  "_s) << u"qr.name"_s;
        QTest::newRow("NUL in the name")
            << anWith(2, u"Nguyễn"_s + QChar(u'\0') + u"Văn An"_s) << u"qr.garbled"_s;
        QTest::newRow("escape sequence in the name") << anWith(2, u"Nguyễn \x1b[2J Văn An"_s)
                                                     << u"qr.garbled"_s;
        QTest::newRow("replacement characters in the address")
            << anWith(5, QString::fromUtf8("S\xe1\xbb\x91 12 ph\xe1 Hu\xe1\xbb\x87")) << u"qr.garbled"_s;
        QTest::newRow("lone surrogate in the name")
            << anWith(2, u"Nguyễn Văn"_s + QChar(0xd800) + u"An"_s) << u"qr.garbled"_s;

        static const char raw[] = "\x00\xff\xfe|\x01\x02\x03\xc3\x28|\xed\xa0\x80\xf0\x9f|\x7f|"
                                  "\xe2\x82|\x1b[2J|\xff\xff\xff\xff|\x80\x81";
        const QByteArray binary(raw, sizeof raw - 1);
        QTest::newRow("binary-like garbage") << QString::fromUtf8(binary) << u"cccd.not_digits"_s;
        QTest::newRow("binary-like garbage, short")
            << QString::fromUtf8(binary.left(12)) << u"qr.fields"_s;
        QTest::newRow("NUL inside the id") << anWith(0, u"001095"_s + QChar(u'\0') + u"12345"_s)
                                           << u"cccd.not_digits"_s;
        QTest::newRow("very long address") << anWith(5, QString(5000, u'ạ')) << u"qr.length"_s;
        QTest::newRow("very long, only pipes") << QString(100000, u'|') << u"qr.length"_s;
        QTest::newRow("very long extra fields")
            << kAn + u"|"_s + QStringList(2000, u"Võ Văn Hùng"_s).join(u'|') << u"qr.length"_s;
    }

    void refusesMalformedScans()
    {
        QFETCH(QString, scan);
        QFETCH(QString, code);
        const auto card = CccdQr::parse(scan);
        QVERIFY2(!card.has_value(), qPrintable(u"accepted, expected "_s + code));
        QCOMPARE(card.error().code, code);

        // The clerk is told what happened and what to do next, on one line, with no personal data.
        const QString message = card.error().message;
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains(u'\n'));
        QVERIFY2(message.contains(u"Scan the card again, or type the details"_s),
                 qPrintable(message));
        const QStringList fields = scan.normalized(QString::NormalizationForm_C).split(u'|');
        for (const QString &field : fields) {
            const QString f = field.trimmed();
            if (f.size() < 4)
                continue;
            QVERIFY2(!message.contains(f), qPrintable(message));
            QVERIFY2(!card.error().detail.contains(f), qPrintable(card.error().detail));
        }
        // No year either (the Cccd checker's own messages quote the birth year).
        QVERIFY2(!message.contains(u"1995"_s) && !message.contains(u"1996"_s), qPrintable(message));
    }

    void toJsonHasEveryKey()
    {
        const auto card = CccdQr::parse(kAn);
        QVERIFY(card.has_value());
        const QJsonObject o = CccdQr::toJson(*card);
        QCOMPARE(o.value(u"id"_s).toString(), u"001095012345"_s);
        QCOMPARE(o.value(u"old_id"_s).toString(), u"123456789"_s);
        QCOMPARE(o.value(u"full_name"_s).toString(), u"Nguyễn Văn An"_s);
        QCOMPARE(o.value(u"date_of_birth"_s).toString(), u"1995-03-15"_s);
        QCOMPARE(o.value(u"sex"_s).toString(), u"male"_s);
        QCOMPARE(o.value(u"address"_s).toString(), kAnAddress);
        QCOMPARE(o.value(u"issue_date"_s).toString(), u"2021-04-20"_s);
        QVERIFY(!o.contains(u"extra_fields"_s));
        QCOMPARE(o.size(), 7);

        const auto newer = CccdQr::parse(kAn + u"|Võ Văn Hùng|048155000111"_s);
        QVERIFY(newer.has_value());
        const QJsonObject n = CccdQr::toJson(*newer);
        QCOMPARE(n.value(u"extra_fields"_s).toArray(),
                 QJsonArray({u"Võ Văn Hùng"_s, u"048155000111"_s}));

        CccdCard female = *card;
        female.sex = Sex::Female;
        QCOMPARE(CccdQr::toJson(female).value(u"sex"_s).toString(), u"female"_s);
        QCOMPARE(CccdQr::toJson(CccdCard()).value(u"sex"_s).toString(), QString());
    }

    void looksLikeScan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("full scan") << kAn << true;
        QTest::newRow("newer card") << kAn + u"|Võ Văn Hùng"_s << true;
        QTest::newRow("6 fields (cut short)") << kAn.section(u'|', 0, 5) << true;
        QTest::newRow("5 fields") << kAn.section(u'|', 0, 4) << false;
        QTest::newRow("spaces around the id") << u"  001095012345  "_s + kAn.mid(12) << true;
        QTest::newRow("NFD") << kAn.normalized(QString::NormalizationForm_D) << true;
        QTest::newRow("malformed date still looks like a scan") << anWith(3, u"x"_s) << true;
        QTest::newRow("11-digit id") << anWith(0, u"00109501234"_s) << false;
        QTest::newRow("13-digit id") << anWith(0, u"0010950123456"_s) << false;
        QTest::newRow("letter in the id") << anWith(0, u"00109501234A"_s) << false;
        QTest::newRow("full-width digits") << anWith(0, u"００１０９５０１２３４５"_s) << false;
        QTest::newRow("empty id") << anWith(0, QString()) << false;
        QTest::newRow("typed name") << u"Nguyễn Văn An"_s << false;
        QTest::newRow("typed id") << u"001095012345"_s << false;
        QTest::newRow("only pipes") << u"||||||"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void looksLikeScan()
    {
        QFETCH(QString, text);
        QTEST(CccdQr::looksLikeScan(text), "expected");
    }

    // A small, deterministic fuzz in the unit tests (the libFuzzer target in tests/fuzz goes
    // further): mutated scans never crash, and whatever is accepted is consistent.
    void mutatedScansNeverCrash()
    {
        QRandomGenerator rng(20240701);
        const QString alphabet =
            u"0123456789|| \t\r\nNamNữuĐđ\u0303\u0301\uFFFDx"_s + QChar(u'\0');
        int accepted = 0;
        for (int i = 0; i < 5000; ++i) {
            QString s = kAn;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !s.isEmpty(); ++e) {
                const qsizetype at = rng.bounded(int(s.size()));
                const QChar c = alphabet.at(rng.bounded(int(alphabet.size())));
                switch (rng.bounded(3)) {
                case 0: s[at] = c; break;
                case 1: s.insert(at, c); break;
                default: s.remove(at, 1); break;
                }
            }
            (void)CccdQr::looksLikeScan(s);
            const auto card = CccdQr::parse(s);
            if (!card) {
                QVERIFY(!card.error().code.isEmpty());
                QVERIFY(!card.error().message.isEmpty());
                continue;
            }
            ++accepted;
            QCOMPARE(card->id.size(), 12);
            QVERIFY(card->dateOfBirth.isValid());
            QVERIFY(card->issueDate >= card->dateOfBirth);
            QVERIFY(card->sex != Sex::Unknown);
            QVERIFY(!card->fullName.isEmpty());
            QVERIFY(!card->fullName.contains(QChar(u'\0')) && !card->address.contains(QChar(u'\0')));
            QVERIFY(motcua::Cccd::check(card->id, card->dateOfBirth, card->sex).has_value());
        }
        QVERIFY(accepted > 0); // some mutations (in the address, spaces…) stay valid
    }
};

QTEST_GUILESS_MAIN(TestCccdQr)
#include "tst_cccdqr.moc"
