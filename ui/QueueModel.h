#pragma once

#include "core/Dossier.h"

#include <QAbstractTableModel>

namespace motcua::ui {

// The dossiers of the local queue, as the clerk sees them.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code, Procedure, Applicant, Channel, Received, Due, State, Reason,
        Status, // the provincial system's TrangThaiHoSo, once the dossier reached it
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<QueuedDossier> rows);
    const QueuedDossier &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static QString statusText(const QueuedDossier &d, bool detailed);
    QList<QueuedDossier> m_rows;
};

} // namespace motcua::ui
