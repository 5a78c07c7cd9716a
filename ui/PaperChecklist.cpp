#include "PaperChecklist.h"

#include "intake/AttachmentStore.h"
#include "store/StoreThread.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {
// Item data of the "how received" choices: a PaperForm, or kReuse + index into the earlier scans.
constexpr int kNone = -1;
constexpr int kReuse = 100;
} // namespace

PaperChecklist::PaperChecklist(StoreThread &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_grid(new QGridLayout), m_rowsHost(new QWidget)
{
    auto *intro = new QLabel(tr("For each paper choose how it was received. Required papers are "
                                "marked *. Attach a scan with Alt+A on the paper's row."));
    intro->setWordWrap(true);
    auto *rowsLayout = new QVBoxLayout(m_rowsHost);
    rowsLayout->addLayout(m_grid);
    rowsLayout->addStretch(); // rows stay together at the top
    m_grid->setColumnStretch(0, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rowsHost);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a container, not a Tab stop: Tab goes row by row
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
}

void PaperChecklist::setScanStorage(const QString &attachmentsDir, const ScanLimits &limits)
{
    m_attachmentsDir = attachmentsDir;
    m_limits = limits;
}

void PaperChecklist::setProcedure(const Procedure &procedure)
{
    ++m_generation;
    for (const Row &r : std::as_const(m_rows)) {
        delete r.label;
        delete r.how;
        delete r.attach;
    }
    m_rows.clear();
    QWidget *previous = nullptr;
    for (const ProcedurePaper &p : procedure.papers) {
        Row r;
        r.paper = PaperDraft::of(p.code, p.name, p.required, p.copies);
        const int i = int(m_rows.size());
        const QString text = p.required ? tr("%1 *").arg(p.name) : p.name;
        r.label = new QLabel(p.copies > 1 ? tr("%1 (%n copies)", nullptr, p.copies).arg(text)
                                          : text);
        r.label->setWordWrap(true);
        r.how = new QComboBox;
        r.how->setObjectName(u"paperHow%1"_s.arg(i));
        r.how->setAccessibleName(tr("How \"%1\" was received").arg(p.name));
        r.label->setBuddy(r.how);
        r.attach = new QPushButton(tr("Attach &scan…"));
        r.attach->setObjectName(u"paperAttach%1"_s.arg(i));
        r.attach->setAccessibleName(tr("Attach a scan of \"%1\"").arg(p.name));
        m_grid->addWidget(r.label, i, 0);
        m_grid->addWidget(r.how, i, 1);
        m_grid->addWidget(r.attach, i, 2);
        if (previous)
            setTabOrder(previous, r.how);
        setTabOrder(r.how, r.attach);
        previous = r.attach;
        // Any change of the choice counts, by mouse, arrow keys or typing (fillChoices blocks
        // its own rebuilds).
        connect(r.how, &QComboBox::currentIndexChanged, this, [this, i] { choiceChanged(i); });
        connect(r.attach, &QPushButton::clicked, this, [this, i] { chooseFile(i); });
        m_rows.append(r);
        fillChoices(i);
    }
    emit changed();
}

void PaperChecklist::setDigitised(const QList<DigitisedPaper> &earlier)
{
    m_earlier = earlier;
    for (int i = 0; i < m_rows.size(); ++i)
        fillChoices(i);
}

void PaperChecklist::fillChoices(int row)
{
    Row &r = m_rows[row];
    QComboBox *how = r.how;
    how->blockSignals(true);
    how->clear();
    how->addItem(tr("Not provided"), kNone);
    how->addItem(tr("Original seen and checked"), int(PaperForm::OriginalSeen));
    how->addItem(tr("Copy kept"), int(PaperForm::CopyKept));
    if (!r.attached.sha256.isEmpty())
        how->addItem(tr("Scan attached: %1").arg(r.attached.originalName),
                     int(PaperForm::ScanAttached));
    // This citizen's earlier scans, those of the same paper first.
    QList<int> order;
    for (int k = 0; k < m_earlier.size(); ++k) {
        if (m_earlier.at(k).paperCode == r.paper.code)
            order.append(k);
    }
    for (int k = 0; k < m_earlier.size(); ++k) {
        if (m_earlier.at(k).paperCode != r.paper.code)
            order.append(k);
    }
    for (int k : std::as_const(order)) {
        const DigitisedPaper &d = m_earlier.at(k);
        how->addItem(tr("Reuse the scan of \"%1\" from dossier %2 (%3)")
                         .arg(d.paperName, d.dossierCode,
                              QLocale().toString(d.receivedAt.toLocalTime().date(),
                                                 QLocale::ShortFormat)),
                     kReuse + k);
    }
    int select = 0;
    for (int k = 0; k < how->count(); ++k) {
        const int choice = how->itemData(k).toInt();
        const bool same = r.paper.form
                          && ((choice == int(*r.paper.form) && *r.paper.form != PaperForm::ReusedDigitised)
                              || (choice >= kReuse && *r.paper.form == PaperForm::ReusedDigitised
                                  && m_earlier.value(choice - kReuse).sha256 == r.paper.sha256));
        if (same)
            select = k;
    }
    if (r.paper.form == PaperForm::ReusedDigitised && select == 0)
        r.paper.form.reset(); // the earlier scan is no longer offered
    how->setCurrentIndex(select);
    how->blockSignals(false);
}

void PaperChecklist::choiceChanged(int row)
{
    Row &r = m_rows[row];
    const int choice = r.how->currentData().toInt();
    if (choice == kNone) {
        r.paper.form.reset();
    } else if (choice >= kReuse) {
        const DigitisedPaper &d = m_earlier.at(choice - kReuse);
        r.paper.form = PaperForm::ReusedDigitised;
        r.paper.sha256 = d.sha256;
        r.paper.mime = d.mime;
        r.paper.size = d.size;
        r.paper.originalName.clear();
    } else if (choice == int(PaperForm::ScanAttached)) {
        r.paper = r.attached; // exactly the file attached on this row
    } else {
        r.paper.form = PaperForm(choice);
        r.paper.sha256.clear();
        r.paper.mime.clear();
        r.paper.size = 0;
        r.paper.originalName.clear();
    }
    emit changed();
}

void PaperChecklist::setForm(int row, std::optional<PaperForm> form, const QString &sha256)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QComboBox *how = m_rows.at(row).how;
    for (int k = 0; k < how->count(); ++k) {
        const int choice = how->itemData(k).toInt();
        const bool match = !form ? choice == kNone
                           : *form == PaperForm::ReusedDigitised
                               ? choice >= kReuse && m_earlier.value(choice - kReuse).sha256 == sha256
                               : choice == int(*form);
        if (match) {
            if (how->currentIndex() == k)
                choiceChanged(row);
            else
                how->setCurrentIndex(k); // choiceChanged follows through the signal
            return;
        }
    }
}

void PaperChecklist::chooseFile(int row)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Scan of \"%1\"").arg(m_rows.at(row).paper.name), dir,
        tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (!path.isEmpty())
        attachScan(row, path);
}

void PaperChecklist::attachScan(int row, const QString &path)
{
    if (row < 0 || row >= m_rows.size())
        return;
    ++m_importing;
    m_rows[row].attach->setEnabled(false);
    emit message(tr("Checking and storing the scan…"), false);
    const QString dir = m_attachmentsDir;
    const ScanLimits limits = m_limits;
    const quint64 generation = m_generation;
    const QString name = QFileInfo(path).fileName();
    // Reading, hashing and flushing the file to disk happen on the store's thread.
    m_store.post<Result<StoredAttachment>>(
        [dir, limits, path](Database &db) {
            return AttachmentStore(dir, db.vault(), limits).import(path);
        },
        this, [this, row, name, generation](Result<StoredAttachment> stored) {
            --m_importing;
            if (generation != m_generation)
                return; // the clerk has moved to another procedure
            Row &r = m_rows[row];
            r.attach->setEnabled(true);
            if (!stored) {
                emit message(stored.error().message, true);
                emit changed();
                return;
            }
            r.paper.form = PaperForm::ScanAttached;
            r.paper.sha256 = stored->sha256;
            r.paper.mime = stored->mime;
            r.paper.size = stored->size;
            r.paper.originalName = name;
            r.attached = r.paper;
            fillChoices(row);
            emit message(tr("Scan of \"%1\" attached (%2 KB).")
                             .arg(r.paper.name)
                             .arg((stored->size + 1023) / 1024),
                         false);
            emit changed();
        });
}

QList<PaperDraft> PaperChecklist::papers() const
{
    QList<PaperDraft> papers;
    for (const Row &r : m_rows) {
        if (r.paper.form)
            papers.append(r.paper);
    }
    return papers;
}

QStringList PaperChecklist::missing() const
{
    QStringList names;
    for (const Row &r : m_rows) {
        if (r.paper.required && !r.paper.form)
            names << r.paper.name;
    }
    return names;
}

} // namespace motcua::ui
