#include "IntakePage.h"

#include "ApplicantForm.h"
#include "CitizenWindow.h"
#include "ConfirmStep.h"
#include "FeesStep.h"
#include "IdentityPanel.h"
#include "PaperChecklist.h"
#include "ProcedureStep.h"
#include "ScanDetector.h"
#include "catalog/CatalogService.h"
#include "core/Cccd.h"
#include "core/PhoneNumber.h"
#include "identity/CccdQr.h"
#include "store/StoreThread.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {

QString vietnamTime(const QDateTime &when)
{
    return QLocale().toString(when.toTimeZone(QTimeZone(7 * 3600)), u"dddd dd/MM/yyyy HH:mm"_s);
}

QWidget *page(QWidget *content, const QString &heading)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    auto *title = new QLabel(heading);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    // A step taller than the screen (200 % scaling, large text) scrolls instead of being cut or
    // pushing the window off the screen.
    auto *scroll = new QScrollArea;
    scroll->setWidget(w);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

// Keyboard users land on the first control of a step.
void focusFirstIn(QWidget *container)
{
    for (QWidget *w : container->findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus && w->isVisibleTo(container) && w->isEnabled()) {
            w->setFocus();
            return;
        }
    }
}

} // namespace

IntakePage::IntakePage(StoreThread &store, IdentityController &identity, CitizenWindow &citizen,
                       DeskSettings settings, std::function<bool()> ensureSignedIn,
                       QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(std::move(settings))
    , m_desk(m_settings.desk())
    , m_steps(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_procedure(new ProcedureStep(store))
    , m_applicant(new ApplicantForm)
    , m_identityPanel(new IdentityPanel(identity, store, *m_applicant, citizen, ensureSignedIn))
    , m_papers(new PaperChecklist(store))
    , m_fees(new FeesStep)
    , m_due(new QLabel)
    , m_summary(new QLabel)
    , m_online(new QRadioButton(tr("The citizen submits &online with their own account "
                                   "(counted as online)")))
    , m_direct(new QRadioButton(tr("&Direct intake: the clerk records the dossier (not counted "
                                   "as online)")))
    , m_confirm(new ConfirmStep(identity, citizen, ensureSignedIn))
    , m_done(new QLabel)
    , m_back(new QPushButton(tr("&Back")))
    , m_next(new QPushButton(tr("&Next")))
    , m_save(new QPushButton(tr("&Save to queue")))
    , m_print(new QPushButton(tr("&Print receipt")))
    , m_pdf(new QPushButton(tr("Save receipt as PD&F…")))
    , m_another(new QPushButton(tr("Ne&xt citizen")))
    , m_message(new QLabel)
{
    m_steps->setObjectName(u"wizardSteps"_s);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setAccessibleName(tr("Intake steps"));
    for (const QString &name : {tr("1. Procedure"), tr("2. Applicant"), tr("3. Papers"),
                                tr("4. Fees"), tr("5. Due date"), tr("6. Review"),
                                tr("7. Citizen's confirmation"), tr("8. Receipt")})
        m_steps->addItem(name);
    m_steps->setMaximumWidth(m_steps->sizeHintForColumn(0) + 24);
    m_pages->setObjectName(u"wizardPages"_s);
    m_due->setObjectName(u"dueDate"_s);
    m_due->setWordWrap(true);
    m_due->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_online->setObjectName(u"channelOnline"_s);
    m_direct->setObjectName(u"channelDirect"_s);
    auto *channels = new QButtonGroup(this);
    channels->addButton(m_online);
    channels->addButton(m_direct);
    m_direct->setChecked(true);
    m_done->setObjectName(u"doneLabel"_s);
    m_done->setWordWrap(true);
    m_done->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_back->setObjectName(u"backButton"_s);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("Previous step (Alt+Left)"));
    m_next->setObjectName(u"nextButton"_s);
    m_next->setToolTip(tr("Next step (Alt+Right or Ctrl+Enter)"));
    m_save->setObjectName(u"saveButton"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the dossier to the local queue (Ctrl+S)"));
    m_print->setObjectName(u"printButton"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_pdf->setObjectName(u"pdfButton"_s);
    m_another->setObjectName(u"anotherButton"_s);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *applicant = new QWidget;
    auto *applicantLayout = new QVBoxLayout(applicant);
    applicantLayout->addWidget(m_applicant);
    applicantLayout->addWidget(m_identityPanel);
    applicantLayout->addStretch();
    auto *review = new QWidget;
    auto *reviewLayout = new QVBoxLayout(review);
    reviewLayout->addWidget(m_summary, 1);
    auto *channelBox = new QGroupBox(tr("How is this dossier submitted?"));
    auto *channelLayout = new QVBoxLayout(channelBox);
    channelLayout->addWidget(m_online);
    channelLayout->addWidget(m_direct);
    reviewLayout->addWidget(channelBox);
    auto *done = new QWidget;
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(m_done);
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addWidget(m_print);
    doneButtons->addWidget(m_pdf);
    doneButtons->addWidget(m_another);
    doneButtons->addStretch();
    doneLayout->addLayout(doneButtons);
    doneLayout->addStretch();

    m_pages->addWidget(page(m_procedure, tr("Which procedure does the citizen ask for?")));
    m_pages->addWidget(page(applicant, tr("Applicant — scan the chip card or type")));
    m_pages->addWidget(page(m_papers, tr("Papers received")));
    m_pages->addWidget(page(m_fees, tr("Fees and charges")));
    m_pages->addWidget(page(m_due, tr("Due date for the result")));
    m_pages->addWidget(page(review, tr("Review with the citizen")));
    m_pages->addWidget(page(m_confirm, tr("The citizen's own confirmation")));
    m_pages->addWidget(page(done, tr("Saved")));

    auto *body = new QHBoxLayout;
    body->addWidget(m_steps);
    body->addWidget(m_pages, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_back);
    actions->addWidget(m_next);
    actions->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(actions);

    for (const QKeySequence &key : {QKeySequence(Qt::ALT | Qt::Key_Right),
                                    QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IntakePage::goNext);
    }
    auto *scanner = new ScanDetector(this);
    connect(scanner, &ScanDetector::scanned, this, &IntakePage::scanned);

    connect(m_procedure, &ProcedureStep::chosen, this, &IntakePage::goNext);
    connect(m_procedure, &ProcedureStep::failed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_papers, &PaperChecklist::message, this, &IntakePage::showMessage);
    connect(m_papers, &PaperChecklist::changed, this, &IntakePage::updateButtons);
    connect(m_fees, &FeesStep::changed, this, [this] {
        refreshPreview([this] { m_fees->showPreview(*m_preview); });
    });
    connect(m_online, &QRadioButton::toggled, this, [this] {
        if (step() == Review)
            refreshPreview([this] { showReview(); });
    });
    connect(m_confirm, &ConfirmStep::stateChanged, this, &IntakePage::updateButtons);
    connect(m_confirm, &ConfirmStep::confirmed, this, [this] {
        if (m_confirm->confirmation() == Confirmation::Awaiting) {
            // Not yet the citizen's own submission: no online reduction, no shorter time. Say
            // what the receipt will carry before the clerk saves.
            return refreshPreview([this] {
                showMessage(tr("Awaiting the citizen: fee %1 đồng, result due %2 (the online "
                               "reduction and shorter time apply only once the citizen confirms).")
                                .arg(FeeCalculator::formatVnd(m_preview->fees.totalVnd),
                                     vietnamTime(m_preview->dueAt)),
                            false);
                m_save->setFocus();
            }, false);
        }
        // The citizen is done on their screen: the clerk's window comes back, ready to save.
        window()->activateWindow();
        window()->raise();
        m_save->setFocus();
    });
    connect(m_confirm, &ConfirmStep::directChosen, this, [this] {
        m_direct->setChecked(true);
        refreshPreview([this] { prepareConfirmation(); });
    });
    connect(m_back, &QPushButton::clicked, this, &IntakePage::goBack);
    connect(m_next, &QPushButton::clicked, this, &IntakePage::goNext);
    connect(m_save, &QPushButton::clicked, this, &IntakePage::save);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_saved)
            emit printReceipt(m_saved->receipt);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (m_saved)
            emit saveReceiptPdf(m_saved->receipt);
    });
    connect(m_another, &QPushButton::clicked, this, &IntakePage::nextCitizen);
    m_papers->setScanStorage(m_settings.attachmentsDir(), {});
    enter(ProcedureStep_);
    setStoreReady(false);
}

int IntakePage::step() const
{
    return m_pages->currentIndex();
}

void IntakePage::setStoreReady(bool ready)
{
    m_ready = ready;
    m_identityPanel->setStoreReady(ready);
    m_procedure->setStoreReady(ready);
    if (ready) {
        // The fee policy and official calendars are files: read them on the store's thread.
        m_store.post<IntakeRules>([settings = m_settings](Database &) {
            return IntakeRules::load(settings);
        }, this, [this](IntakeRules rules) {
            m_rules = std::move(rules);
            m_papers->setScanStorage(m_settings.attachmentsDir(), m_rules.scanLimits);
            m_fees->setPolicy(m_rules.feePolicy, m_rules.warnings);
            if (!m_rules.warnings.isEmpty())
                showMessage(m_rules.warnings.join(u'\n'), true);
        });
    }
    updateButtons();
}

void IntakePage::enter(int index)
{
    m_pages->setCurrentIndex(index);
    m_steps->setCurrentRow(index);
    switch (index) {
    case ProcedureStep_: m_procedure->searchField()->setFocus(); break;
    case Applicant: m_applicant->firstField()->setFocus(); break;
    case Papers: focusFirstIn(m_papers); break;
    case Fees: m_fees->showPreview(*m_preview); focusFirstIn(m_fees); break;
    case DueDate: showDue(); m_next->setFocus(); break;
    case Review: showReview(); (m_online->isChecked() ? m_online : m_direct)->setFocus(); break;
    case Confirm: prepareConfirmation(); break;
    default: break;
    }
    updateButtons();
    if (index == Confirm)
        (m_save->isEnabled() ? static_cast<QWidget *>(m_save) : m_confirm)->setFocus();
}

void IntakePage::focusStep()
{
    if (m_pages->currentIndex() == ProcedureStep_)
        m_procedure->searchField()->setFocus();
    else
        focusFirstIn(m_pages->currentWidget());
}

void IntakePage::goBack()
{
    if (m_busy || step() == ProcedureStep_ || step() == Done)
        return;
    showMessage({}, false);
    enter(step() - 1);
}

void IntakePage::goNext()
{
    if (m_busy || !m_ready)
        return;
    showMessage({}, false);
    switch (step()) {
    case ProcedureStep_:
        if (m_procedure->selectedCode().isEmpty())
            return showMessage(tr("Choose a procedure from the list first."), true);
        return loadProcedure([this] { enter(Applicant); });
    case Applicant:
        return leaveApplicant();
    case Papers:
        if (m_papers->busy())
            return showMessage(tr("Wait until the scan is stored."), true);
        if (!m_papers->missing().isEmpty())
            return showMessage(tr("These required papers are missing:\n- %1")
                                   .arg(m_papers->missing().join(u"\n- "_s)),
                               true);
        return refreshPreview([this] { enter(Fees); });
    case Fees:
        return refreshPreview([this] { enter(DueDate); });
    case DueDate:
        if (!m_channelProposed) {
            // The citizen can log in with their own account: online is the aim.
            m_channelProposed = true;
            (m_identityPanel->citizenCanLogIn() ? m_online : m_direct)->setChecked(true);
        }
        return refreshPreview([this] { enter(Review); });
    case Review:
        return refreshPreview([this] { enter(Confirm); });
    case Confirm:
        return save();
    default:
        return;
    }
}

void IntakePage::loadProcedure(std::function<void()> then)
{
    const QString code = m_procedure->selectedCode();
    if (code == m_loadedProcedure)
        return then();
    m_busy = true;
    updateButtons();
    m_store.post<Result<std::optional<Procedure>>>(
        [code](Database &db) { return CatalogService(db).procedure(code); }, this,
        [this, code, then](Result<std::optional<Procedure>> found) {
            m_busy = false;
            updateButtons();
            if (!found)
                return showMessage(found.error().message, true);
            if (!found->has_value())
                return showMessage(tr("This procedure is no longer in the catalogue."), true);
            m_loadedProcedure = code;
            m_papers->setProcedure(**found);
            m_preview.reset();
            then();
        });
}

void IntakePage::leaveApplicant()
{
    // A refusal puts the cursor in the field to correct.
    auto refuse = [this](const char *field, const QString &message) {
        if (auto *edit = m_applicant->findChild<QLineEdit *>(QString::fromLatin1(field))) {
            edit->setFocus();
            edit->selectAll();
        }
        showMessage(message, true);
    };
    if (m_applicant->fullName().simplified().isEmpty())
        return refuse("applicantName", tr("Enter the applicant's full name."));
    const QString cccd = Cccd::normalize(m_applicant->cccd());
    if (auto checked = Cccd::check(cccd); !checked)
        return refuse("applicantCccd", checked.error().message);
    if (auto phone = normalizePhoneNumber(m_applicant->phone()); !phone)
        return refuse("applicantPhone", phone.error().message);
    m_busy = true;
    updateButtons();
    // This citizen's earlier scans, to reuse instead of asking for the papers again.
    m_store.post<Result<QList<DigitisedPaper>>>(
        [cccd](Database &db) { return DossierRepository(db).digitisedPapers(cccd); }, this,
        [this, cccd](Result<QList<DigitisedPaper>> earlier) {
            m_busy = false;
            if (Cccd::normalize(m_applicant->cccd()) != cccd)
                return updateButtons(); // another card was scanned meanwhile: ask again
            m_papers->setDigitised(earlier ? *earlier : QList<DigitisedPaper>{});
            if (earlier && !earlier->isEmpty())
                showMessage(tr("%n scan(s) from this citizen's earlier dossiers can be reused.",
                               nullptr, int(earlier->size())), false);
            enter(Papers);
        });
}

DossierDraft IntakePage::draft(bool forConsent) const
{
    DossierDraft d;
    d.procedureCode = m_loadedProcedure;
    d.applicantName = m_applicant->fullName();
    d.applicantCccd = m_applicant->cccd();
    d.applicantPhone = m_applicant->phone();
    d.papers = m_papers->papers();
    d.exemptionCodes = m_fees->exemptions();
    d.feeQuantity = m_fees->quantity();
    if (onlineChosen()) {
        d.channel = Channel::Online;
        d.confirmation = forConsent ? Confirmation::Confirmed : m_confirm->confirmation();
        d.proof = m_confirm->proof();
    }
    return d;
}

bool IntakePage::onlineChosen() const
{
    return m_online->isChecked();
}

void IntakePage::refreshPreview(std::function<void()> then, bool forConsent)
{
    // By default the preview the citizen would consent to: with the online channel, as confirmed.
    const DossierDraft d = draft(forConsent);
    const quint64 serial = ++m_previewSerial;
    m_busy = true;
    updateButtons();
    m_store.post<Result<DossierPreview>>(
        [d, desk = m_desk, rules = m_rules, dir = m_settings.attachmentsDir()](Database &db) {
            return IntakeService(db, rules, dir).preview(d, desk, QDateTime::currentDateTime());
        },
        this, [this, serial, then](Result<DossierPreview> preview) {
            if (serial != m_previewSerial)
                return;
            m_busy = false;
            updateButtons();
            if (!preview)
                return showMessage(preview.error().message, true);
            m_preview = *preview;
            if (then)
                then();
        });
}

void IntakePage::showDue()
{
    const DossierPreview &p = *m_preview;
    QStringList lines;
    lines << tr("Processing time: %n working day(s).", nullptr, p.workingDays);
    if (p.shortenedOnline)
        lines << tr("Shortened by the province for dossiers the citizen submits online (%n "
                    "working day(s) otherwise).", nullptr, p.procedure.processingDays);
    else if (p.procedure.processingDaysOnline >= 0
             && p.procedure.processingDaysOnline < p.procedure.processingDays)
        lines << tr("If the citizen submits online with their own account it takes %n working "
                    "day(s).", nullptr, p.procedure.processingDaysOnline);
    lines << tr("Received: %1").arg(vietnamTime(QDateTime::currentDateTime()));
    lines << tr("Result due: %1").arg(vietnamTime(p.dueAt));
    lines << tr("Weekends, public holidays and the official days off are not counted; a dossier "
                "received after office hours counts from the next working morning.");
    m_due->setText(lines.join(u'\n'));
}

void IntakePage::showReview()
{
    m_summary->setText(m_preview->summaryText);
}

void IntakePage::prepareConfirmation()
{
    const DossierPreview &p = *m_preview;
    m_confirm->prepare(onlineChosen(), Cccd::normalize(m_applicant->cccd()), p.summaryText,
                       p.summaryHash, p.procedure.name, m_identityPanel->activationToken(),
                       m_identityPanel->citizenMayConfirmLater());
    updateButtons();
}

void IntakePage::save()
{
    if (m_busy || !m_ready || step() != Confirm || !m_confirm->readyToSave())
        return;
    const DossierDraft d = draft(false);
    m_busy = true;
    updateButtons();
    showMessage(tr("Saving…"), false);
    m_store.post<Result<SavedDossier>>(
        [d, desk = m_desk, rules = m_rules, dir = m_settings.attachmentsDir()](Database &db) {
            return IntakeService(db, rules, dir).queue(d, desk, QDateTime::currentDateTime());
        },
        this, [this](Result<SavedDossier> saved) {
            m_busy = false;
            if (!saved) {
                updateButtons();
                return showMessage(saved.error().message, true);
            }
            m_saved = *saved;
            const QueuedDossier &q = saved->queued;
            QString how;
            switch (q.confirmation) {
            case Confirmation::Confirmed:
                how = tr("Submitted online by the citizen with their own account.");
                break;
            case Confirmation::Awaiting:
                how = tr("Online, awaiting the citizen's confirmation from their phone.");
                break;
            case Confirmation::None:
                how = tr("Direct intake, recorded by the clerk.");
                break;
            }
            m_done->setText(tr("Dossier %1 saved to the queue. It will be sent at the next sync.\n"
                               "%2\nResult due: %3\nFee: %4 đồng")
                                .arg(q.code, how, vietnamTime(q.dueAt),
                                     FeeCalculator::formatVnd(saved->receipt.feeTotal)));
            showMessage(tr("Dossier %1 saved to the queue.").arg(q.code), false);
            emit dossierQueued(q.code);
            enter(Done);
            m_print->setFocus();
        });
}

void IntakePage::nextCitizen()
{
    m_applicant->clear();
    m_identityPanel->reset();
    m_confirm->reset();
    m_fees->clear();
    m_direct->setChecked(true);
    m_channelProposed = false;
    m_papers->setDigitised({});
    m_loadedProcedure.clear();
    m_preview.reset();
    m_saved.reset();
    m_procedure->clear();
    enter(ProcedureStep_);
}

void IntakePage::scanned(const QString &text)
{
    if (m_busy)
        return showMessage(tr("Wait a moment, then scan the card again."), true);
    if (step() != ProcedureStep_ && step() != Applicant)
        return showMessage(tr("A card was scanned in the middle of a dossier. Finish or start the "
                              "next citizen (Ctrl+N) first."), true);
    auto card = CccdQr::parse(text);
    if (!card)
        return showMessage(card.error().message, true);
    m_applicant->fill(*card);
    showMessage(tr("Card scanned: check the details with the citizen."), false);
    if (step() == Applicant)
        m_applicant->firstField()->setFocus();
}

void IntakePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #a00000; font-weight: bold;"_s : QString());
    m_message->setProperty("error", error);
}

void IntakePage::updateButtons()
{
    const int s = step();
    m_back->setVisible(s != Done);
    m_back->setEnabled(!m_busy && s > ProcedureStep_);
    m_next->setVisible(s < Confirm);
    m_next->setEnabled(!m_busy && m_ready);
    m_save->setVisible(s == Confirm);
    m_save->setEnabled(!m_busy && m_ready && s == Confirm && m_confirm->readyToSave());
}

} // namespace motcua::ui
