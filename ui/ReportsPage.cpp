#include "ReportsPage.h"

#include "ReportCharts.h"
#include "ReportModel.h"
#include "report/ReportCsv.h"
#include "report/ReportService.h"
#include "report/ReportXlsx.h"
#include "store/StoreThread.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {

constexpr int kSteps = 4; // the table, the level chart, the field chart, the trend

enum Preset { ThisMonth, LastMonth, ThisQuarter, ThisYear, LastYear, Custom };

QString satisfactionText(const Satisfaction &s)
{
    if (s.total() == 0)
        return ReportsPage::tr("Citizen satisfaction: no citizen rated a service in this period.");
    return ReportsPage::tr("Citizen satisfaction: %1 satisfied, %2 normal, %3 not satisfied — "
                           "%4% satisfied of %5 ratings.")
        .arg(s.satisfied)
        .arg(s.normal)
        .arg(s.notSatisfied)
        .arg(QLocale().toString(double(s.satisfiedHundredths()) / 100.0, 'f', 2))
        .arg(s.total());
}

Result<void> writeExport(const Report &report, const QString &path, bool xlsx)
{
    return xlsx ? ReportXlsx::write(report, path) : ReportCsv::writeFile(report, path);
}

} // namespace

ReportsPage::ReportsPage(QString storePath, QString deskUnitCode, QWidget *parent)
    : QWidget(parent)
    , m_storePath(std::move(storePath))
    , m_deskUnitCode(std::move(deskUnitCode))
    , m_preset(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_grouping(new QComboBox)
    , m_run(new QPushButton(tr("&Show report")))
    , m_exportXlsx(new QPushButton(tr("Export E&xcel…")))
    , m_exportCsv(new QPushButton(tr("Export CS&V…")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_satisfaction(new QLabel)
    , m_model(new ReportModel(this))
    , m_view(new QTableView)
    , m_charts(new ReportCharts)
{
    m_preset->setObjectName(u"reportPreset"_s);
    m_preset->addItems({tr("This month"), tr("Last month"), tr("This quarter"), tr("This year"),
                        tr("Last year"), tr("Other period")});
    m_preset->setAccessibleName(tr("Period"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    }
    m_from->setObjectName(u"reportFrom"_s);
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setObjectName(u"reportTo"_s);
    m_to->setAccessibleName(tr("Last day of the period"));
    m_grouping->setObjectName(u"reportGrouping"_s);
    m_grouping->addItem(tr("By level"), int(ReportGrouping::Level));
    m_grouping->addItem(tr("By unit"), int(ReportGrouping::Unit));
    m_grouping->addItem(tr("By field"), int(ReportGrouping::Field));
    m_grouping->addItem(tr("By procedure"), int(ReportGrouping::Procedure));
    m_grouping->setAccessibleName(tr("Group the report"));
    m_run->setObjectName(u"runReport"_s);
    m_run->setDefault(true);
    m_run->setToolTip(tr("Compute the report for the period (Ctrl+Enter)"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_exportXlsx->setObjectName(u"exportXlsx"_s);
    m_exportXlsx->setToolTip(tr("Save the report as an Excel workbook (Ctrl+E)"));
    m_exportXlsx->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsv->setObjectName(u"exportCsv"_s);
    m_exportCsv->setToolTip(tr("Save the report as CSV (Ctrl+Shift+E)"));
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setRange(0, kSteps);
    m_progress->setVisible(false);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    m_satisfaction->setObjectName(u"reportSatisfaction"_s);
    m_satisfaction->setWordWrap(true);
    m_satisfaction->setAccessibleName(tr("Citizen satisfaction"));
    m_view->setObjectName(u"reportView"_s);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Report table"));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setResizeContentsPrecision(200);

    auto *form = new QHBoxLayout;
    const auto labelled = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addWidget(label);
        form->addWidget(field);
    };
    labelled(tr("&Period:"), m_preset);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("&Group:"), m_grouping);
    form->addWidget(m_run);
    form->addStretch();
    form->addWidget(m_exportXlsx);
    form->addWidget(m_exportCsv);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // The charts give way first on a small or 200 %-scaled screen (the table keeps its rows).
    m_charts->setMinimumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_satisfaction);
    layout->addWidget(split, 1);
    const QList<QWidget *> order{m_preset, m_from, m_to, m_grouping, m_run,
                                 m_exportXlsx, m_exportCsv, m_view};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_preset, &QComboBox::activated, this, &ReportsPage::applyPreset);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::userDateChanged, this, [this] {
            m_preset->setCurrentIndex(Custom);
        });
    }
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExport(false); });
    applyPreset(ThisMonth);
    setExportEnabled(false);
}

ReportsPage::~ReportsPage() = default;

StoreThread &ReportsPage::store()
{
    if (!m_store) {
        // A reader beside the desk's own store thread: it never migrates or sets the store aside.
        m_store = std::make_unique<StoreThread>(m_storePath, StoreThread::Mode::Shared);
        m_store->open(this, [this](Result<void> opened) {
            if (opened)
                return;
            // The jobs queued behind the open are dropped: start afresh at the next report.
            m_store.release()->deleteLater();
            fail(opened.error().message);
        });
    }
    return *m_store;
}

void ReportsPage::applyPreset(int index)
{
    // Periods are Vietnam dates, whatever the desk's clock zone (UTC+7, no daylight saving).
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from;
    QDate to;
    switch (index) {
    case ThisMonth: from = monthStart; to = today; break;
    case LastMonth: from = monthStart.addMonths(-1); to = monthStart.addDays(-1); break;
    case ThisQuarter:
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        to = today;
        break;
    case ThisYear: from = QDate(today.year(), 1, 1); to = today; break;
    case LastYear: from = QDate(today.year() - 1, 1, 1); to = QDate(today.year() - 1, 12, 31); break;
    default: return; // other period: the dates as the clerk typed them
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_preset->setCurrentIndex(index);
}

void ReportsPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsPage::setGrouping(ReportGrouping by)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(by)));
}

ReportRequest ReportsPage::request(ReportGrouping by) const
{
    return ReportRequest{m_from->date(), m_to->date(), by, m_deskUnitCode};
}

void ReportsPage::step(const QString &what)
{
    m_progress->setValue(++m_steps);
    m_status->setText(what);
}

void ReportsPage::fail(const QString &message)
{
    ++m_generation; // whatever the failed run still has queued is dropped on arrival
    m_running = false;
    m_progress->setVisible(false);
    m_run->setEnabled(true);
    setExportEnabled(!m_model->report().rows.isEmpty());
    m_status->setText(message);
    emit reportFailed(message);
}

void ReportsPage::setExportEnabled(bool enabled)
{
    m_exportXlsx->setEnabled(enabled);
    m_exportCsv->setEnabled(enabled);
}

void ReportsPage::run()
{
    if (m_running)
        return;
    if (m_from->date() > m_to->date()) {
        m_status->setText(tr("The period ends before it starts. Correct the dates and try again."));
        return;
    }
    m_running = true;
    const int generation = ++m_generation;
    const auto current = [this, generation] { return m_running && generation == m_generation; };
    m_steps = 0;
    m_run->setEnabled(false);
    setExportEnabled(false); // the table is about to change: export what is shown, not half of it
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Computing the report…"));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const auto grouping = ReportGrouping(m_grouping->currentData().toInt());
    StoreThread &s = store();
    const auto reportOf = [](ReportRequest r) {
        return [r](Database &db) { return ReportService(db).run(r); };
    };
    // Four jobs in a row on the page's store thread; a failure drops the ones after it.
    s.post<Result<Report>>(reportOf(request(grouping)), this, [this, current](Result<Report> r) {
        if (!current())
            return;
        if (!r)
            return fail(r.error().message);
        m_model->setReport(*r);
        m_view->resizeColumnsToContents();
        m_satisfaction->setText(satisfactionText(r->satisfaction));
        step(tr("Table ready; drawing the charts…"));
    });
    s.post<Result<Report>>(reportOf(request(ReportGrouping::Level)), this,
                           [this, current](Result<Report> r) {
        if (!current())
            return;
        if (!r)
            return fail(r.error().message);
        m_charts->showLevels(*r);
        step(tr("Table ready; drawing the charts…"));
    });
    s.post<Result<Report>>(reportOf(request(ReportGrouping::Field)), this,
                           [this, current](Result<Report> r) {
        if (!current())
            return;
        if (!r)
            return fail(r.error().message);
        m_charts->showFields(*r);
        step(tr("Table ready; drawing the monthly trend…"));
    });
    const QDate last = m_to->date();
    const QString unit = m_deskUnitCode;
    s.post<Result<QList<TrendPoint>>>(
        [last, unit](Database &db) { return ReportService(db).monthlyTrend(last, 12, unit); },
        this, [this, clock, current](Result<QList<TrendPoint>> points) {
            if (!current())
                return;
            if (!points)
                return fail(points.error().message);
            m_charts->showTrend(*points);
            m_running = false;
            m_run->setEnabled(true);
            setExportEnabled(true);
            m_progress->setVisible(false);
            m_status->setText(tr("Report ready (%1 s).")
                                  .arg(QLocale().toString(clock->elapsed() / 1000.0, 'f', 1)));
            emit reportReady();
        });
}

void ReportsPage::askExport(bool xlsx)
{
    if (m_running || m_model->report().rows.isEmpty())
        return;
    // Named after the report shown, not after dates edited since.
    const ReportRequest &shown = m_model->report().request;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"bao-cao-%1-%2.%3"_s.arg(shown.from.toString(u"yyyyMMdd"_s),
                                                   shown.to.toString(u"yyyyMMdd"_s),
                                                   xlsx ? u"xlsx"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, xlsx ? tr("Export the report as Excel") : tr("Export the report as CSV"),
        dir + u'/' + name, xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, xlsx);
}

void ReportsPage::exportTo(const QString &path, bool xlsx)
{
    m_status->setText(tr("Writing %1…").arg(path));
    setExportEnabled(false);
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        setExportEnabled(!m_running);
        const Result<void> written = watcher->result();
        if (!written) {
            m_status->setText(written.error().message);
            emit exportFailed(written.error().message);
            return;
        }
        m_status->setText(tr("Saved %1.").arg(path));
        emit exported(path);
    });
    watcher->setFuture(QtConcurrent::run(writeExport, m_model->report(), path, xlsx));
}

} // namespace motcua::ui
