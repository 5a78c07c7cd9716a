#pragma once

#include "core/DeskSettings.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace motcua {
class StoreThread;
struct FeePolicyInForce;
struct InstalledCalendar;
}

namespace motcua::ui {

// The admin's data files on the Settings page: the province's fee policy (online discounts,
// exemptions; docs/fees.md) and the official days off of each year (docs/calendar.md). Installing
// reads and checks the file off the GUI thread with the code motcua-cli uses (FeePolicyInstall,
// CalendarInstall): a refused file is named with the reason and nothing changes.
class PolicyFilesPanel : public QWidget
{
    Q_OBJECT

public:
    PolicyFilesPanel(StoreThread &store, DeskSettings settings, QWidget *parent = nullptr);

    // Reads what is installed again.
    void load();
    // Without a dialog (the buttons ask for the file, tests call these).
    void installFeePolicy(const QString &path);
    void installCalendar(const QString &path);

signals:
    void loaded();
    void settingsChanged(const QString &key, const QJsonObject &detail);
    void installed(const QString &message);
    void installFailed(const QString &message);

private:
    struct Installed;
    void showInstalled(const Installed &installed);
    void finish(const QString &message, bool ok);
    void setBusy(bool busy);

    StoreThread &m_store;
    DeskSettings m_settings;
    QLabel *m_feePolicy;
    QLabel *m_onlineTimes;
    QPushButton *m_installFees;
    QListWidget *m_calendars;
    QPushButton *m_installCalendar;
    QLabel *m_status;
};

} // namespace motcua::ui
