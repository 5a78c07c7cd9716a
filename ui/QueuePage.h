#pragma once

#include "core/Error.h"
#include "receipt/Receipt.h"
#include "sync/SyncEngine.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

class QueueModel;

// The local queue: each dossier's channel, due date, state and reason; the Sync action; and the
// reprint of a dossier's receipt (loaded from the store, marked as reprinted).
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
    // Selects the dossier's row and gives the table the focus; when it is not listed yet, the
    // queue is read again and the row selected once there.
    void selectDossier(qint64 dossierId);

    // The selected dossier's receipt, marked as reprinted now, in a preview that offers "Print…"
    // and "Save as PDF…" (Ctrl+P, the Reprint button and the context menu).
    void reprintSelected();
    // Asks where to save the selected dossier's reprinted receipt as PDF.
    void saveSelectedReceipt();
    // Without dialogs: writes the selected dossier's reprinted receipt to `path`, off the GUI
    // thread; then receiptSaved or receiptFailed.
    void saveSelectedReceiptAs(const QString &path);

signals:
    void syncRequested();
    void receiptSaved(const QString &path);
    void receiptFailed(const QString &message);

private:
    std::optional<qint64> selectedId() const;
    bool selectRowOf(qint64 dossierId);
    void updateActions();
    // Loads the stored dossier's receipt on the store thread, marked as reprinted now.
    void loadReceipt(qint64 dossierId, std::function<void(Result<Receipt>)> done);

    StoreThread &m_store;
    QueueModel *m_model;
    QTableView *m_view;
    QPushButton *m_sync;
    QAction *m_reprint;
    QAction *m_savePdf;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTimer *m_refreshSoon;
    bool m_ready = false;
    bool m_syncing = false;
    std::optional<qint64> m_selectWhenListed; // selectDossier() before the row was loaded
};

} // namespace motcua::ui
