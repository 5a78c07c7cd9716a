#include "ReportModel.h"

#include "report/ReportXlsx.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace motcua::ui {

void ReportModel::setReport(Report report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

QString ReportModel::groupLabel(const ReportRow &row)
{
    if (const QString level = ReportXlsx::groupLabel(row); !level.isEmpty())
        return level; // a level or the total, named as in the workbook
    if (row.name.isEmpty() || row.name == row.group)
        return row.group;
    return row.group + u" — "_s + row.name;
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportModel::number(const ReportRow &row, int column)
{
    switch (column) {
    case CarriedOver: return row.carriedOver;
    case Online: return row.online;
    case DirectPostal: return row.directPostal;
    case Total: return row.total();
    case EmcOnline: return row.emcOnline;
    case Assisted: return row.assisted;
    case AccountsActivated: return row.accountsActivated;
    default: return {};
    }
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.rows.size())
        return {};
    const ReportRow &row = m_report.rows.at(index.row());
    const int column = index.column();
    const bool rate = column == OnlineRate || column == EmcRate;
    const qint64 hundredths = column == OnlineRate ? rateHundredths(row.online, row.total())
                                                   : rateHundredths(row.emcOnline, row.total());
    switch (role) {
    case Qt::DisplayRole: {
        if (column == Group)
            return groupLabel(row);
        const QLocale locale;
        if (rate)
            return QString(locale.toString(double(hundredths) / 100.0, 'f', 2) + u" %"_s);
        return locale.toString(number(row, column).toLongLong());
    }
    case Qt::UserRole: // the raw value: for sorting, tests and exports
        if (column == Group)
            return row.group;
        return rate ? QVariant(hundredths) : number(row, column);
    case Qt::TextAlignmentRole:
        return column == Group ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.isTotal()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == EmcRate)
            return tr("Counted by the national monitor: online with the citizen's own account");
        return {};
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group: return tr("Group");
    case CarriedOver: return tr("Carried over");
    case Online: return tr("New online");
    case DirectPostal: return tr("New direct or by post");
    case Total: return tr("Total");
    case OnlineRate: return tr("System online rate");
    case EmcRate: return tr("Monitor-counted rate");
    case EmcOnline: return tr("Online, citizen's own account");
    case Assisted: return tr("Assisted online");
    case AccountsActivated: return tr("Accounts activated");
    default: return {};
    }
}

} // namespace motcua::ui
