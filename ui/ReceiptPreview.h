#pragma once

#include "receipt/Receipt.h"

#include <QDialog>

#include <memory>

class QPrintPreviewWidget;
class QPrinter;

namespace motcua::ui {

// The receipt as it will print, with "Print…" and "Save as PDF…". Both close the preview and go
// through ReceiptPrinter, so printing and saving happen off the GUI thread. The preview itself is
// painted in memory on the GUI thread (one or two pages of vector drawing).
class ReceiptPreview : public QDialog
{
    Q_OBJECT

public:
    ReceiptPreview(Receipt receipt, QWidget *parent);
    ~ReceiptPreview() override;

    int pageCount() const;

private:
    void printReceipt();
    void saveReceipt();

    Receipt m_receipt;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_view;
};

} // namespace motcua::ui
