#include "TempStore.h"
#include "TestVault.h"

#include "intake/AttachmentStore.h"
#include "store/AttachmentRepository.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

class TestAttachments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_in;
    std::shared_ptr<const Vault> m_vault = testVault();

    QString pdf(const QString &name)
    {
        const QString path = m_in.filePath(name);
        QPdfWriter writer(path);
        QPainter p(&writer);
        p.drawText(QPointF(100, 100), u"Giấy khai sinh (bản sao)"_s);
        p.end();
        return path;
    }

    QString image(const QString &name, const char *format, QSize size = {640, 480})
    {
        QImage img(size, QImage::Format_RGB32);
        img.fill(Qt::white);
        const QString path = m_in.filePath(name);
        if (!img.save(path, format))
            qFatal("cannot write a test image");
        return path;
    }

    QString bytes(const QString &name, const QByteArray &content)
    {
        QFile f(m_in.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        f.write(content);
        return f.fileName();
    }

    QString truncated(const QString &from, const QString &name)
    {
        QFile f(from);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read a test file");
        return bytes(name, f.read(f.size() / 2));
    }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << QFileInfo(it.next()).fileName();
        return out;
    }

private slots:
    void acceptsRealScansByContent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mime");
        QTest::newRow("pdf") << pdf(u"a.pdf"_s) << u"application/pdf"_s;
        QTest::newRow("png") << image(u"b.png"_s, "PNG") << u"image/png"_s;
        QTest::newRow("jpeg") << image(u"c.jpg"_s, "JPG") << u"image/jpeg"_s;
        // The name lies; the content decides.
        QTest::newRow("png named .pdf") << image(u"d.pdf"_s, "PNG") << u"image/png"_s;
        QTest::newRow("jpeg without extension") << image(u"scan"_s, "JPG") << u"image/jpeg"_s;
    }

    void acceptsRealScansByContent()
    {
        QFETCH(QString, path);
        QFETCH(QString, mime);
        QTemporaryDir store;
        auto stored = AttachmentStore(store.path(), m_vault).import(path);
        QVERIFY2(stored.has_value(), qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->mime, mime);
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray content = in.readAll();
        QCOMPARE(stored->sha256, QString::fromLatin1(
                                     QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        // On disk the scan is sealed (tst_scan_sealing); read() gives back the very bytes.
        QFile out(AttachmentStore(store.path(), m_vault).pathOf(stored->sha256));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.size(), content.size() + Vault::kOverhead);
        QCOMPARE(*AttachmentStore(store.path(), m_vault).read(stored->sha256), content);
        QCOMPARE(filesUnder(store.path()), QStringList{stored->sha256}); // no temporary left
    }

    void refusesWhatIsNotAScan_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QFile::copy(u"/bin/true"_s, m_in.filePath(u"giay-to.pdf"_s));
        QTest::newRow("renamed executable") << m_in.filePath(u"giay-to.pdf"_s) << u"file.program"_s;
        QTest::newRow("script") << bytes(u"x.jpg"_s, "#!/bin/sh\nrm -rf /\n") << u"file.program"_s;
        QTest::newRow("text named .jpg") << bytes(u"note.jpg"_s, "hello, this is not an image") << u"file.type"_s;
        QTest::newRow("empty") << bytes(u"empty.pdf"_s, {}) << u"file.empty"_s;
        QTest::newRow("truncated pdf") << truncated(pdf(u"full.pdf"_s), u"half.pdf"_s) << u"file.truncated"_s;
        QTest::newRow("truncated png") << truncated(image(u"full.png"_s, "PNG"), u"half.png"_s) << u"file.truncated"_s;
        QTest::newRow("truncated jpeg") << truncated(image(u"full.jpg"_s, "JPG"), u"half.jpg"_s) << u"file.truncated"_s;
        QTest::newRow("missing") << m_in.filePath(u"nope.pdf"_s) << u"file.read"_s;
    }

    void refusesWhatIsNotAScan()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        QTemporaryDir store;
        auto stored = AttachmentStore(store.path(), m_vault).import(path);
        QVERIFY(!stored.has_value());
        QCOMPARE(stored.error().code, code);
        QVERIFY(stored.error().message.contains(QFileInfo(path).fileName()));
        QVERIFY(filesUnder(store.path()).isEmpty()); // nothing half-stored
    }

    void limitsAreConfigurable()
    {
        QTemporaryDir store;
        const QString big = image(u"big.png"_s, "PNG", {1600, 1200});
        ScanLimits bytesLimit;
        bytesLimit.maxBytes = 1000;
        QCOMPARE(AttachmentStore(store.path(), m_vault, bytesLimit).import(big).error().code, u"file.too_large"_s);
        ScanLimits pixelLimit;
        pixelLimit.maxPixelsPerSide = 1000;
        QCOMPARE(AttachmentStore(store.path(), m_vault, pixelLimit).import(big).error().code,
                 u"file.too_many_pixels"_s);
        QVERIFY(AttachmentStore(store.path(), m_vault).import(big).has_value());
    }

    void sameContentIsStoredOnce()
    {
        QTemporaryDir store;
        AttachmentStore attachments(store.path(), m_vault);
        const QString a = image(u"same1.png"_s, "PNG");
        QVERIFY(QFile::copy(a, m_in.filePath(u"same2.png"_s)));
        const auto first = attachments.import(a);
        const auto second = attachments.import(m_in.filePath(u"same2.png"_s));
        QVERIFY(first && second);
        QCOMPARE(first->sha256, second->sha256);
        QCOMPARE(filesUnder(store.path()).size(), 1);
    }

    void severalScansAreImportedAtOnceInOrder()
    {
        QTemporaryDir store;
        AttachmentStore attachments(store.path(), m_vault);
        const QStringList paths{pdf(u"all1.pdf"_s), image(u"all2.png"_s, "PNG", {320, 200}),
                                image(u"all3.jpg"_s, "JPG", {200, 320})};
        const auto all = attachments.importAll(paths);
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        QCOMPARE(all->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QFile in(paths.at(i));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QCOMPARE(all->at(i).sha256, QString::fromLatin1(QCryptographicHash::hash(
                                            in.readAll(), QCryptographicHash::Sha256).toHex()));
            QVERIFY(attachments.contains(all->at(i).sha256));
        }
        QCOMPARE(all->at(1).mime, u"image/png"_s);
        QCOMPARE(filesUnder(store.path()).size(), 3); // no temporary left
        // Scans hold personal data: only the desk's user may read them.
        QCOMPARE(QFile::permissions(attachments.pathOf(all->at(2).sha256))
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void importAllReportsTheFirstFailureInOrder()
    {
        QTemporaryDir store;
        AttachmentStore attachments(store.path(), m_vault);
        const auto refused = attachments.importAll(
            {pdf(u"ok1.pdf"_s), bytes(u"bad.jpg"_s, "not an image"), m_in.filePath(u"gone.pdf"_s)});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"file.type"_s);
        QVERIFY(refused.error().message.contains(u"bad.jpg"_s));
        QVERIFY(attachments.importAll({})->isEmpty());
    }

    void orphansAndUnfinishedFilesAreRemoved()
    {
        TempStore desk;
        QTemporaryDir store;
        AttachmentStore attachments(store.path(), m_vault);
        const auto kept = attachments.import(pdf(u"kept.pdf"_s));
        const auto orphan = attachments.import(image(u"orphan.png"_s, "PNG"));
        QVERIFY(kept && orphan);
        // A crash after the file was stored but before the dossier's row committed leaves an
        // orphan; a crash mid-write leaves a temporary file.
        QVERIFY(AttachmentRepository(desk.db()).insert(*kept, u"kept.pdf"_s, QDateTime::currentDateTime()));
        QFile tmp(QFileInfo(attachments.pathOf(kept->sha256)).absolutePath() + u"/"_s
                  + kept->sha256 + u".XyZ123"_s);
        QVERIFY(tmp.open(QIODevice::WriteOnly));
        tmp.write("partial");
        tmp.close();

        auto referenced = AttachmentRepository(desk.db()).referenced();
        QVERIFY(referenced.has_value());
        QCOMPARE(*attachments.removeOrphans(*referenced), 2);
        QVERIFY(attachments.contains(kept->sha256));
        QVERIFY(!attachments.contains(orphan->sha256));
        QCOMPARE(filesUnder(store.path()), QStringList{kept->sha256});
    }
};

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
