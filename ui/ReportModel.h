#pragma once

#include "report/Report.h"

#include <QAbstractTableModel>

namespace motcua::ui {

// The rows of an online-rate report as the Reports page shows them: counts and rates in the
// desk's locale, the "all" row in bold.
class ReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Group, CarriedOver, Online, DirectPostal, Total, OnlineRate, EmcRate, EmcOnline, Assisted,
        AccountsActivated, ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(Report report);
    const Report &report() const { return m_report; }

    // The group's name as shown: "Province", "All", or "code — name".
    static QString groupLabel(const ReportRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static QVariant number(const ReportRow &row, int column);
    Report m_report;
};

} // namespace motcua::ui
