#pragma once

#include "core/Error.h"
#include "receipt/Receipt.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>

class QPrinter;
class QWidget;

namespace motcua::ui {

// Prints and saves the receipt ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả") for the intake
// wizard and the queue, in ReceiptRenderer's layout. Dialogs run on the GUI thread; rendering,
// writing the PDF and spooling to the printer run on a worker thread (QtConcurrent's pool), and
// the outcome comes back to the GUI thread as a message in the clerk's language.
//
// ReceiptRenderer works off the GUI thread: it paints on a QPdfWriter or QPrinter created by the
// thread that paints (Qt supports painting on QImage, QPrinter and QPdfWriter in any thread, and
// text rendering through fontconfig/FreeType is thread-safe since Qt 5), its font check goes
// through QFontDatabase, which locks its own mutex, and it needs only that a QGuiApplication
// exists. tests/gui/tst_queue_gui.cpp renders a receipt on the pool and reads it back.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    // The print dialog, then the receipt on the chosen printer (A4, the renderer's own margins).
    // A failure is shown on `parent`.
    static void print(const Receipt &receipt, QWidget *parent);
    // A preview of the receipt with "Print…" and "Save as PDF…"; window-modal, returns at once.
    // Returns the dialog (deleted when closed), or null when the receipt is wrong (shown).
    static QWidget *preview(const Receipt &receipt, QWidget *parent);
    // Asks for a file name (<dossier code>.pdf in Documents by default), writes the PDF off the
    // GUI thread and tells the clerk whether it was saved.
    static void savePdf(const Receipt &receipt, QWidget *parent);

    // The same without dialogs, for callers that know where to print or save (and for tests).
    // Both run on the worker thread; the future's result says how it went.
    static QFuture<Result<void>> writePdf(const Receipt &receipt, const QString &path);
    static QFuture<Result<void>> printOn(std::shared_ptr<QPrinter> printer, const Receipt &receipt);

    static std::unique_ptr<QPrinter> a4Printer(const Receipt &receipt);
    static QString defaultPdfPath(const Receipt &receipt);
    static QString savedMessage(const QString &path);

private:
    static void showProblem(QWidget *parent, const QString &message);
};

} // namespace motcua::ui
