#include "ReceiptPrinter.h"

#include "ReceiptPreview.h"
#include "receipt/ReceiptLabels.h"
#include "receipt/ReceiptRenderer.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {

// Where a continuation reports: the widget that asked, or the application when there is none.
QObject *context(QWidget *parent)
{
    return parent ? static_cast<QObject *>(parent) : qApp;
}

void inform(QWidget *parent, QMessageBox::Icon icon, const QString &message)
{
    auto *box = new QMessageBox(icon, ReceiptPrinter::tr("Receipt"), message, QMessageBox::Ok,
                                parent);
    box->setObjectName(u"receiptMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

void ReceiptPrinter::showProblem(QWidget *parent, const QString &message)
{
    inform(parent, QMessageBox::Warning, message);
}

QString ReceiptPrinter::savedMessage(const QString &path)
{
    return tr("The receipt was saved as %1.").arg(QDir::toNativeSeparators(path));
}

std::unique_ptr<QPrinter> ReceiptPrinter::a4Printer(const Receipt &receipt)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setFullPage(true); // the renderer keeps its own margins
    printer->setDocName(ReceiptLabels::vi().documentTitle.arg(receipt.dossierCode.trimmed()));
    return printer;
}

QString ReceiptPrinter::defaultPdfPath(const Receipt &receipt)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    // Codes are letters, digits and dashes; anything else must not make a path of its own.
    QString name = receipt.dossierCode.trimmed();
    name.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u"receipt"_s);
    return QDir(folder).filePath(name + u".pdf"_s);
}

QFuture<Result<void>> ReceiptPrinter::writePdf(const Receipt &receipt, const QString &path)
{
    return QtConcurrent::run([receipt, path] { return ReceiptRenderer::writePdf(receipt, path); });
}

QFuture<Result<void>> ReceiptPrinter::printOn(std::shared_ptr<QPrinter> printer,
                                              const Receipt &receipt)
{
    return QtConcurrent::run([printer, receipt]() -> Result<void> {
        const QString name = printer->printerName();
        QPainter painter;
        if (!painter.begin(printer.get())) {
            return fail(u"receipt.printer"_s,
                        tr("The printer %1 could not be started. Check that it is on and "
                           "connected, then print again.").arg(name),
                        u"QPainter::begin on QPrinter failed"_s);
        }
        const Result<void> painted =
            ReceiptRenderer::paint(painter, printer->paperRect(QPrinter::DevicePixel), receipt);
        if (!painted) {
            printer->abort(); // nothing half-printed goes out
            painter.end();
            return painted;
        }
        if (!painter.end() || printer->printerState() == QPrinter::Error) {
            return fail(u"receipt.print_failed"_s,
                        tr("The receipt could not be sent to the printer %1. Check the printer, "
                           "then print again.").arg(name),
                        u"QPrinter reported an error"_s);
        }
        return {};
    });
}

void ReceiptPrinter::print(const Receipt &receipt, QWidget *parent)
{
    if (auto ok = ReceiptRenderer::check(receipt); !ok)
        return showProblem(parent, ok.error().message);
    std::shared_ptr<QPrinter> printer = a4Printer(receipt);
    QPrintDialog dialog(printer.get(), parent);
    dialog.setWindowTitle(tr("Print the receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printOn(printer, receipt).then(context(parent), [parent](Result<void> printed) {
        if (!printed)
            showProblem(parent, printed.error().message);
    });
}

QWidget *ReceiptPrinter::preview(const Receipt &receipt, QWidget *parent)
{
    if (auto ok = ReceiptRenderer::check(receipt); !ok) {
        showProblem(parent, ok.error().message);
        return nullptr;
    }
    auto *dialog = new ReceiptPreview(receipt, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ReceiptPrinter::savePdf(const Receipt &receipt, QWidget *parent)
{
    if (auto ok = ReceiptRenderer::check(receipt); !ok)
        return showProblem(parent, ok.error().message);
    QFileDialog dialog(parent, tr("Save the receipt as PDF"), QString(),
                       tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave); // asks before replacing a file
    dialog.setDefaultSuffix(u"pdf"_s);
    dialog.selectFile(defaultPdfPath(receipt));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    writePdf(receipt, path).then(context(parent), [parent, path](Result<void> saved) {
        if (saved)
            inform(parent, QMessageBox::Information, savedMessage(path));
        else
            showProblem(parent, saved.error().message);
    });
}

} // namespace motcua::ui
