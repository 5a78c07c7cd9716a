#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// motcua-cli cccd check / parse-qr, run as the real binary. No --data-dir is given: these commands
// must not need (or create) a local store; HOME and XDG_DATA_HOME point into an empty folder to
// prove it.
namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString kScan = u"001095012345|123456789|Nguyễn Văn An|15031995|Nam|"
                      u"Số 12 phố Huế, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội|20042021"_s;

} // namespace

class TestCliCccd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"share"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        p.setProcessEnvironment(env);
        p.start(QDir(qEnvironmentVariable("MOTCUA_BIN_DIR")).filePath(u"motcua-cli"_s),
                QStringList{u"--lang"_s, u"en"_s, u"cccd"_s} + args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("motcua-cli did not finish");
        if (p.exitStatus() != QProcess::NormalExit)
            qFatal("motcua-cli crashed");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // A refusal: exit code 2, nothing on stdout, exactly one line on stderr.
    static bool isRefusal(const Run &r)
    {
        const QByteArray err = r.err.endsWith('\n') ? r.err.chopped(1) : r.err;
        return r.exitCode == 2 && r.out.isEmpty() && !err.trimmed().isEmpty()
               && !err.contains('\n') && r.err.endsWith('\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QFileInfo::exists(QDir(qEnvironmentVariable("MOTCUA_BIN_DIR"))
                                      .filePath(u"motcua-cli"_s)));
    }

    void cleanupTestCase()
    {
        // Nothing was written: no store, no settings.
        QCOMPARE(QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot
                                               | QDir::Hidden),
                 QStringList());
    }

    void checkValid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("number only") << QStringList{u"001095012345"_s};
        QTest::newRow("typed with spaces") << QStringList{u"001 095 012 345"_s};
        QTest::newRow("with dob and sex")
            << QStringList{u"001095012345"_s, u"--dob"_s, u"1995-03-15"_s, u"--sex"_s, u"male"_s};
        QTest::newRow("woman 2003")
            << QStringList{u"079303000123"_s, u"--sex"_s, u"female"_s, u"--dob"_s, u"2003-05-01"_s};
    }

    void checkValid()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList{u"check"_s} + args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray()); // silent on success, as the help text says
        QCOMPARE(r.err, QByteArray());
    }

    void checkRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason"); // part of the one-line reason
        QTest::newRow("11 digits") << QStringList{u"00109501234"_s} << u"12"_s;
        QTest::newRow("letters") << QStringList{u"00109501234A"_s} << u"digits only"_s;
        QTest::newRow("province 003") << QStringList{u"003095012345"_s} << u"province"_s;
        QTest::newRow("dob mismatch")
            << QStringList{u"001095012345"_s, u"--dob"_s, u"1996-03-15"_s} << u"born in 1995"_s;
        QTest::newRow("sex mismatch")
            << QStringList{u"001095012345"_s, u"--sex"_s, u"female"_s} << u"sex"_s;
        QTest::newRow("bad --dob") << QStringList{u"001095012345"_s, u"--dob"_s, u"15/03/1995"_s}
                                   << u"--dob"_s;
        QTest::newRow("impossible --dob")
            << QStringList{u"001095012345"_s, u"--dob"_s, u"1995-02-30"_s} << u"--dob"_s;
        QTest::newRow("empty --dob") << QStringList{u"001095012345"_s, u"--dob"_s, QString()}
                                     << u"--dob"_s;
        QTest::newRow("empty --sex") << QStringList{u"001095012345"_s, u"--sex"_s, QString()}
                                     << u"--sex"_s;
        QTest::newRow("future --dob")
            << QStringList{u"001095012345"_s, u"--dob"_s,
                           QDate::currentDate().addDays(1).toString(Qt::ISODate)}
            << u"future"_s;
        QTest::newRow("bad --sex") << QStringList{u"001095012345"_s, u"--sex"_s, u"nam"_s}
                                   << u"--sex"_s;
        QTest::newRow("unknown option") << QStringList{u"001095012345"_s, u"--born"_s}
                                        << u"born"_s;
        QTest::newRow("no number") << QStringList() << u"Usage"_s;
        QTest::newRow("two numbers") << QStringList{u"001095012345"_s, u"079303000123"_s}
                                     << u"Usage"_s;
    }

    void checkRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Run r = cli(QStringList{u"check"_s} + args);
        QVERIFY2(isRefusal(r), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
    }

    void parseQrValid()
    {
        const Run r = cli({u"parse-qr"_s, kScan.normalized(QString::NormalizationForm_D)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QVERIFY(r.out.endsWith('\n'));
        QCOMPARE(r.out.count('\n'), 1); // one compact object on one line

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"id"_s).toString(), u"001095012345"_s);
        QCOMPARE(o.value(u"old_id"_s).toString(), u"123456789"_s);
        QCOMPARE(o.value(u"full_name"_s).toString(), u"Nguyễn Văn An"_s); // NFC, from NFD input
        QCOMPARE(o.value(u"date_of_birth"_s).toString(), u"1995-03-15"_s);
        QCOMPARE(o.value(u"sex"_s).toString(), u"male"_s);
        QCOMPARE(o.value(u"address"_s).toString(),
                 u"Số 12 phố Huế, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội"_s);
        QCOMPARE(o.value(u"issue_date"_s).toString(), u"2021-04-20"_s);
        QCOMPARE(o.size(), 7);
    }

    void parseQrNewerCardFromStdin()
    {
        const Run r = cli({u"parse-qr"_s, u"-"_s},
                          (u"048185000321||Võ Thị Lan|12071985|Nữ|Hải Châu, Đà Nẵng|15072024|"
                           u"Võ Văn Hùng\r\n"_s)
                              .toUtf8());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"id"_s).toString(), u"048185000321"_s);
        QCOMPARE(o.value(u"old_id"_s).toString(), QString());
        QCOMPARE(o.value(u"sex"_s).toString(), u"female"_s);
        QCOMPARE(o.value(u"extra_fields"_s).toVariant().toStringList(),
                 QStringList{u"Võ Văn Hùng"_s});
    }

    void parseQrMalformed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("cut short") << QStringList{u"parse-qr"_s, kScan.section(u'|', 0, 3)};
        QTest::newRow("bad date")
            << QStringList{u"parse-qr"_s, QString(kScan).replace(u"15031995"_s, u"31021995"_s)};
        QTest::newRow("sex mismatch")
            << QStringList{u"parse-qr"_s, QString(kScan).replace(u"|Nam|"_s, u"|Nữ|"_s)};
        QTest::newRow("empty") << QStringList{u"parse-qr"_s, QString()};
        QTest::newRow("missing") << QStringList{u"parse-qr"_s};
        QTest::newRow("with --dob") << QStringList{u"parse-qr"_s, kScan, u"--dob"_s,
                                                   u"1995-03-15"_s};
        QTest::newRow("unknown action") << QStringList{u"decode"_s, kScan};
    }

    void parseQrMalformed()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QVERIFY2(isRefusal(r), r.err.constData());
        // The reason does not repeat the citizen's data.
        QVERIFY(!r.err.contains("Nguy"));
        QVERIFY(!r.err.contains("001095012345"));
    }

    void helpDocumentsTheSilentOk()
    {
        const Run r = cli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("prints nothing"));
        QVERIFY(r.out.contains("parse-qr"));
    }
};

QTEST_GUILESS_MAIN(TestCliCccd)
#include "tst_cli_cccd.moc"
