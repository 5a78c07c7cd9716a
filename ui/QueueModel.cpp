#include "QueueModel.h"

#include "Labels.h"
#include "sync/ProvincialStatus.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

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

QString QueueModel::statusText(const QueuedDossier &d, bool detailed)
{
    if (d.provincialCode.isEmpty())
        return {}; // not at the provincial system yet
    QString text = ProvincialStatus::name(d.provincialStatus);
    if (d.supplement.isEmpty())
        return text;
    const QString asked = ProvincialStatus::supplementText(d.supplement);
    if (detailed)
        return text + u'\n' + asked;
    return text + u": "_s + asked;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QueuedDossier &d = m_rows.at(index.row());
    if (index.column() == Status && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return statusText(d, role == Qt::ToolTipRole);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Code: return d.code;
        case Procedure: return d.procedureName;
        case Applicant: return d.applicantName;
        case Channel: return channelLabel(d.channel, d.confirmation);
        case Received: return QLocale().toString(d.receivedAt.toLocalTime(), QLocale::ShortFormat);
        case Due:
            return d.dueAt.isValid()
                       ? QLocale().toString(d.dueAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case State:
            return role == Qt::ToolTipRole && !d.reason.isEmpty()
                       ? QString(queueStateLabel(d) + u'\n' + d.reason)
                       : queueStateLabel(d);
        case Reason: return d.reason;
        default: return {};
        }
    }
    // An online dossier the citizen has not confirmed is not theirs yet: make it stand out.
    if (role == Qt::ForegroundRole && index.column() == Channel
        && d.channel == motcua::Channel::Online && d.confirmation != Confirmation::Confirmed)
        return QBrush(Qt::darkRed);
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
    case Channel: return tr("Channel");
    case Received: return tr("Received");
    case Due: return tr("Due");
    case State: return tr("State");
    case Reason: return tr("Reason");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace motcua::ui
