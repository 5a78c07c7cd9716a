#include "PolicyFilesPanel.h"

#include "calendar/CalendarInstall.h"
#include "fees/FeePolicyInstall.h"
#include "store/CatalogRepository.h"
#include "store/StoreThread.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace motcua::ui {

struct PolicyFilesPanel::Installed
{
    FeePolicyInForce fees;
    QList<InstalledCalendar> calendars;
};

namespace {
QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString jsonFilter()
{
    return PolicyFilesPanel::tr("JSON files (*.json);;All files (*)");
}
} // namespace

PolicyFilesPanel::PolicyFilesPanel(StoreThread &store, DeskSettings settings, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(std::move(settings))
    , m_feePolicy(new QLabel)
    , m_onlineTimes(new QLabel)
    , m_installFees(new QPushButton(tr("Install a fee polic&y file…")))
    , m_calendars(new QListWidget)
    , m_installCalendar(new QPushButton(tr("I&mport the days off of a year…")))
    , m_status(new QLabel)
{
    m_feePolicy->setObjectName(u"settingsFeePolicy"_s);
    m_feePolicy->setWordWrap(true);
    m_feePolicy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_onlineTimes->setObjectName(u"settingsOnlineTimes"_s);
    m_onlineTimes->setWordWrap(true);
    m_installFees->setObjectName(u"settingsInstallFees"_s);
    m_installFees->setAccessibleName(tr("Install a fee policy file"));
    auto *fees = new QGroupBox(tr("Policies: online discounts and processing times"));
    auto *feesLayout = new QVBoxLayout(fees);
    feesLayout->addWidget(m_feePolicy);
    feesLayout->addWidget(m_onlineTimes);
    feesLayout->addWidget(m_installFees, 0, Qt::AlignLeft);

    m_calendars->setObjectName(u"settingsCalendars"_s);
    m_calendars->setAccessibleName(tr("Installed official calendars"));
    m_calendars->setMaximumHeight(m_calendars->fontMetrics().lineSpacing() * 6);
    m_installCalendar->setObjectName(u"settingsInstallCalendar"_s);
    m_installCalendar->setAccessibleName(tr("Import the official days off of a year"));
    auto *holidays = new QGroupBox(tr("Holidays"));
    auto *holidaysLayout = new QVBoxLayout(holidays);
    auto *note = new QLabel(tr("Years without an official list use the holidays of the Labour "
                               "Code, computed."));
    note->setWordWrap(true);
    holidaysLayout->addWidget(note);
    holidaysLayout->addWidget(m_calendars);
    holidaysLayout->addWidget(m_installCalendar, 0, Qt::AlignLeft);

    m_status->setObjectName(u"settingsFilesStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(fees);
    layout->addWidget(holidays);
    layout->addWidget(m_status);

    connect(m_installFees, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Fee policy file"), {},
                                                          jsonFilter());
        if (!path.isEmpty())
            installFeePolicy(path);
    });
    connect(m_installCalendar, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Official days off of a year"), {}, jsonFilter());
        if (!path.isEmpty())
            installCalendar(path);
    });
}

void PolicyFilesPanel::load()
{
    QtConcurrent::run([settings = m_settings] {
        return Installed{FeePolicyInstall::inForce(settings),
                         CalendarInstall::installed(settings.calendarDir())};
    }).then(this, [this](Installed installed) {
        showInstalled(installed);
        emit loaded();
    });
    m_store.post<QString>([](Database &db) { return CatalogRepository(db).version(); }, this,
                          [this](QString version) {
                              m_onlineTimes->setText(
                                  tr("Shorter processing times for dossiers submitted online are "
                                     "set for each procedure in the procedure catalogue "
                                     "(version %1), which comes from the provincial system or "
                                     "motcua-cli catalog import.")
                                      .arg(version.isEmpty() ? tr("none") : version));
                          });
}

void PolicyFilesPanel::showInstalled(const Installed &installed)
{
    const FeePolicyInForce &fees = installed.fees;
    if (!fees.policy) {
        m_feePolicy->setText(
            fees.installed
                ? tr("The installed fee policy %1 cannot be used, so listed fees are charged with "
                     "no reduction: %2")
                      .arg(QDir::toNativeSeparators(fees.path), fees.policy.error().message)
                : tr("No fee policy is installed: listed fees are charged with no reduction."));
    } else {
        const FeePolicy &p = *fees.policy;
        const QString period = p.validUntil.isValid()
                                   ? tr("from %1 to %2").arg(dateText(p.validFrom),
                                                             dateText(p.validUntil))
                                   : tr("from %1").arg(dateText(p.validFrom));
        QString text = tr("In force: policy %1 of %2, %3; %n online discount(s)", nullptr,
                          int(p.discounts.size()))
                           .arg(p.version, p.provinceName, period)
                       + tr(", %n exemption(s).", nullptr, int(p.exemptions.size()));
        if (!p.inForceOn(QDate::currentDate()))
            text += u' ' + tr("It does not apply today: listed fees are charged.");
        if (!fees.installed)
            text += u' ' + tr("This is the sample policy shipped with motcua, not the "
                              "province's own: install the province's file.");
        else if (p.sample)
            text += u' ' + tr("The installed file is marked as a sample, not the province's own.");
        m_feePolicy->setText(text);
    }

    m_calendars->clear();
    for (const InstalledCalendar &file : installed.calendars) {
        const auto &c = file.calendar;
        m_calendars->addItem(
            c ? tr("%1: %n day(s) off", nullptr, int(c->daysOff.size())).arg(c->year)
                    + tr(", %n weekend working day(s) (%1)", nullptr, int(c->workingDays.size()))
                          .arg(file.fileName)
              : tr("%1 cannot be used: %2").arg(file.fileName, c.error().message));
    }
    if (installed.calendars.isEmpty())
        m_calendars->addItem(tr("No official list installed."));
}

void PolicyFilesPanel::installFeePolicy(const QString &path)
{
    setBusy(true);
    QtConcurrent::run([settings = m_settings, path]() -> Result<CheckedFeePolicy> {
        auto checked = FeePolicyInstall::check(path);
        if (!checked)
            return checked;
        if (auto target = FeePolicyInstall::install(settings, *checked); !target)
            return std::unexpected(target.error());
        return checked;
    }).then(this, [this](Result<CheckedFeePolicy> done) {
        if (!done)
            return finish(tr("The fee policy was not installed: %1").arg(done.error().message),
                          false);
        emit settingsChanged(u"fees"_s, FeePolicyInstall::auditDetail(*done));
        QString message = tr("Installed the fee policy %1 (%2). New dossiers use it once motcua "
                             "is started again.")
                              .arg(done->policy.version, done->policy.provinceName);
        if (done->policy.sample)
            message += u' ' + tr("It is marked as a sample policy, not the province's own.");
        finish(message, true);
    });
}

void PolicyFilesPanel::installCalendar(const QString &path)
{
    setBusy(true);
    QtConcurrent::run([dir = m_settings.calendarDir(), path]() -> Result<CheckedCalendar> {
        auto checked = CalendarInstall::check(path, dir);
        if (!checked)
            return checked;
        if (auto target = CalendarInstall::install(dir, *checked); !target)
            return std::unexpected(target.error());
        return checked;
    }).then(this, [this](Result<CheckedCalendar> done) {
        if (!done)
            return finish(tr("The days off were not installed: %1").arg(done.error().message),
                          false);
        emit settingsChanged(u"calendar"_s, CalendarInstall::auditDetail(*done));
        finish(tr("Installed the official days off of %1. New dossiers use them for their due "
                  "dates once motcua is started again.").arg(done->calendar.year),
               true);
    });
}

void PolicyFilesPanel::finish(const QString &message, bool ok)
{
    setBusy(false);
    m_status->setText(message);
    m_status->setStyleSheet(ok ? QString() : u"color: #b00020;"_s);
    if (ok) {
        load();
        emit installed(message);
    } else {
        emit installFailed(message);
    }
}

void PolicyFilesPanel::setBusy(bool busy)
{
    m_installFees->setEnabled(!busy);
    m_installCalendar->setEnabled(!busy);
}

} // namespace motcua::ui
