#include "ProcedureStep.h"

#include "catalog/CatalogService.h"
#include "store/StoreThread.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

ProcedureStep::ProcedureStep(StoreThread &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_search(new QLineEdit)
    , m_results(new QListWidget)
    , m_details(new QLabel)
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(u"procedureSearch"_s);
    m_search->setPlaceholderText(tr("Type part of the procedure's name or code, e.g. khai sinh"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a procedure"));
    m_results->setObjectName(u"procedureList"_s);
    m_results->setAccessibleName(tr("Matching procedures"));
    m_results->setWordWrap(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details->setObjectName(u"procedureDetails"_s);
    m_details->setWordWrap(true);

    auto *searchLabel = new QLabel(tr("&Find:"));
    searchLabel->setBuddy(m_search);
    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_details);
    setTabOrder(m_search, m_results);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ProcedureStep::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() == 0)
            return;
        if (!m_results->currentItem())
            m_results->setCurrentRow(0);
        emit chosen();
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] { emit chosen(); });
    connect(m_results, &QListWidget::currentRowChanged, this, &ProcedureStep::showProcedure);
}

void ProcedureStep::setStoreReady(bool ready)
{
    m_ready = ready;
    if (ready)
        search();
}

QString ProcedureStep::selectedCode() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProcedureStep::clear()
{
    m_search->clear();
    m_results->setCurrentRow(-1);
    m_search->setFocus();
}

void ProcedureStep::search()
{
    if (!m_ready)
        return;
    const QString query = m_search->text();
    const quint64 serial = ++m_searchSerial;
    m_store.post<Result<QList<ProcedureMatch>>>(
        [query](Database &db) { return CatalogService(db).search(query, 200); },
        this, [this, serial](Result<QList<ProcedureMatch>> found) {
            if (serial != m_searchSerial)
                return; // the clerk has typed on since
            const QString keep = selectedCode();
            m_results->clear();
            if (!found)
                return emit failed(found.error().message);
            for (const ProcedureMatch &m : *found) {
                auto *item = new QListWidgetItem(u"%1 — %2"_s.arg(m.code, m.name), m_results);
                item->setData(Qt::UserRole, m.code);
                item->setToolTip(m.fieldName);
                if (m.code == keep)
                    m_results->setCurrentItem(item);
            }
            if (found->isEmpty())
                m_details->setText(tr("No procedure matches. Try fewer or shorter words."));
        });
}

void ProcedureStep::showProcedure()
{
    const QString code = selectedCode();
    if (code.isEmpty()) {
        m_details->clear();
        return;
    }
    m_store.post<Result<std::optional<Procedure>>>(
        [code](Database &db) { return CatalogService(db).procedure(code); }, this,
        [this, code](Result<std::optional<Procedure>> found) {
            if (!found || !found->has_value() || selectedCode() != code)
                return;
            const Procedure &p = **found;
            const QString online = p.onlineLevel == OnlineLevel::Full ? tr("whole-process online")
                                                                      : tr("partly online");
            m_details->setText(tr("%1 · %2 · fee %3 đồng · %n working day(s)", nullptr,
                                  p.processingDays)
                                   .arg(p.field.name, online, QLocale().toString(p.feeVnd)));
        });
}

} // namespace motcua::ui
