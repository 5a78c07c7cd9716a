#include "ReceiptPreview.h"

#include "ReceiptPrinter.h"
#include "receipt/ReceiptRenderer.h"

#include <QDialogButtonBox>
#include <QLoggingCategory>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

Q_LOGGING_CATEGORY(lcPreview, "motcua.ui.receipt")

ReceiptPreview::ReceiptPreview(Receipt receipt, QWidget *parent)
    : QDialog(parent)
    , m_receipt(std::move(receipt))
    , m_printer(ReceiptPrinter::a4Printer(m_receipt))
    , m_view(new QPrintPreviewWidget(m_printer.get()))
{
    setObjectName(u"receiptPreview"_s);
    setWindowTitle(tr("Receipt %1").arg(m_receipt.dossierCode));
    m_view->setObjectName(u"receiptPreviewView"_s);
    m_view->fitToWidth();
    connect(m_view, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        QPainter painter(printer);
        const Result<void> painted = ReceiptRenderer::paint(
            painter, printer->paperRect(QPrinter::DevicePixel), m_receipt);
        if (!painted) // checked before the preview opened; the code only, no personal data
            qCWarning(lcPreview) << "preview failed:" << painted.error().code;
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    print->setObjectName(u"previewPrintButton"_s);
    print->setDefault(true);
    QPushButton *save = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"previewSaveButton"_s);
    connect(print, &QPushButton::clicked, this, &ReceiptPreview::printReceipt);
    connect(save, &QPushButton::clicked, this, &ReceiptPreview::saveReceipt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 900);
}

ReceiptPreview::~ReceiptPreview() = default;

int ReceiptPreview::pageCount() const
{
    return m_view->pageCount();
}

// The print dialog and the file dialog belong to the page that opened the preview: the preview
// closes first, and the outcome is shown on that page.
void ReceiptPreview::printReceipt()
{
    const Receipt receipt = m_receipt;
    QWidget *owner = parentWidget();
    accept();
    ReceiptPrinter::print(receipt, owner);
}

void ReceiptPreview::saveReceipt()
{
    const Receipt receipt = m_receipt;
    QWidget *owner = parentWidget();
    accept();
    ReceiptPrinter::savePdf(receipt, owner);
}

} // namespace motcua::ui
