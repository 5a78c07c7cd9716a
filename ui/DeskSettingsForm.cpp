#include "DeskSettingsForm.h"

#include "report/UnitRepository.h"
#include "store/StoreThread.h"
#include "sync/ServerAddress.h"
#include "sync/TlsGuard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {
using UnitList = QList<std::pair<QString, QString>>; // code, "CODE — name"

template<typename Box>
Box *spin(const QString &objectName, const QString &accessible, const QString &special)
{
    auto *box = new Box;
    box->setObjectName(objectName);
    box->setAccessibleName(accessible);
    box->setSpecialValueText(special);
    return box;
}
} // namespace

DeskSettingsForm::DeskSettingsForm(StoreThread &store, DeskSettings settings, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(std::move(settings))
    , m_url(new QLineEdit)
    , m_pins(new QPlainTextEdit)
    , m_syncMinutes(spin<QSpinBox>(u"settingsSyncMinutes"_s, tr("Sync interval in minutes"),
                                   tr("Off")))
    , m_unit(new QComboBox)
    , m_unitHint(new QLabel)
    , m_unitName(new QLineEdit)
    , m_desk(new QLineEdit)
    , m_retention(spin<QSpinBox>(u"settingsRetentionDays"_s, tr("Retention in days"),
                                 tr("Keep for ever")))
    , m_offline(spin<QSpinBox>(u"settingsOfflineDays"_s, tr("Offline sign-in days"), tr("Off")))
    , m_lock(spin<QDoubleSpinBox>(u"settingsLockMinutes"_s, tr("Idle lock in minutes"),
                                  tr("Never")))
    , m_save(new QPushButton(tr("&Save settings")))
    , m_status(new QLabel)
{
    m_url->setObjectName(u"settingsServerUrl"_s);
    m_url->setAccessibleName(tr("Provincial system address"));
    m_url->setPlaceholderText(u"https://…"_s);
    m_pins->setObjectName(u"settingsPins"_s);
    m_pins->setAccessibleName(tr("Certificate pins"));
    m_pins->setTabChangesFocus(true);
    m_pins->setFixedHeight(m_pins->fontMetrics().lineSpacing() * 4);
    m_pins->setPlaceholderText(tr("One pin a line (base64 SHA-256 of the server's key); none: "
                                  "the system's trusted certificates"));
    m_syncMinutes->setRange(0, 1440);
    m_syncMinutes->setSuffix(tr(" min"));
    auto *server = new QGroupBox(tr("Provincial system"));
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Address:"), m_url);
    serverForm->addRow(tr("Certificate &pins:"), m_pins);
    serverForm->addRow(tr("Sync &every:"), m_syncMinutes);

    m_unit->setObjectName(u"settingsUnit"_s);
    m_unit->setAccessibleName(tr("Unit"));
    m_unitHint->setObjectName(u"settingsUnitHint"_s);
    m_unitHint->setWordWrap(true);
    m_unitName->setObjectName(u"settingsUnitName"_s);
    m_unitName->setAccessibleName(tr("Unit name printed on receipts"));
    m_desk->setObjectName(u"settingsDesk"_s);
    m_desk->setAccessibleName(tr("Desk number"));
    m_desk->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9]{1,4}"_s),
                                                         m_desk));
    m_desk->setToolTip(tr("Each desk of a unit needs its own number (1 to 4 letters or digits): "
                          "it is part of every dossier code."));
    auto *unit = new QGroupBox(tr("Unit and desk"));
    auto *unitForm = new QFormLayout(unit);
    unitForm->addRow(tr("&Unit:"), m_unit);
    unitForm->addRow(QString(), m_unitHint);
    unitForm->addRow(tr("&Name on receipts:"), m_unitName);
    unitForm->addRow(tr("Des&k number:"), m_desk);

    m_retention->setRange(0, 3650);
    m_retention->setSuffix(tr(" days"));
    m_offline->setRange(0, 365);
    m_offline->setSuffix(tr(" days"));
    m_lock->setRange(0, 240);
    m_lock->setDecimals(2);
    m_lock->setSingleStep(0.5);
    m_lock->setSuffix(tr(" min"));
    auto *security = new QGroupBox(tr("Security"));
    auto *securityForm = new QFormLayout(security);
    securityForm->addRow(tr("Keep personal data of sent dossiers &for:"), m_retention);
    securityForm->addRow(tr("Allow &offline sign-in for:"), m_offline);
    securityForm->addRow(tr("&Lock the desk when idle for:"), m_lock);

    m_save->setObjectName(u"settingsSave"_s);
    m_status->setObjectName(u"settingsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(server);
    layout->addWidget(unit);
    layout->addWidget(security);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    connect(m_save, &QPushButton::clicked, this, &DeskSettingsForm::save);
    const QList<QWidget *> order{m_url,  m_pins,      m_syncMinutes, m_unit, m_unitName,
                                 m_desk, m_retention, m_offline,     m_lock, m_save};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setEnabled(false); // until load() has read the settings
}

void DeskSettingsForm::load()
{
    QtConcurrent::run([settings = m_settings] { return DeskValues::read(settings); })
        .then(this, [this](DeskValues values) {
            showValues(values);
            setEnabled(true);
            emit loaded();
        });
    m_store.post<Result<QList<AdminUnit>>>(
        [](Database &db) { return UnitRepository(db).validOn(UnitRepository::vietnamToday()); },
        this, [this](Result<QList<AdminUnit>> units) {
            UnitList list;
            for (const AdminUnit &u : units.value_or(QList<AdminUnit>{}))
                list.append({u.code, tr("%1 — %2").arg(u.code, u.name)});
            showUnits(list, units ? QString() : units.error().message);
        });
}

void DeskSettingsForm::showValues(const DeskValues &values)
{
    m_loaded = values;
    m_url->setText(values.url);
    m_pins->setPlainText(values.pins.join(u'\n'));
    m_syncMinutes->setValue(values.syncMinutes);
    m_unitName->setText(values.desk.unitName);
    m_desk->setText(values.desk.deskCode);
    m_retention->setValue(values.retentionDays);
    m_offline->setValue(values.offlineDays);
    m_lock->setValue(values.lockMinutes);
    // The desk's unit stays selectable even when the store does not list it.
    const QString code = values.desk.unitCode;
    if (m_unit->findData(code) < 0)
        m_unit->insertItem(0, tr("%1 (not on the list of units)").arg(code), code);
    m_unit->setCurrentIndex(m_unit->findData(code));
}

void DeskSettingsForm::showUnits(const UnitList &units, const QString &error)
{
    const QString current = m_unit->currentData().toString();
    m_unit->clear();
    for (const auto &[code, label] : units)
        m_unit->addItem(label, code);
    m_unitHint->setText(!error.isEmpty() ? error
                        : units.isEmpty()
                            ? tr("This desk's store knows no units yet: load the official list "
                                 "with motcua-cli units import FILE.")
                            : QString());
    m_unitHint->setVisible(!m_unitHint->text().isEmpty());
    const QString code = current.isEmpty() ? m_loaded.desk.unitCode : current;
    if (!code.isEmpty() && m_unit->findData(code) < 0)
        m_unit->insertItem(0, tr("%1 (not on the list of units)").arg(code), code);
    m_unit->setCurrentIndex(m_unit->findData(code));
}

std::optional<DeskValues> DeskSettingsForm::edited()
{
    DeskValues v = m_loaded;
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (auto usable = ServerAddress::check(url); !usable) {
        setStatus(usable.error().message, true);
        m_url->setFocus();
        return std::nullopt;
    }
    v.url = url.toString();
    v.pins = m_pins->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (QString &pin : v.pins)
        pin = pin.trimmed();
    v.pins.removeAll(QString());
    for (const QString &pin : std::as_const(v.pins)) {
        if (TlsGuard(QStringList{pin}).refusal(QUrl(u"https://pin.check"_s))) {
            setStatus(tr("The certificate pin \"%1\" cannot be read: a pin is the base64 SHA-256 "
                         "of the server's key (44 characters). Nothing was saved.").arg(pin),
                      true);
            m_pins->setFocus();
            return std::nullopt;
        }
    }
    if (!v.pins.isEmpty() && url.scheme().toLower() != u"https") {
        setStatus(tr("Certificate pins can only be checked on an https address. Nothing was "
                     "saved."), true);
        m_url->setFocus();
        return std::nullopt;
    }
    v.syncMinutes = m_syncMinutes->value();
    v.desk.unitCode = m_unit->currentData().toString();
    v.desk.unitName = m_unitName->text().trimmed();
    v.desk.deskCode = m_desk->text().trimmed();
    if (!m_desk->hasAcceptableInput() || v.desk.unitCode.isEmpty() || v.desk.unitName.isEmpty()) {
        setStatus(tr("Choose the unit, its name on receipts and a desk number of 1 to 4 letters "
                     "or digits. Nothing was saved."), true);
        m_desk->setFocus();
        return std::nullopt;
    }
    v.retentionDays = m_retention->value();
    v.offlineDays = m_offline->value();
    v.lockMinutes = m_lock->value();
    return v;
}

void DeskSettingsForm::save()
{
    if (m_busy)
        return;
    const auto values = edited();
    if (!values) {
        emit saveFailed(m_status->text());
        return;
    }
    const QList<DeskValues::Change> changes = values->changesFrom(m_loaded);
    if (changes.isEmpty()) {
        setStatus(tr("Nothing was changed."), false);
        emit saved();
        return;
    }
    m_busy = true;
    m_save->setEnabled(false);
    QtConcurrent::run([settings = m_settings, v = *values, changes] {
        return v.write(settings, changes);
    }).then(this, [this, v = *values, changes](Result<void> written) {
        m_busy = false;
        m_save->setEnabled(true);
        if (!written) {
            setStatus(written.error().message, true);
            emit saveFailed(written.error().message);
            return;
        }
        m_loaded = v;
        for (const DeskValues::Change &c : changes)
            emit settingsChanged(c.key, c.detail);
        setStatus(tr("Saved. motcua uses the new settings when it is started again."), false);
        emit saved();
    });
}

void DeskSettingsForm::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

} // namespace motcua::ui
