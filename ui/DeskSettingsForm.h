#pragma once

#include "DeskValues.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

// Provincial system, unit and desk, and security settings of the desk. Read and written off the
// GUI thread; the units come from the store (UnitRepository, on the store's thread). Save checks
// every field first: a refused value is named and nothing is written. Each key written is told
// with settingsChanged, for the audit log. The running window keeps what it read at start:
// the page says the changes apply when motcua is started again.
class DeskSettingsForm : public QWidget
{
    Q_OBJECT

public:
    DeskSettingsForm(StoreThread &store, DeskSettings settings, QWidget *parent = nullptr);

    // Reads settings.ini and the list of units again into the fields.
    void load();
    void save();

signals:
    void loaded();
    void settingsChanged(const QString &key, const QJsonObject &detail);
    void saved();
    void saveFailed(const QString &message);

private:
    void showValues(const DeskValues &values);
    void showUnits(const QList<std::pair<QString, QString>> &units, const QString &error);
    std::optional<DeskValues> edited();
    void setStatus(const QString &text, bool error);

    StoreThread &m_store;
    DeskSettings m_settings;
    DeskValues m_loaded;
    bool m_busy = false;
    QLineEdit *m_url;
    QPlainTextEdit *m_pins;
    QSpinBox *m_syncMinutes;
    QComboBox *m_unit;
    QLabel *m_unitHint;
    QLineEdit *m_unitName;
    QLineEdit *m_desk;
    QSpinBox *m_retention;
    QSpinBox *m_offline;
    QDoubleSpinBox *m_lock;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace motcua::ui
