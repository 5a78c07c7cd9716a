#include "SimProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// motcua-cli dossier receipt, run as the real binary on a desk folder of its own.
namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    p.start(SimProcess::binary(u"motcua-cli"_s),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        qFatal("motcua-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Queues the birth registration of the README; returns CODE, DUE and FEE.
QStringList addDossier(const QString &dataDir)
{
    const Run add = cli(dataDir, {u"dossier"_s, u"add"_s, u"--procedure"_s, u"1.001193"_s,
                                  u"--name"_s, u"Võ Thị Lan"_s, u"--cccd"_s, u"048185000321"_s,
                                  u"--phone"_s, u"0905123456"_s, u"--paper"_s, u"TK=original"_s,
                                  u"--paper"_s, u"GCS=copy"_s});
    if (add.exitCode != 0)
        qFatal("dossier add failed: %s", qPrintable(add.err));
    return add.out.trimmed().split(u'\t');
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed (Debian: poppler-utils)");
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliReceipt : public QObject
{
    Q_OBJECT

private slots:
    void reprintWritesTheReceipt()
    {
        QTemporaryDir dir;
        const QString code = addDossier(dir.path()).value(0);
        QVERIFY(code.startsWith(u"XA0001-"_s));

        const QString pdf = dir.filePath(u"out/receipt.pdf"_s);
        QVERIFY(QDir().mkpath(QFileInfo(pdf).absolutePath()));
        const Run r = cli(dir.path(), {u"dossier"_s, u"receipt"_s, u"--code"_s, code.toLower(),
                                       u"--output"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(pdf));
        QVERIFY(contents(pdf).startsWith("%PDF-"));

        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY(text.contains(u"Võ Thị Lan"_s));
        QVERIFY(text.contains(u"Tờ khai đăng ký khai sinh"_s));
        QVERIFY(text.contains(u"Giấy chứng sinh"_s));
        QVERIFY(text.contains(u"Giấy tiếp nhận"_s));
        QVERIFY(text.contains(u"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"_s));
        QVERIFY(text.contains(u"Bản in lại lúc"_s)); // marked as a reprint
    }

    void unknownCodeExitsTwo()
    {
        QTemporaryDir dir;
        addDossier(dir.path());
        const QString pdf = dir.filePath(u"x.pdf"_s);
        const Run r = cli(dir.path(), {u"dossier"_s, u"receipt"_s, u"--code"_s,
                                       u"XA0001-990101-01-9999"_s, u"--output"_s, pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"There is no dossier XA0001-990101-01-9999"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void outputInAMissingFolderExitsTwo()
    {
        QTemporaryDir dir;
        const QString code = addDossier(dir.path()).value(0);
        const QString pdf = dir.filePath(u"no/such/folder/x.pdf"_s);
        const Run r = cli(dir.path(), {u"dossier"_s, u"receipt"_s, u"--code"_s, code,
                                       u"--output"_s, pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void receiptNeedsCodeAndOutput()
    {
        QTemporaryDir dir;
        const Run r = cli(dir.path(), {u"dossier"_s, u"receipt"_s, u"--code"_s, u"X"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--output"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliReceipt)
#include "tst_cli_receipt.moc"
