#include "ReportCharts.h"

#include "ReportModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {

QChartView *chartView(const QString &objectName, const QString &accessibleName)
{
    auto *view = new QChartView(new QChart);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

QValueAxis *percentAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setLabelFormat(u"%d %%"_s);
    axis->setTickCount(6);
    return axis;
}

// Series and axes go; removeAxis() hands an axis back to its caller, so it is deleted here.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

double percent(qint64 part, qint64 total)
{
    return double(rateHundredths(part, total)) / 100.0;
}

} // namespace

ReportCharts::ReportCharts(QWidget *parent)
    : QTabWidget(parent)
    , m_levels(chartView(u"levelChart"_s, tr("Online rates by level")))
    , m_fields(chartView(u"fieldChart"_s, tr("Online rates by field")))
    , m_trend(chartView(u"trendChart"_s, tr("Monthly trend of the online rates")))
{
    addTab(m_levels, tr("By level"));
    addTab(m_fields, tr("By field"));
    addTab(m_trend, tr("Monthly trend"));
}

void ReportCharts::clear()
{
    for (QChartView *view : {m_levels, m_fields, m_trend})
        clearChart(view->chart());
}

void ReportCharts::showRates(QChartView *view, const QString &title, const QList<ReportRow> &rows,
                             bool horizontal)
{
    QChart *chart = view->chart();
    clearChart(chart);
    chart->setTitle(title);
    auto *system = new QBarSet(tr("System online rate"));
    auto *emc = new QBarSet(tr("Monitor-counted rate"));
    QStringList labels;
    for (const ReportRow &row : rows) {
        QString label = row.name.isEmpty() ? ReportModel::groupLabel(row) : row.name;
        // A category axis merges equal labels: two fields of one name keep their codes apart.
        if (labels.contains(label))
            label += u" ("_s + row.group + u')';
        labels.append(label);
        system->append(percent(row.online, row.total()));
        emc->append(percent(row.emcOnline, row.total()));
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(system);
    series->append(emc);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    QValueAxis *values = percentAxis();
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
}

void ReportCharts::showLevels(const Report &byLevel)
{
    QList<ReportRow> rows;
    for (const ReportRow &row : byLevel.rows) {
        // A level with nothing in the period (districts after the 2025 reform) is left out.
        if (!row.isTotal() && row.total() > 0)
            rows.append(row);
    }
    showRates(m_levels, tr("Online rates by level"), rows, false);
}

void ReportCharts::showFields(const Report &byField, int top)
{
    QList<ReportRow> rows;
    for (const ReportRow &row : byField.rows) {
        if (!row.isTotal() && row.total() > 0)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ReportRow &a, const ReportRow &b) { return a.total() > b.total(); });
    if (rows.size() > top)
        rows.resize(top);
    std::reverse(rows.begin(), rows.end()); // the largest at the top of a horizontal chart
    showRates(m_fields, tr("Online rates of the %n largest fields", nullptr, int(rows.size())),
              rows, true);
}

void ReportCharts::showTrend(const QList<TrendPoint> &months)
{
    QChart *chart = m_trend->chart();
    clearChart(chart);
    chart->setTitle(tr("Monthly trend of the online rates"));
    auto *categories = new QBarCategoryAxis;
    const QLocale locale;
    for (const TrendPoint &point : months)
        categories->append(locale.toString(point.month, u"MM/yyyy"_s));
    QValueAxis *values = percentAxis();
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    // One pair of lines per run of months with dossiers: a month without any has no rate, and
    // the lines stop there instead of joining across it. Only the first pair is in the legend.
    QLineSeries *system = nullptr;
    QLineSeries *emc = nullptr;
    bool first = true;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const ReportRow &row = months.at(i).row;
        if (row.total() <= 0) {
            system = emc = nullptr;
            continue;
        }
        if (!system) {
            system = new QLineSeries;
            system->setName(tr("System online rate"));
            emc = new QLineSeries;
            emc->setName(tr("Monitor-counted rate"));
            for (QLineSeries *s : {system, emc}) {
                s->setPointsVisible(true);
                chart->addSeries(s);
                s->attachAxis(categories);
                s->attachAxis(values);
                if (!first)
                    chart->legend()->markers(s).value(0)->setVisible(false);
            }
            if (!first) { // the same colours as the first pair
                const auto all = chart->series();
                system->setColor(static_cast<QLineSeries *>(all.at(0))->color());
                emc->setColor(static_cast<QLineSeries *>(all.at(1))->color());
            }
            first = false;
        }
        system->append(double(i), percent(row.online, row.total()));
        emc->append(double(i), percent(row.emcOnline, row.total()));
    }
}

} // namespace motcua::ui
