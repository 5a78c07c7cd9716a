// Scans are personal data: sealed on disk under the store's vault, opened and checked on read,
// and scans stored before sealing existed are sealed in place.
#include "TestVault.h"

#include "intake/AttachmentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

constexpr QByteArrayView kMarker = "NGUYEN VAN AN 001095012345";

// A PDF holding the marker in clear (uncompressed comment), as a scanner's PDF may.
QString markedPdf(const QString &dir)
{
    const QString path = dir + u"/giay-khai-sinh.pdf"_s;
    QPdfWriter writer(path);
    QPainter p(&writer);
    p.drawText(QPointF(100, 100), QString::fromLatin1(kMarker));
    p.end();
    QFile f(path);
    if (!f.open(QIODevice::Append))
        qFatal("cannot write a test scan");
    f.write("\n% " + kMarker.toByteArray() + "\n");
    return path;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read a test file");
    return f.readAll();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestScanSealing : public QObject
{
    Q_OBJECT

private slots:
    void theFileOnDiskDoesNotHoldTheScan()
    {
        QTemporaryDir in, dir;
        const QString source = markedPdf(in.path());
        const QByteArray plain = contentOf(source);
        QVERIFY(plain.contains(kMarker));
        AttachmentStore scans(dir.path(), testVault());
        auto stored = scans.import(source);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->sha256, sha256Of(plain)); // the name is the plain scan's hash
        const QByteArray onDisk = contentOf(scans.pathOf(stored->sha256));
        QVERIFY(!onDisk.contains(kMarker));
        QVERIFY(!onDisk.contains("%PDF"));
        QCOMPARE(onDisk.size(), plain.size() + Vault::kOverhead);
        QCOMPARE(*scans.read(stored->sha256), plain);
        // Stored once: the same scan again is found by its name.
        QCOMPARE(scans.import(source)->sha256, stored->sha256);
        QCOMPARE(contentOf(scans.pathOf(stored->sha256)), onDisk);
    }

    void aChangedFileIsReportedDamaged_data()
    {
        QTest::addColumn<qsizetype>("at");
        QTest::newRow("nonce") << qsizetype(3);
        QTest::newRow("content") << qsizetype(500);
        QTest::newRow("tag") << qsizetype(-1);
    }

    void aChangedFileIsReportedDamaged()
    {
        QFETCH(qsizetype, at);
        QTemporaryDir in, dir;
        AttachmentStore scans(dir.path(), testVault());
        auto stored = scans.import(markedPdf(in.path()));
        QVERIFY(stored);
        QFile f(scans.pathOf(stored->sha256));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype i = at < 0 ? bytes.size() - 1 : at;
        bytes[i] = char(bytes.at(i) ^ 0x01);
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
        const auto read = scans.read(stored->sha256);
        QVERIFY(!read);
        QCOMPARE(read.error().code, u"file.damaged"_s);
        QVERIFY(!read.error().message.contains(QString::fromLatin1(kMarker)));
    }

    void anotherStoresKeyCannotOpenIt()
    {
        QTemporaryDir in, dir;
        auto stored = AttachmentStore(dir.path(), testVault()).import(markedPdf(in.path()));
        QVERIFY(stored);
        QCOMPARE(AttachmentStore(dir.path(), testVault()).read(stored->sha256).error().code,
                 u"file.damaged"_s);
    }

    void withoutTheVaultNothingIsStoredOrRead()
    {
        QTemporaryDir in, dir;
        AttachmentStore locked(dir.path(), nullptr);
        QCOMPARE(locked.import(markedPdf(in.path())).error().code, u"vault.locked"_s);
        QCOMPARE(locked.read(QString(64, u'a')).error().code, u"vault.locked"_s);
        QCOMPARE(locked.sealLegacy().error().code, u"vault.locked"_s);
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void aMissingScanIsReportedMissing()
    {
        QTemporaryDir dir;
        QCOMPARE(AttachmentStore(dir.path(), testVault()).read(QString(64, u'b')).error().code,
                 u"file.missing"_s);
    }

    void legacyPlainScansAreSealedInPlace()
    {
        // A store from before sealing: plain files named by their own hash.
        QTemporaryDir in, dir;
        const QByteArray first = contentOf(markedPdf(in.path()));
        const QByteArray second = first + "\n% another page\n";
        AttachmentStore scans(dir.path(), testVault());
        for (const QByteArray &plain : {first, second}) {
            const QString path = scans.pathOf(sha256Of(plain));
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(plain);
        }
        // Reading one seals it first.
        QCOMPARE(*scans.read(sha256Of(first)), first);
        QVERIFY(!contentOf(scans.pathOf(sha256Of(first))).contains(kMarker));
        // The upgrade pass seals the rest, once.
        QCOMPARE(*scans.sealLegacy(), 1);
        QCOMPARE(*scans.sealLegacy(), 0);
        const QByteArray onDisk = contentOf(scans.pathOf(sha256Of(second)));
        QVERIFY(!onDisk.contains(kMarker));
        QCOMPARE(onDisk.size(), second.size() + Vault::kOverhead);
        QCOMPARE(*scans.read(sha256Of(second)), second);
        QCOMPARE(*scans.read(sha256Of(first)), first);
        // Nothing but the two scans: no temporary file left.
        QStringList names;
        for (const QFileInfo &sub : QDir(dir.path()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
            names += QDir(sub.filePath()).entryList(QDir::Files | QDir::Hidden);
        names.sort();
        QStringList expected{sha256Of(first), sha256Of(second)};
        expected.sort();
        QCOMPARE(names, expected);
    }
};

QTEST_MAIN(TestScanSealing)
#include "tst_scan_sealing.moc"
