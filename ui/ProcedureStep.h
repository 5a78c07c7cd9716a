#pragma once

#include "core/Procedure.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

// Step 1 of the intake: find the procedure as you type (any part of the name or code, with or
// without diacritics). Enter takes the first match.
class ProcedureStep : public QWidget
{
    Q_OBJECT

public:
    explicit ProcedureStep(StoreThread &store, QWidget *parent = nullptr);

    void setStoreReady(bool ready);
    QString selectedCode() const;
    QLineEdit *searchField() const { return m_search; }
    void clear();

signals:
    void chosen(); // Enter on the search field or a double click: go on to the next step
    void failed(const QString &message);

private:
    void search();
    void showProcedure();

    StoreThread &m_store;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_details;
    QTimer *m_searchDelay;
    quint64 m_searchSerial = 0;
    bool m_ready = false;
};

} // namespace motcua::ui
