#pragma once

#include "core/Dossier.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace motcua {
class IdentityController;
class StoreThread;
}

namespace motcua::ui {

class ApplicantForm;
class CitizenWindow;
class IdentityPanel;

// Find a procedure, type the applicant, save: the dossier is queued in the local store.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    IntakePage(StoreThread &store, IdentityController &identity, CitizenWindow &citizen,
               DeskIdentity desk, std::function<bool()> ensureSignedIn,
               QWidget *parent = nullptr);

    void setStoreReady(bool ready);
    void nextCitizen(); // clears the applicant, the identity check and the citizen window

signals:
    void dossierQueued(const QString &code);

private:
    void search();
    void showProcedure();
    void save();
    void showMessage(const QString &text, bool error);
    void scanned(const QString &text);
    QString selectedCode() const;

    StoreThread &m_store;
    DeskIdentity m_desk;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_details;
    ApplicantForm *m_applicant;
    IdentityPanel *m_identityPanel;
    QPushButton *m_save;
    QLabel *m_message;
    QTimer *m_searchDelay;
    quint64 m_searchSerial = 0;
    bool m_saving = false;
    bool m_ready = false;
};

} // namespace motcua::ui
