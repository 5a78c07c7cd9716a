#include "QueuePage.h"

#include "QueueModel.h"
#include "ReceiptPrinter.h"
#include "intake/IntakeService.h"
#include "store/DossierRepository.h"
#include "store/OutboxRepository.h"
#include "store/StoreThread.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

QueuePage::QueuePage(StoreThread &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new QueueModel(this))
    , m_view(new QTableView)
    , m_sync(new QPushButton(tr("S&ync now")))
    , m_reprint(new QAction(tr("&Reprint receipt…"), this))
    , m_savePdf(new QAction(tr("Save receipt as P&DF…"), this))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_refreshSoon(new QTimer(this))
{
    // During a long sync the queue is reloaded at most once a second, however many batches go.
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(1000);
    connect(m_refreshSoon, &QTimer::timeout, this, &QueuePage::refresh);
    m_view->setObjectName(u"queueView"_s);
    m_view->setAccessibleName(tr("Dossiers in the queue"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    // Column widths from the first rows only: measuring ten thousand rows would stall the GUI.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_sync->setObjectName(u"syncButton"_s);
    m_sync->setToolTip(tr("Send the queued dossiers to the provincial system (F5)"));
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setVisible(false);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setWordWrap(true);

    // Ctrl+P only while the queue is shown: a hidden page's actions do not take shortcuts.
    m_reprint->setObjectName(u"reprintAction"_s);
    m_reprint->setShortcut(QKeySequence::Print);
    m_reprint->setToolTip(tr("Print the selected dossier's receipt again, or save it as PDF "
                             "(Ctrl+P)"));
    m_savePdf->setObjectName(u"saveReceiptAction"_s);
    m_savePdf->setToolTip(tr("Save the selected dossier's receipt as a PDF file"));
    connect(m_reprint, &QAction::triggered, this, &QueuePage::reprintSelected);
    connect(m_savePdf, &QAction::triggered, this, &QueuePage::saveSelectedReceipt);
    addAction(m_reprint);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_reprint, m_savePdf});
    auto *reprint = new QToolButton;
    reprint->setObjectName(u"reprintButton"_s);
    reprint->setDefaultAction(m_reprint);
    reprint->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(reprint);
    top->addWidget(m_sync);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_sync, &QPushButton::clicked, this, &QueuePage::syncRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePage::updateActions);
    setStoreReady(false);
}

void QueuePage::setStoreReady(bool ready)
{
    m_ready = ready;
    m_sync->setEnabled(ready && !m_syncing);
    updateActions();
    if (ready)
        refresh();
}

void QueuePage::updateActions()
{
    const bool selected = m_ready && selectedId().has_value();
    m_reprint->setEnabled(selected);
    m_savePdf->setEnabled(selected);
}

std::optional<qint64> QueuePage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1 || rows.first().row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->at(rows.first().row()).id;
}

void QueuePage::selectDossier(qint64 dossierId)
{
    m_selectWhenListed.reset();
    if (!selectRowOf(dossierId)) {
        m_selectWhenListed = dossierId;
        refresh();
    }
}

bool QueuePage::selectRowOf(qint64 dossierId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->at(row).id != dossierId)
            continue;
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
        m_view->setFocus();
        return true;
    }
    return false;
}

void QueuePage::loadReceipt(qint64 dossierId, std::function<void(Result<Receipt>)> done)
{
    m_store.post<Result<Receipt>>(
        [dossierId](Database &db) -> Result<Receipt> {
            auto row = DossierRepository(db).find(dossierId);
            if (!row)
                return std::unexpected(row.error());
            if (!*row) {
                return fail(u"queue.no_dossier"_s,
                            tr("This dossier is no longer in the local store. Refresh the queue "
                               "and try again."));
            }
            Receipt receipt = IntakeService::receiptFor(**row);
            receipt.reprintedAt = QDateTime::currentDateTime();
            return receipt;
        },
        this, std::move(done));
}

void QueuePage::reprintSelected()
{
    const std::optional<qint64> id = selectedId();
    if (!m_ready || !id)
        return;
    loadReceipt(*id, [this](Result<Receipt> receipt) {
        if (!receipt) {
            m_status->setText(receipt.error().message);
            return;
        }
        ReceiptPrinter::preview(*receipt, this);
    });
}

void QueuePage::saveSelectedReceipt()
{
    const std::optional<qint64> id = selectedId();
    if (!m_ready || !id)
        return;
    loadReceipt(*id, [this](Result<Receipt> receipt) {
        if (!receipt) {
            m_status->setText(receipt.error().message);
            return;
        }
        ReceiptPrinter::savePdf(*receipt, this);
    });
}

void QueuePage::saveSelectedReceiptAs(const QString &path)
{
    const std::optional<qint64> id = selectedId();
    if (!m_ready || !id) {
        emit receiptFailed(tr("Select a dossier in the queue first."));
        return;
    }
    loadReceipt(*id, [this, path](Result<Receipt> receipt) {
        if (!receipt) {
            m_status->setText(receipt.error().message);
            emit receiptFailed(receipt.error().message);
            return;
        }
        ReceiptPrinter::writePdf(*receipt, path).then(this, [this, path](Result<void> saved) {
            const QString message =
                saved ? ReceiptPrinter::savedMessage(path) : saved.error().message;
            m_status->setText(message);
            if (saved)
                emit receiptSaved(path);
            else
                emit receiptFailed(message);
        });
    });
}

void QueuePage::refresh()
{
    if (!m_ready)
        return;
    m_store.post<Result<QList<QueuedDossier>>>(
        [](Database &db) { return OutboxRepository(db).list(); }, this,
        [this](Result<QList<QueuedDossier>> rows) {
            if (!rows) {
                m_status->setText(rows.error().message);
                return;
            }
            // Keep the clerk's selection across refreshes (they come with every sync step).
            const std::optional<qint64> selected = selectedId();
            m_model->setRows(*rows);
            m_view->resizeColumnsToContents();
            for (int row = 0; selected && row < m_model->rowCount(); ++row) {
                if (m_model->at(row).id == *selected)
                    m_view->selectRow(row);
            }
            updateActions();
            if (const auto wanted = std::exchange(m_selectWhenListed, std::nullopt))
                selectRowOf(*wanted);
        });
}

void QueuePage::syncStarted()
{
    m_syncing = true;
    m_sync->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Sending to the provincial system…"));
}

void QueuePage::syncProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_status->setText(tr("Sending to the provincial system… %1 of %2").arg(done).arg(total));
    if (!m_refreshSoon->isActive())
        m_refreshSoon->start();
}

void QueuePage::syncFinished(const SyncSummary &summary)
{
    m_syncing = false;
    m_sync->setEnabled(m_ready);
    m_progress->setVisible(false);
    QString text = tr("Sync finished: %1 sent, %2 already on the server, %3 waiting, %4 needing "
                      "action.")
                       .arg(summary.sent)
                       .arg(summary.duplicates)
                       .arg(summary.retryLater)
                       .arg(summary.needsAction);
    if (summary.progressEvents > 0)
        text += u' ' + tr("%n progress update(s) from the provincial system.", nullptr,
                          summary.progressEvents);
    if (summary.ratingsSent > 0)
        text += u' ' + tr("%n citizen rating(s) sent.", nullptr, summary.ratingsSent);
    if (!summary.catalogVersion.isEmpty())
        text += u' ' + tr("Procedure catalogue updated to %1.").arg(summary.catalogVersion);
    if (!summary.problem.isEmpty())
        text += u'\n' + summary.problem;
    if (summary.nextAttempt.isValid())
        text += u' '
                + tr("Next attempt at %1.")
                      .arg(QLocale().toString(summary.nextAttempt.toLocalTime(),
                                              QLocale::ShortFormat));
    for (const QString &note : summary.notes)
        text += u'\n' + note;
    m_status->setText(text);
    m_refreshSoon->stop();
    refresh();
}

} // namespace motcua::ui
