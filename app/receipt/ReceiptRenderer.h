#pragma once

#include "core/Error.h"
#include "receipt/Receipt.h"

#include <QByteArray>
#include <QCoreApplication>

class QPainter;
class QRectF;

namespace motcua {

// Lays out a receipt ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả") on A4 pages: to PDF, or to any
// painter so the GUI prints the same layout with QPrinter. Needs a QGuiApplication (fonts).
//
// `page` is the whole sheet in the painter's coordinates (for QPrinter: setFullPage(true) and
// paperRect(QPrinter::DevicePixel)); the renderer keeps its own margins. The layout is designed
// for an A4 width and scales with the width of `page`, so a preview on a QImage of any size with
// A4 proportions looks the same. A receipt that does not fit flows onto further pages (the papers
// table continues with its header repeated); every page then carries "Trang n/N".
class ReceiptRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRenderer)

public:
    // Checks what would make a wrong receipt: missing code or applicant, invalid times, fee
    // lines that do not add up to the total, negative amounts. Errors: receipt.*.
    static Result<void> check(const Receipt &receipt);

    // What the QR code carries: the dossier code, or the status URL with the code added as the
    // query item "maHoSo" (kept as is when it already contains the code).
    static QByteArray qrPayload(const Receipt &receipt);

    static Result<int> pageCount(QPainter &painter, const QRectF &page, const Receipt &receipt);

    // Paints one page (0-based), e.g. for a preview on a QImage.
    static Result<void> paintPage(QPainter &painter, const QRectF &page, const Receipt &receipt,
                                  int index);

    // Paints every page. Between pages it calls newPage() on the painter's device, which must
    // then be a QPagedPaintDevice (QPrinter, QPdfWriter).
    static Result<void> paint(QPainter &painter, const QRectF &page, const Receipt &receipt);

    // A4 PDF, fonts embedded.
    static Result<QByteArray> pdf(const Receipt &receipt);

    // Writes the PDF through a temporary file in the same folder, flushed to disk and renamed
    // over `path`: a crash leaves the old file or the new one, never half a receipt.
    static Result<void> writePdf(const Receipt &receipt, const QString &path);

    static QString fontFamily(); // the family the receipt is set in (DejaVu Serif)
};

} // namespace motcua
