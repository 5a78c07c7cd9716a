#include "IntakePage.h"

#include "ApplicantForm.h"
#include "IdentityPanel.h"
#include "ScanDetector.h"
#include "catalog/CatalogService.h"
#include "identity/CccdQr.h"
#include "intake/IntakeService.h"
#include "store/StoreThread.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

IntakePage::IntakePage(StoreThread &store, IdentityController &identity, CitizenWindow &citizen,
                       DeskIdentity desk, std::function<bool()> ensureSignedIn, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_desk(std::move(desk))
    , m_search(new QLineEdit)
    , m_results(new QListWidget)
    , m_details(new QLabel)
    , m_applicant(new ApplicantForm)
    , m_identityPanel(new IdentityPanel(identity, store, *m_applicant, citizen,
                                        std::move(ensureSignedIn)))
    , m_save(new QPushButton(tr("&Save to queue")))
    , m_message(new QLabel)
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(u"procedureSearch"_s);
    m_search->setPlaceholderText(tr("Type part of the procedure's name or code, e.g. khai sinh"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"procedureList"_s);
    m_results->setWordWrap(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details->setObjectName(u"procedureDetails"_s);
    m_details->setWordWrap(true);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the dossier to the local queue (Ctrl+S)"));
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *procedureBox = new QGroupBox(tr("1. Procedure"));
    auto *searchLabel = new QLabel(tr("&Find:"));
    searchLabel->setBuddy(m_search);
    auto *procedureLayout = new QVBoxLayout(procedureBox);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search);
    procedureLayout->addLayout(searchRow);
    procedureLayout->addWidget(m_results, 1);
    procedureLayout->addWidget(m_details);

    auto *applicantBox = new QGroupBox(tr("2. Applicant — scan the chip card or type"));
    auto *applicantLayout = new QVBoxLayout(applicantBox);
    applicantLayout->addWidget(m_applicant);
    applicantLayout->addWidget(m_identityPanel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(procedureBox, 1);
    layout->addWidget(applicantBox);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_save);
    layout->addLayout(actions);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_applicant->firstField());

    auto *scanner = new ScanDetector(this);
    connect(scanner, &ScanDetector::scanned, this, &IntakePage::scanned);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &IntakePage::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_applicant->firstField()->setFocus();
        }
    });
    connect(m_results, &QListWidget::currentRowChanged, this, &IntakePage::showProcedure);
    connect(m_save, &QPushButton::clicked, this, &IntakePage::save);
    setStoreReady(false);
}

void IntakePage::setStoreReady(bool ready)
{
    m_ready = ready;
    m_identityPanel->setStoreReady(ready);
    m_save->setEnabled(ready && !m_saving);
    if (ready)
        search();
}

QString IntakePage::selectedCode() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void IntakePage::search()
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
                return showMessage(found.error().message, true);
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

void IntakePage::showProcedure()
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

void IntakePage::save()
{
    if (m_saving || !m_ready)
        return;
    DossierDraft draft;
    draft.procedureCode = selectedCode();
    draft.applicantName = m_applicant->fullName();
    draft.applicantCccd = m_applicant->cccd();
    draft.applicantPhone = m_applicant->phone();
    m_saving = true;
    m_save->setEnabled(false);
    showMessage(tr("Saving…"), false);
    const DeskIdentity desk = m_desk;
    m_store.post<Result<SavedDossier>>(
        [draft, desk](Database &db) {
            return IntakeService(db).queue(draft, desk, QDateTime::currentDateTime());
        },
        this, [this](Result<SavedDossier> saved) {
            auto queued = saved ? Result<QueuedDossier>(saved->queued)
                                : Result<QueuedDossier>(std::unexpected(saved.error()));
            m_saving = false;
            m_save->setEnabled(m_ready);
            if (!queued)
                return showMessage(queued.error().message, true);
            emit dossierQueued(queued->code);
            nextCitizen();
            showMessage(tr("Dossier %1 saved to the queue. It will be sent at the next sync.")
                            .arg(queued->code),
                        false);
        });
}

void IntakePage::nextCitizen()
{
    m_applicant->clear();
    m_identityPanel->reset();
    m_search->setFocus();
}

void IntakePage::scanned(const QString &text)
{
    auto card = CccdQr::parse(text);
    if (!card) {
        showMessage(card.error().message, true);
        return;
    }
    m_applicant->fill(*card);
    showMessage(tr("Card scanned: check the details with the citizen."), false);
    m_applicant->firstField()->setFocus();
}

void IntakePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #a00000; font-weight: bold;"_s : QString());
    m_message->setProperty("error", error);
}

} // namespace motcua::ui
