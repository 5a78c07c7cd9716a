#include "QueueModel.h"

#include "Labels.h"

#include <QBrush>
#include <QLocale>

namespace motcua::ui {

void QueueModel::setRows(QList<QueuedDossier> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QueuedDossier &d = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Code: return d.code;
        case Procedure: return d.procedureName;
        case Applicant: return d.applicantName;
        case Received: return QLocale().toString(d.receivedAt.toLocalTime(), QLocale::ShortFormat);
        case State: return outboxStateLabel(d.state);
        case Reason: return d.reason;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (d.state == OutboxState::NeedsAction)
            return QBrush(Qt::darkRed);
        if (d.state == OutboxState::Sent)
            return QBrush(Qt::darkGreen);
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Dossier code");
    case Procedure: return tr("Procedure");
    case Applicant: return tr("Applicant");
    case Received: return tr("Received");
    case State: return tr("State");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace motcua::ui
