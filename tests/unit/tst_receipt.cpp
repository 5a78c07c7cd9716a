#include "receipt/QrCode.h"
#include "receipt/ReceiptLabels.h"
#include "receipt/ReceiptRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using motcua::QrCode;
using motcua::Receipt;
using motcua::ReceiptLabels;
using motcua::ReceiptRenderer;

namespace {

Receipt sample()
{
    Receipt r;
    r.unitName = u"UBND xã Tân Lập"_s;
    r.unitCode = u"XA0001"_s;
    r.unitAddress = u"Thôn Đồng Bằng, xã Tân Lập, huyện Đan Phượng, Hà Nội"_s;
    r.placeName = u"Tân Lập"_s;
    r.dossierCode = u"XA0001-250303-01-0007"_s;
    r.applicantName = u"Nguyễn Thị Phương Thảo"_s;
    r.applicantId = u"001195012345"_s;
    r.applicantPhone = u"0912345678"_s;
    r.applicantAddress = u"Số 12 ngõ 34 phố Hàng Bạc, phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội"_s;
    r.procedureCode = u"2.000720"_s;
    r.procedureName = u"Đăng ký thành lập hộ kinh doanh"_s;
    using motcua::PaperForm;
    r.papers = {{u"Giấy đề nghị đăng ký hộ kinh doanh"_s, 1, PaperForm::ScanAttached},
                {u"Căn cước công dân của chủ hộ kinh doanh"_s, 1, PaperForm::ReusedDigitised},
                {u"Hợp đồng thuê địa điểm kinh doanh"_s, 2, PaperForm::CopyKept},
                {u"Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh"_s, 1,
                 PaperForm::OriginalSeen}};
    r.fees = {{u"Lệ phí đăng ký hộ kinh doanh"_s, 100000, 50000, u"Giảm 50% nộp trực tuyến"_s, false},
              {u"Phí thẩm định điều kiện kinh doanh"_s, 2368000, 1184000,
               u"Giảm 50% nộp trực tuyến"_s, false},
              {u"Phí cấp bản sao"_s, 10000, 0, u"Miễn: người có công với cách mạng"_s, true}};
    r.feeTotal = 1234000;
    r.channel = motcua::Channel::Online;
    r.citizenConfirmed = true;
    r.receivedAt = QDateTime(QDate(2025, 3, 3), QTime(2, 15), QTimeZone::utc()); // 09:15 in Vietnam
    r.dueAt = QDateTime(QDate(2025, 3, 10), QTime(7, 0), QTimeZone::utc());      // 14:00
    r.resultPlace = u"Bộ phận Tiếp nhận và Trả kết quả UBND xã Tân Lập, hoặc qua bưu chính"_s;
    r.clerkName = u"Lê Văn Bình"_s;
    r.statusText = u"Cổng Dịch vụ công thành phố Hà Nội"_s;
    r.statusUrl = QUrl(u"https://dichvucong.hanoi.gov.vn/tra-cuu"_s);
    return r;
}

// Runs a poppler tool; poppler-utils is a test dependency (.ci/install-deps), never skipped.
QString run(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        qFatal("%s not found: install poppler-utils (Debian) to run tst_receipt", qPrintable(tool));
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
}

QString text(const QString &pdf, int page = 0)
{
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    const QString out = run(u"pdftotext"_s, args << pdf << u"-"_s);
    return out.simplified();
}

int pages(const QString &pdf)
{
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// MOTCUA_RECEIPT_SAMPLE=<folder> keeps the rendered PDFs there, to look at them.
void keep(const QString &pdf)
{
    const QString folder = qEnvironmentVariable("MOTCUA_RECEIPT_SAMPLE");
    if (folder.isEmpty())
        return;
    const QString copy = QDir(folder).filePath(QFileInfo(pdf).fileName());
    QFile::remove(copy);
    QFile::copy(pdf, copy);
}

bool finderAt(const QrCode &qr, int x0, int y0)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (qr.dark(x0 + x, y0 + y) != (ring || core))
                return false;
        }
    }
    return true;
}

} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void qrStructure_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {1, 21, 100, 500, 1000, 2331})
            QTest::addRow("%d bytes", size) << size;
    }

    void qrStructure()
    {
        QFETCH(int, size);
        const auto qr = QrCode::encode(QByteArray(size, 'x'));
        QVERIFY2(qr, qr ? "" : qPrintable(qr.error().message));
        QVERIFY(qr->version() >= 1 && qr->version() <= 40);
        QCOMPARE(qr->width(), 21 + 4 * (qr->version() - 1));
        const int w = qr->width();
        QVERIFY(finderAt(*qr, 0, 0));
        QVERIFY(finderAt(*qr, w - 7, 0));
        QVERIFY(finderAt(*qr, 0, w - 7));
        QVERIFY(!finderAt(*qr, w - 7, w - 7));
        QVERIFY(!qr->dark(7, 7) && !qr->dark(-1, 0) && !qr->dark(w, 0)); // separator, quiet zone
        if (size == 2331)
            QCOMPARE(qr->version(), 40);
    }

    void qrIsDeterministic()
    {
        const QByteArray data = "XA0001-250303-01-0007";
        const auto a = QrCode::encode(data), b = QrCode::encode(data);
        const auto c = QrCode::encode("XA0001-250303-01-0008");
        QVERIFY(a && b && c);
        QCOMPARE(a->width(), b->width());
        bool same = true, differs = false;
        for (int y = 0; y < a->width(); ++y) {
            for (int x = 0; x < a->width(); ++x) {
                same = same && a->dark(x, y) == b->dark(x, y);
                differs = differs || a->dark(x, y) != c->dark(x, y);
            }
        }
        QVERIFY(same);
        QVERIFY(differs);
    }

    void qrRefusesOversizedAndEmpty()
    {
        const auto big = QrCode::encode(QByteArray(QrCode::maxBytes(QrCode::Level::M) + 1, 'x'));
        QVERIFY(!big);
        QCOMPARE(big.error().code, u"qr.too_large"_s);
        QVERIFY(!big.error().message.isEmpty());
        const auto h = QrCode::encode(QByteArray(QrCode::maxBytes(QrCode::Level::H) + 1, 'x'),
                                      QrCode::Level::H);
        QCOMPARE(h.error().code, u"qr.too_large"_s);
        QCOMPARE(QrCode::encode({}).error().code, u"qr.empty"_s);
    }

    void qrPayload()
    {
        Receipt r = sample();
        QCOMPARE(ReceiptRenderer::qrPayload(r),
                 "https://dichvucong.hanoi.gov.vn/tra-cuu?maHoSo=XA0001-250303-01-0007");
        r.statusUrl = QUrl(u"https://dvc.example.vn/hs/XA0001-250303-01-0007"_s);
        QCOMPARE(ReceiptRenderer::qrPayload(r), "https://dvc.example.vn/hs/XA0001-250303-01-0007");
        r.statusUrl.clear();
        QCOMPARE(ReceiptRenderer::qrPayload(r), "XA0001-250303-01-0007");
    }

    void vietnameseFormats()
    {
        QCOMPARE(ReceiptLabels::money(1234000), u"1.234.000 đ"_s);
        QCOMPARE(ReceiptLabels::money(0), u"0 đ"_s);
        // 18:30 UTC on 2 March is 01:30 on 3 March in Vietnam.
        const QDateTime t(QDate(2025, 3, 2), QTime(18, 30), QTimeZone::utc());
        QCOMPARE(ReceiptLabels::date(t), u"03/03/2025"_s);
        QCOMPARE(ReceiptLabels::time(t), u"01:30"_s);
        QCOMPARE(ReceiptLabels::dateTime(t), u"01:30 ngày 03/03/2025"_s);
        QCOMPARE(ReceiptLabels::longDate(t), u"ngày 03 tháng 03 năm 2025"_s);
    }

    void checkRefusesWrongReceipts()
    {
        QVERIFY(ReceiptRenderer::check(sample()));
        Receipt r = sample();
        r.feeTotal += 1;
        QCOMPARE(ReceiptRenderer::check(r).error().code, u"receipt.total_mismatch"_s);
        r = sample();
        r.dossierCode.clear();
        QCOMPARE(ReceiptRenderer::check(r).error().code, u"receipt.no_code"_s);
        r = sample();
        r.dueAt = r.receivedAt.addSecs(-60);
        QCOMPARE(ReceiptRenderer::check(r).error().code, u"receipt.due_date"_s);
        r = sample();
        r.fees[2].amount = 10000;
        r.feeTotal += 10000;
        QCOMPARE(ReceiptRenderer::check(r).error().code, u"receipt.exempt_fee"_s);
        QCOMPARE(ReceiptRenderer::pdf(r).error().code, u"receipt.exempt_fee"_s);
    }

    void pdfCarriesTheReceipt()
    {
        const auto bytes = ReceiptRenderer::pdf(sample());
        QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message));
        QVERIFY(bytes->startsWith("%PDF-"));
        QVERIFY2(bytes->size() > 10000, QByteArray::number(bytes->size()).constData());
        const QString path = m_dir.filePath(u"sample.pdf"_s);
        QVERIFY(ReceiptRenderer::writePdf(sample(), path));
        keep(path);
        QCOMPARE(pages(path), 1);
        const QString t = text(path);
        for (const QString &expected :
             {u"XA0001-250303-01-0007"_s, u"Nguyễn Thị Phương Thảo"_s, u"GIẤY TIẾP NHẬN HỒ SƠ"_s,
              u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s,
              u"1.234.000"_s, u"10/03/2025"_s, u"14:00"_s, u"09:15"_s, u"Lê Văn Bình"_s,
              u"Giảm 50% nộp trực tuyến"_s, u"Đăng ký thành lập hộ kinh doanh"_s}) {
            QVERIFY2(t.contains(expected), qPrintable(expected + u" not in: "_s + t));
        }
        // Fonts are embedded (pdffonts: the "emb" column says yes for every font).
        const QStringList fonts = run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts) {
            QVERIFY2(font.contains(u"DejaVuSerif"_s), qPrintable(font));
            QVERIFY2(font.contains(u" yes "_s), qPrintable(font));
        }
    }

    void fortyPapersFlowOntoASecondPage()
    {
        Receipt r = sample();
        r.papers.clear();
        for (int i = 1; i <= 40; ++i)
            r.papers.append({u"Giấy tờ chứng minh số %1"_s.arg(i), 1, motcua::PaperForm::CopyKept});
        const QString path = m_dir.filePath(u"forty.pdf"_s);
        QVERIFY(ReceiptRenderer::writePdf(r, path));
        keep(path);
        QCOMPARE(pages(path), 2);
        const QString first = text(path, 1), second = text(path, 2);
        QVERIFY(first.contains(u"GIẤY TIẾP NHẬN HỒ SƠ"_s));
        QVERIFY(first.contains(u"Trang 1/2"_s));
        QVERIFY(second.contains(u"Giấy tờ chứng minh số 40"_s));
        QVERIFY2(second.contains(u"Tên giấy tờ"_s), "the table header is repeated");
        QVERIFY(second.contains(u"NGƯỜI TIẾP NHẬN HỒ SƠ"_s));
        QVERIFY(second.contains(u"Trang 2/2"_s));
        QVERIFY(!second.contains(u"Giấy tờ chứng minh số 1 "_s));
    }

    void writePdfReplacesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"receipt.pdf"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old receipt");
        old.close();

        Receipt wrong = sample();
        wrong.feeTotal = 1;
        QVERIFY(!ReceiptRenderer::writePdf(wrong, path));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), "old receipt"); // a failed render leaves the old file alone
        kept.close();

        QVERIFY(ReceiptRenderer::writePdf(sample(), path));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("%PDF-"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{u"receipt.pdf"_s}); // no temporary file left behind

        const auto missing = ReceiptRenderer::writePdf(sample(), dir.filePath(u"no/such/x.pdf"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, u"receipt.write_failed"_s);
    }

    void paintsOnAnyDevice()
    {
        QImage image(595, 842, QImage::Format_RGB32); // A4 at 72 dpi, as a preview would
        image.fill(Qt::white);
        QPainter painter(&image);
        const QRectF page(0, 0, image.width(), image.height());
        QCOMPARE(ReceiptRenderer::pageCount(painter, page, sample()).value_or(-1), 1);
        QVERIFY(ReceiptRenderer::paintPage(painter, page, sample(), 0));
        QCOMPARE(ReceiptRenderer::paintPage(painter, page, sample(), 1).error().code,
                 u"receipt.no_such_page"_s);
        Receipt many = sample();
        for (int i = 0; i < 40; ++i)
            many.papers.append({u"Giấy tờ %1"_s.arg(i), 1, motcua::PaperForm::CopyKept});
        QCOMPARE(ReceiptRenderer::pageCount(painter, page, many).value_or(-1), 2);
        // A QImage has no second page: paint() says so instead of drawing over page one.
        QCOMPARE(ReceiptRenderer::paint(painter, page, many).error().code, u"receipt.new_page"_s);
        painter.end();
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 5000, QByteArray::number(dark).constData());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
