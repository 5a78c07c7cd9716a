#pragma once

#include "report/DayEnd.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

// The supervisor's day-end view (docs/reports.md, "Day-end view"): one Vietnam day of the desk's
// unit in large figures (received by channel, online and monitor-counted shares, accounts
// activated), what is still outstanding at the desk, and the failures needing action. Computed on
// the store thread each time the page is shown, on Ctrl+R and when the day changes.
class DayEndPage : public QWidget
{
    Q_OBJECT

public:
    DayEndPage(StoreThread &store, QString unitCode, QString deskCode, QWidget *parent = nullptr);

    void setDay(const QDate &day);
    void refresh();
    // Without dialogs: the summary shown, as PDF, written to `path` off the GUI thread; then
    // exported or exportFailed. Ctrl+Shift+S / the button ask for the file first.
    void savePdfTo(const QString &path);
    const DayEndSummary &summary() const { return m_summary; }

signals:
    void refreshed();
    void refreshFailed(const QString &message);
    // Enter or double-click on a failure: the clerk wants that dossier in the queue.
    void dossierActivated(qint64 dossierId);
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // A framed caption over a large value (objectName "dayEnd_" + key); returns the frame.
    QWidget *figure(const QString &key, const QString &caption, QWidget *parent);
    void setFigure(const QString &key, const QString &value);
    void display(const DayEndSummary &summary);
    void askPdf();

    StoreThread &m_store;
    QString m_unitCode;
    QString m_deskCode;
    QDateEdit *m_day;
    QCheckBox *m_deskOnly;
    QPushButton *m_refresh;
    QPushButton *m_pdf;
    QLabel *m_status;
    QLabel *m_shareDetail;
    QWidget *m_unconfirmedBox = nullptr;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QString> m_captions;
    QStandardItemModel *m_failures;
    QTableView *m_view;
    DayEndSummary m_summary;
    quint64 m_asked = 0; // the latest request: older answers are dropped
    bool m_shown = false;     // a summary is on the page (what the PDF holds)
    bool m_dayChosen = false; // false: the page follows today (a desk left open past midnight)
};

} // namespace motcua::ui
