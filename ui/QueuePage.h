#pragma once

#include "sync/SyncEngine.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

class QueueModel;

// The local queue: each dossier's state and reason, and the Sync action.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePage(StoreThread &store, QWidget *parent = nullptr);

    void refresh();
    void setStoreReady(bool ready);
    void syncStarted();
    void syncProgress(int done, int total);
    void syncFinished(const SyncSummary &summary);
    QueueModel *model() const { return m_model; }

signals:
    void syncRequested();

private:
    StoreThread &m_store;
    QueueModel *m_model;
    QTableView *m_view;
    QPushButton *m_sync;
    QProgressBar *m_progress;
    QLabel *m_status;
    bool m_ready = false;
    bool m_syncing = false;
};

} // namespace motcua::ui
