#include "ReceiptRenderer.h"

#include "QrCode.h"
#include "ReceiptFlow.h"
#include "ReceiptLabels.h"
#include "ReceiptSections.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUrlQuery>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace motcua {

Q_LOGGING_CATEGORY(lcReceipt, "motcua.receipt")

namespace {

// Makes sure the receipt font is there; Debian ships it in fonts-dejavu-core. Without it Qt
// falls back to another font, which may lack Vietnamese letters, so say so in the log.
void loadFont()
{
    static const bool loaded = [] {
        const QString family = ReceiptRenderer::fontFamily();
        if (QFontDatabase::hasFamily(family))
            return true;
        for (const QString &file : {u"DejaVuSerif.ttf"_s, u"DejaVuSerif-Bold.ttf"_s})
            QFontDatabase::addApplicationFont(u"/usr/share/fonts/truetype/dejavu/"_s + file);
        const bool found = QFontDatabase::hasFamily(family);
        if (!found)
            qCWarning(lcReceipt) << "font" << family << "missing: install fonts-dejavu-core";
        return found;
    }();
    Q_UNUSED(loaded);
}

// The directory entry of a renamed file is durable only once its folder is synced.
void syncFolder(const QString &path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    if (::fsync(fd) != 0)
        qCWarning(lcReceipt) << "fsync of the receipt folder failed, errno" << errno;
    ::close(fd);
}

// Why the receipt could not be written (receipt.write_failed), in words the clerk can act on.
// Called after QSaveFile failed, so the checks only name the likely cause; the system's own text
// goes to the detail.
Error writeError(const QString &path, qint64 size, const QSaveFile &file)
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    const QString where = QDir::toNativeSeparators(folder.absoluteFilePath());
    const QString detail = file.errorString();
    if (!folder.isDir()) {
        return {u"receipt.write_failed"_s,
                ReceiptRenderer::tr("The receipt was not saved: the folder %1 does not exist. "
                                    "Choose another folder.").arg(where),
                detail};
    }
    const QStorageInfo storage(folder.absoluteFilePath());
    if (!folder.isWritable() || (storage.isValid() && storage.isReadOnly())) {
        return {u"receipt.write_failed"_s,
                ReceiptRenderer::tr("The receipt was not saved: you cannot save in the folder %1. "
                                    "Choose another folder, e.g. Documents.").arg(where),
                detail};
    }
    constexpr qint64 kSlack = 64 * 1024; // the file system's own blocks and the temporary name
    if (storage.isValid() && storage.bytesAvailable() < size + kSlack) {
        return {u"receipt.write_failed"_s,
                ReceiptRenderer::tr("The receipt was not saved: the disk that holds %1 is full. "
                                    "Free some space or choose another disk.").arg(where),
                detail};
    }
    return {u"receipt.write_failed"_s,
            ReceiptRenderer::tr("The receipt could not be saved as %1: %2. Check the folder and "
                                "try again.").arg(QDir::toNativeSeparators(path), detail),
            detail};
}

// Measures, then paints in `mode`; returns the number of pages.
Result<int> render(QPainter &painter, const QRectF &page, const Receipt &receipt,
                   ReceiptFlow::Mode mode, int target)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return fail(u"receipt.no_gui"_s,
                    ReceiptRenderer::tr("The receipt cannot be drawn without the graphical "
                                        "application."),
                    u"ReceiptRenderer needs a QGuiApplication"_s);
    }
    if (!painter.isActive() || page.width() <= 0 || page.height() <= 0) {
        return fail(u"receipt.no_page"_s, ReceiptRenderer::tr("The printer is not ready."),
                    u"painter inactive or empty page"_s);
    }
    if (auto ok = ReceiptRenderer::check(receipt); !ok)
        return std::unexpected(ok.error());
    const Result<QrCode> code = QrCode::encode(ReceiptRenderer::qrPayload(receipt));
    if (!code)
        return std::unexpected(code.error());
    loadFont();

    painter.save();
    ReceiptFlow measure(painter, page, ReceiptFlow::Mode::Measure);
    layoutReceipt(measure, receipt, &*code);
    const int pages = measure.page() + 1;
    if (mode != ReceiptFlow::Mode::Measure) {
        ReceiptFlow flow(painter, page, mode, target);
        flow.setPageCount(pages);
        layoutReceipt(flow, receipt, &*code);
        if (flow.broken()) {
            painter.restore();
            return fail(u"receipt.new_page"_s,
                        ReceiptRenderer::tr("The receipt has %1 pages but the printer did not "
                                            "accept a new page.").arg(pages),
                        u"QPagedPaintDevice::newPage failed or the device is not paged"_s);
        }
    }
    painter.restore();
    return pages;
}

} // namespace

QString ReceiptRenderer::fontFamily()
{
    return u"DejaVu Serif"_s;
}

Result<void> ReceiptRenderer::check(const Receipt &r)
{
    if (r.dossierCode.trimmed().isEmpty())
        return fail(u"receipt.no_code"_s, tr("The receipt has no dossier code."));
    if (r.applicantName.trimmed().isEmpty())
        return fail(u"receipt.no_applicant"_s, tr("The receipt has no applicant name."));
    if (!r.receivedAt.isValid())
        return fail(u"receipt.no_reception_time"_s, tr("The receipt has no reception time."));
    if (!r.dueAt.isValid() || r.dueAt < r.receivedAt) {
        return fail(u"receipt.due_date"_s,
                    tr("The due date of the receipt is missing or before the reception time."));
    }
    qint64 sum = 0;
    for (const FeeLine &fee : r.fees) {
        if (fee.amount < 0 || fee.listed < 0)
            return fail(u"receipt.negative_fee"_s, tr("A fee on the receipt is negative."));
        if (fee.exempt && fee.amount != 0) {
            return fail(u"receipt.exempt_fee"_s,
                        tr("An exempted fee on the receipt still has an amount to pay."));
        }
        sum += fee.amount;
    }
    if (sum != r.feeTotal) {
        return fail(u"receipt.total_mismatch"_s,
                    tr("The fees on the receipt do not add up to the total: check the fees."),
                    u"sum %1, total %2"_s.arg(sum).arg(r.feeTotal));
    }
    return {};
}

QByteArray ReceiptRenderer::qrPayload(const Receipt &r)
{
    const QString code = r.dossierCode.trimmed();
    if (r.statusUrl.isEmpty())
        return code.toUtf8();
    if (r.statusUrl.toString().contains(code))
        return r.statusUrl.toEncoded();
    QUrl url = r.statusUrl;
    QUrlQuery query(url);
    query.addQueryItem(u"maHoSo"_s, code);
    url.setQuery(query);
    return url.toEncoded();
}

Result<int> ReceiptRenderer::pageCount(QPainter &painter, const QRectF &page, const Receipt &r)
{
    return render(painter, page, r, ReceiptFlow::Mode::Measure, 0);
}

Result<void> ReceiptRenderer::paintPage(QPainter &painter, const QRectF &page, const Receipt &r,
                                        int index)
{
    const Result<int> pages = render(painter, page, r, ReceiptFlow::Mode::OnePage, index);
    if (!pages)
        return std::unexpected(pages.error());
    if (index < 0 || index >= *pages) {
        return fail(u"receipt.no_such_page"_s, tr("The receipt has no page %1.").arg(index + 1));
    }
    return {};
}

Result<void> ReceiptRenderer::paint(QPainter &painter, const QRectF &page, const Receipt &r)
{
    const Result<int> pages = render(painter, page, r, ReceiptFlow::Mode::AllPages, 0);
    if (!pages)
        return std::unexpected(pages.error());
    return {};
}

Result<QByteArray> ReceiptRenderer::pdf(const Receipt &r)
{
    if (auto ok = check(r); !ok)
        return std::unexpected(ok.error());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // archival: fonts embedded
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        writer.setTitle(ReceiptLabels::vi().documentTitle.arg(r.dossierCode.trimmed()));
        writer.setCreator(u"motcua "_s + QLatin1StringView(MOTCUA_VERSION));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return fail(u"receipt.pdf_failed"_s, tr("The receipt PDF could not be made."),
                        u"QPainter::begin on QPdfWriter failed"_s);
        }
        const Result<void> painted =
            paint(painter, QRectF(0, 0, writer.width(), writer.height()), r);
        painter.end();
        if (!painted)
            return std::unexpected(painted.error());
    }
    return buffer.data();
}

Result<void> ReceiptRenderer::writePdf(const Receipt &r, const QString &path)
{
    const Result<QByteArray> bytes = pdf(r);
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path); // a temporary file next to `path`, synced and renamed on commit
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()
        || !file.commit())
        return std::unexpected(writeError(path, bytes->size(), file));
    syncFolder(path);
    return {};
}

} // namespace motcua
