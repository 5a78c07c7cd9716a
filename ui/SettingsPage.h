#pragma once

#include "core/DeskSettings.h"

#include <QJsonObject>
#include <QWidget>

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

class DeskSettingsForm;
class PolicyFilesPanel;

// The admin's Settings page (shown only to the admin role): the provincial system, unit and desk,
// security settings, the fee policy and the official days off. What settings.ini and motcua-cli
// did before, with the same checks. Every change saved is told with settingsChanged (key and
// detail), which the window records in the audit log as a settings_change.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(StoreThread &store, DeskSettings settings, QWidget *parent = nullptr);

    // Reads the settings, the units and the installed files again (when the page is shown).
    void load();
    DeskSettingsForm *deskForm() const { return m_desk; }
    PolicyFilesPanel *files() const { return m_files; }

signals:
    void settingsChanged(const QString &key, const QJsonObject &detail);

private:
    DeskSettingsForm *m_desk;
    PolicyFilesPanel *m_files;
};

} // namespace motcua::ui
