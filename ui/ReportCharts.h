#pragma once

#include "report/Report.h"

#include <QTabWidget>

class QChartView;

namespace motcua::ui {

// The Reports page's charts: the system and monitor-counted rates by level and by field, and
// their monthly trend.
class ReportCharts : public QTabWidget
{
    Q_OBJECT

public:
    explicit ReportCharts(QWidget *parent = nullptr);

    void showLevels(const Report &byLevel);
    // The fields with the most dossiers in the period (at most `top`), largest first.
    void showFields(const Report &byField, int top = 10);
    void showTrend(const QList<TrendPoint> &months);
    void clear();

private:
    // Two bar sets (system rate, monitor-counted rate) over the given rows' labels.
    static void showRates(QChartView *view, const QString &title, const QList<ReportRow> &rows,
                          bool horizontal);

    QChartView *m_levels;
    QChartView *m_fields;
    QChartView *m_trend;
};

} // namespace motcua::ui
