#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {
QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}
} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries()
{
    return {
        {keys(Qt::CTRL | Qt::Key_N), tr("Next citizen: clear the wizard and both screens")},
        {tr("Scan anywhere"), tr("A chip ID card's QR code scanned into any field fills the applicant")},
        {keys(Qt::CTRL | Qt::Key_K), tr("Check the citizen's account on the public-service portal")},
        {keys(Qt::ALT | Qt::Key_Right) + u" / "_s + keys(Qt::CTRL | Qt::Key_Return),
         tr("Next step of the wizard (Enter in the procedure search takes the best match)")},
        {keys(Qt::ALT | Qt::Key_Left), tr("Previous step of the wizard")},
        {keys(QKeySequence::Save), tr("Save the dossier and queue it")},
        {keys(QKeySequence::Print), tr("Print the receipt (wizard) or reprint the selected one (queue)")},
        {keys(Qt::Key_F5), tr("Sync now")},
        {keys(Qt::Key_F11), tr("Show the citizen's screen")},
        {keys(Qt::CTRL | Qt::Key_L), tr("Lock the desk")},
        {tr("Alt + underlined letter"),
         tr("Go to a page (Intake, Queue, Reports, Day end, Settings) or open a menu")},
        {keys(Qt::CTRL | Qt::Key_Return), tr("Reports: compute the report")},
        {keys(Qt::CTRL | Qt::Key_E) + u" / "_s + keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         tr("Reports: export to Excel / CSV")},
        {keys(Qt::CTRL | Qt::Key_R), tr("Day end: compute the day again")},
        {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_S), tr("Day end: save as PDF")},
        {keys(Qt::CTRL | Qt::Key_Comma), tr("Settings (administrators)")},
        {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_H), tr("High-contrast theme on or off")},
        {keys(Qt::CTRL | Qt::Key_Equal) + u" / "_s + keys(Qt::CTRL | Qt::Key_Minus) + u" / "_s
             + keys(Qt::CTRL | Qt::Key_0),
         tr("Larger, smaller, normal text")},
        {keys(Qt::Key_F1), tr("This list")},
        {keys(QKeySequence::Quit), tr("Quit")},
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Entry> list = entries();
    auto *table = new QTableWidget(int(list.size()), 2);
    table->setObjectName(u"shortcutTable"_s);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What it does")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list[row].keys));
        table->setItem(row, 1, new QTableWidgetItem(list[row].what));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(720, 520);
}

} // namespace motcua::ui
