#pragma once

#include "report/Report.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

class ReportCharts;
class ReportModel;

// The online-rate report (docs/reports.md): a period, a grouping, the table with the system and
// monitor-counted rates, charts, and export to XLSX and CSV. Every computation and every file
// is done off the GUI thread, on a store connection of the page's own so that a long report
// never holds up a save at the counter.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(QString storePath, QString deskUnitCode, QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setPeriod(const QDate &from, const QDate &to);
    void setGrouping(ReportGrouping by);
    // Computes the report, then the charts' reports and the 12-month trend; then reportReady.
    void run();
    bool isRunning() const { return m_running; }
    ReportModel *model() const { return m_model; }

    // Without dialogs: writes the report shown to `path`, off the GUI thread; then exported or
    // exportFailed.
    void exportTo(const QString &path, bool xlsx);

signals:
    void reportReady();
    void reportFailed(const QString &message);
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void applyPreset(int index);
    void askExport(bool xlsx);
    void step(const QString &what);
    void fail(const QString &message);
    void setExportEnabled(bool enabled);
    ReportRequest request(ReportGrouping by) const;
    StoreThread &store();

    QString m_storePath;
    QString m_deskUnitCode;
    std::unique_ptr<StoreThread> m_store; // opened at the first report
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_grouping;
    QPushButton *m_run;
    QPushButton *m_exportXlsx;
    QPushButton *m_exportCsv;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_satisfaction; // citizens' ratings in the period (docs/reports.md)
    ReportModel *m_model;
    QTableView *m_view;
    ReportCharts *m_charts;
    bool m_running = false;
    int m_generation = 0; // a run's results are used only while it is the latest run
    int m_steps = 0;
};

} // namespace motcua::ui
