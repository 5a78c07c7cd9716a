#include "DayEndPage.h"

#include "Labels.h"
#include "report/DayEndPdf.h"
#include "store/StoreThread.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QFuture>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QTime>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {

enum FailureColumn { Code, Procedure, Received, Reason, FailureColumns };

QString percent(qint64 hundredths)
{
    const QLocale locale;
    return locale.toString(double(hundredths) / 100.0, 'f', 2) + locale.percent();
}

} // namespace

DayEndPage::DayEndPage(StoreThread &store, QString unitCode, QString deskCode, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_unitCode(std::move(unitCode))
    , m_deskCode(std::move(deskCode))
    , m_day(new QDateEdit(DayEnd::today()))
    , m_deskOnly(new QCheckBox(tr("Only this des&k")))
    , m_refresh(new QPushButton(tr("Re&fresh")))
    , m_pdf(new QPushButton(tr("Sa&ve as PDF…")))
    , m_status(new QLabel)
    , m_shareDetail(new QLabel)
    , m_failures(new QStandardItemModel(0, FailureColumns, this))
    , m_view(new QTableView)
{
    m_day->setObjectName(u"dayEndDate"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"dd/MM/yyyy"_s); // as on the Reports tab and the receipt
    m_day->setAccessibleName(tr("Day to close"));
    m_deskOnly->setObjectName(u"dayEndDeskOnly"_s);
    m_deskOnly->setAccessibleName(tr("Only the dossiers received at this desk"));
    m_refresh->setObjectName(u"dayEndRefresh"_s);
    m_refresh->setToolTip(tr("Compute the figures again (Ctrl+R)"));
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &DayEndPage::refresh);
    m_pdf->setObjectName(u"dayEndPdf"_s);
    m_pdf->setToolTip(tr("Save the day-end summary as a PDF file (Ctrl+Shift+S)"));
    m_pdf->setEnabled(false);
    auto *pdfShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    pdfShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pdfShortcut, &QShortcut::activated, this, &DayEndPage::askPdf);
    connect(m_pdf, &QPushButton::clicked, this, &DayEndPage::askPdf);
    m_status->setObjectName(u"dayEndStatus"_s);
    m_status->setWordWrap(true);
    m_shareDetail->setObjectName(u"dayEndShareDetail"_s);
    m_shareDetail->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("Da&te:"));
    dayLabel->setBuddy(m_day);
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(m_deskOnly);
    top->addWidget(m_refresh);
    top->addStretch();
    top->addWidget(m_pdf);

    auto *received = new QGroupBox(tr("Dossiers received on the day"));
    auto *receivedGrid = new QGridLayout(received);
    receivedGrid->addWidget(figure(u"direct"_s, tr("Direct at the desk"), received), 0, 0);
    receivedGrid->addWidget(figure(u"postal"_s, tr("By post"), received), 0, 1);
    receivedGrid->addWidget(
        figure(u"onlineConfirmed"_s, tr("Online, confirmed by the citizen"), received), 0, 2);
    receivedGrid->addWidget(
        figure(u"onlineAwaiting"_s, tr("Online, awaiting the citizen's confirmation"), received),
        0, 3);
    m_unconfirmedBox = figure(u"onlineUnconfirmed"_s,
                              tr("Online, no confirmation by the citizen recorded"), received);
    receivedGrid->addWidget(m_unconfirmedBox, 0, 4);
    receivedGrid->addWidget(figure(u"received"_s, tr("Received in all"), received), 0, 5);

    auto *shares = new QGroupBox(tr("The day as the online-rate report counts it"));
    auto *sharesGrid = new QGridLayout(shares);
    sharesGrid->addWidget(figure(u"onlineShare"_s, tr("Online share"), shares), 0, 0);
    sharesGrid->addWidget(
        figure(u"emcShare"_s, tr("Counted by the national monitor (citizen's own account)"),
               shares), 0, 1);
    sharesGrid->addWidget(figure(u"activated"_s, tr("Accounts activated"), shares), 0, 2);
    sharesGrid->addWidget(m_shareDetail, 1, 0, 1, 3);

    auto *open = new QGroupBox(tr("Still to do at the desk"));
    auto *openGrid = new QGridLayout(open);
    openGrid->addWidget(
        figure(u"awaiting"_s, tr("Awaiting the citizen's confirmation"), open), 0, 0);
    openGrid->addWidget(figure(u"notSynced"_s, tr("Not yet synced"), open), 0, 1);
    openGrid->addWidget(figure(u"needsAction"_s, tr("Failures needing action"), open), 0, 2);

    m_failures->setHorizontalHeaderLabels(
        {tr("Dossier code"), tr("Procedure"), tr("Received"), tr("Reason")});
    m_view->setObjectName(u"dayEndFailures"_s);
    m_view->setModel(m_failures);
    m_view->setAccessibleName(tr("Failures needing action"));
    m_view->setToolTip(tr("Enter or double-click: show the dossier in the queue"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const QStandardItem *item = m_failures->item(index.row(), Code))
            emit dossierActivated(item->data(Qt::UserRole).toLongLong());
    });

    // On a small or 200 %-scaled screen the page scrolls rather than pushing the window off it.
    auto *content = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(received);
    layout->addWidget(shares);
    layout->addWidget(open);
    auto *failuresLabel = new QLabel(tr("F&ailures needing action, oldest first:"));
    failuresLabel->setBuddy(m_view);
    layout->addWidget(failuresLabel);
    layout->addWidget(m_view, 1);
    scroll->setWidget(content);
    setTabOrder(m_day, m_deskOnly);
    setTabOrder(m_deskOnly, m_refresh);
    setTabOrder(m_refresh, m_pdf);
    setTabOrder(m_pdf, m_view);

    connect(m_refresh, &QPushButton::clicked, this, &DayEndPage::refresh);
    connect(m_day, &QDateEdit::userDateChanged, this, [this] {
        m_dayChosen = true;
        refresh();
    });
    connect(m_deskOnly, &QCheckBox::toggled, this, &DayEndPage::refresh);
}

QWidget *DayEndPage::figure(const QString &key, const QString &caption, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setFrameShape(QFrame::StyledPanel);
    auto *captionLabel = new QLabel(caption, box);
    captionLabel->setWordWrap(true);
    auto *value = new QLabel(u"–"_s, box);
    value->setObjectName(u"dayEnd_"_s + key);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setBold(true);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(caption);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    layout->addStretch();
    m_values.insert(key, value);
    m_captions.insert(key, caption);
    return box;
}

void DayEndPage::setFigure(const QString &key, const QString &value)
{
    QLabel *label = m_values.value(key);
    label->setText(value);
    // Read out as "caption: value" by screen readers.
    label->setAccessibleName(m_captions.value(key) + u": "_s + value);
}

void DayEndPage::setDay(const QDate &day)
{
    m_dayChosen = true;
    m_day->setDate(day);
    refresh();
}

void DayEndPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_dayChosen) {
        const QSignalBlocker quiet(m_day); // not the user's choice
        m_day->setDate(DayEnd::today());
    }
    refresh();
}

void DayEndPage::refresh()
{
    const DayEndRequest request{m_day->date(), m_unitCode,
                                m_deskOnly->isChecked() ? m_deskCode : QString()};
    const quint64 asked = ++m_asked;
    m_status->setText(tr("Computing…"));
    m_store.post<Result<DayEndSummary>>(
        [request](Database &db) { return DayEnd::compute(db, request); }, this,
        [this, asked](Result<DayEndSummary> summary) {
            if (asked != m_asked)
                return; // a newer request is on its way
            if (!summary) {
                m_status->setText(summary.error().message);
                emit refreshFailed(summary.error().message);
                return;
            }
            display(*summary);
            emit refreshed();
        });
}

void DayEndPage::display(const DayEndSummary &s)
{
    m_summary = s;
    m_shown = true;
    m_pdf->setEnabled(true);
    const QLocale locale;
    const auto number = [&locale](qint64 n) { return locale.toString(n); };
    setFigure(u"direct"_s, number(s.direct));
    setFigure(u"postal"_s, number(s.postal));
    setFigure(u"onlineConfirmed"_s, number(s.onlineConfirmed));
    setFigure(u"onlineAwaiting"_s, number(s.onlineAwaiting));
    setFigure(u"onlineUnconfirmed"_s, number(s.onlineUnconfirmed));
    m_unconfirmedBox->setVisible(s.onlineUnconfirmed > 0);
    setFigure(u"received"_s, number(s.received()));
    setFigure(u"onlineShare"_s, percent(s.onlineShareHundredths()));
    setFigure(u"emcShare"_s, percent(s.emcShareHundredths()));
    setFigure(u"activated"_s, number(s.accountsActivated));
    setFigure(u"awaiting"_s, number(s.awaitingConfirmation));
    setFigure(u"notSynced"_s, number(s.notSynced));
    setFigure(u"needsAction"_s, number(s.failures.size()));
    m_shareDetail->setText(
        tr("Of %1 dossiers handled on the day (%2 carried over: received earlier, still open "
           "when the day began; %3 received), %4 online, %5 of them with the citizen's own "
           "account.")
            .arg(number(s.handled()), number(s.carriedOver), number(s.received()),
                 number(s.online()), number(s.emcOnline())));
    m_status->setText(tr("%1, unit %2%3 · computed at %4")
                          .arg(locale.toString(s.request.day, QLocale::LongFormat),
                               s.request.unitCode,
                               s.request.deskCode.isEmpty()
                                   ? QString()
                                   : tr(", desk %1").arg(s.request.deskCode),
                               locale.toString(QTime::currentTime(), QLocale::ShortFormat)));

    m_failures->removeRows(0, m_failures->rowCount());
    for (const DayEndFailure &f : s.failures) {
        auto *code = new QStandardItem(f.code);
        code->setData(f.dossierId, Qt::UserRole);
        auto *procedure = new QStandardItem(f.procedureName);
        procedure->setToolTip(f.procedureCode);
        auto *reason = new QStandardItem(f.reason);
        reason->setToolTip(outboxStateLabel(OutboxState::NeedsAction) + u'\n' + f.reason);
        auto *received = new QStandardItem(
            f.receivedAt.isValid()
                ? locale.toString(f.receivedAt.toLocalTime(), QLocale::ShortFormat)
                : QString());
        m_failures->appendRow({code, procedure, received, reason});
    }
    m_view->resizeColumnsToContents();
}

void DayEndPage::askPdf()
{
    if (!m_shown)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("day-end-%1.pdf").arg(m_summary.request.day.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the day-end summary"),
                                                      QDir(folder).filePath(name),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdfTo(path);
}

void DayEndPage::savePdfTo(const QString &path)
{
    m_status->setText(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    QtConcurrent::run([summary = m_summary, path, locale = QLocale()] {
        return DayEndPdf::write(summary, path, locale);
    }).then(this, [this, path](Result<void> saved) {
        if (!saved) {
            m_status->setText(saved.error().message);
            emit exportFailed(saved.error().message);
            return;
        }
        m_status->setText(tr("The day-end summary was saved as %1.")
                              .arg(QDir::toNativeSeparators(path)));
        emit exported(path);
    });
}

} // namespace motcua::ui
