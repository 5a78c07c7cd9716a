#pragma once

#include "core/Dossier.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

// Find a procedure, type the applicant, save: the dossier is queued in the local store.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    IntakePage(StoreThread &store, DeskIdentity desk, QWidget *parent = nullptr);

    void setStoreReady(bool ready);

signals:
    void dossierQueued(const QString &code);

private:
    void search();
    void showProcedure();
    void save();
    void showMessage(const QString &text, bool error);
    QString selectedCode() const;

    StoreThread &m_store;
    DeskIdentity m_desk;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_details;
    QLineEdit *m_name;
    QLineEdit *m_cccd;
    QLineEdit *m_phone;
    QPushButton *m_save;
    QLabel *m_message;
    QTimer *m_searchDelay;
    quint64 m_searchSerial = 0;
    bool m_saving = false;
    bool m_ready = false;
};

} // namespace motcua::ui
