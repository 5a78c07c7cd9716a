#include "QueuePage.h"

#include "QueueModel.h"
#include "store/OutboxRepository.h"
#include "store/StoreThread.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

QueuePage::QueuePage(StoreThread &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new QueueModel(this))
    , m_view(new QTableView)
    , m_sync(new QPushButton(tr("S&ync now")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
{
    m_view->setObjectName(u"queueView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_sync->setObjectName(u"syncButton"_s);
    m_sync->setShortcut(Qt::Key_F5);
    m_sync->setToolTip(tr("Send the queued dossiers to the provincial system (F5)"));
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setVisible(false);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_sync);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_sync, &QPushButton::clicked, this, &QueuePage::syncRequested);
    setStoreReady(false);
}

void QueuePage::setStoreReady(bool ready)
{
    m_ready = ready;
    m_sync->setEnabled(ready && !m_syncing);
    if (ready)
        refresh();
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
            m_model->setRows(*rows);
            m_view->resizeColumnsToContents();
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
    refresh();
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
    if (!summary.problem.isEmpty())
        text += u'\n' + summary.problem;
    m_status->setText(text);
    refresh();
}

} // namespace motcua::ui
