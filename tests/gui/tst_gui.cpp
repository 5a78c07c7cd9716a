#include "MemorySecretStore.h"
#include "SimProcess.h"
#include "StoreKeys.h"
#include "TempStore.h"

#include "CitizenWindow.h"
#include "IntakePage.h"
#include "MainWindow.h"
#include "PaperChecklist.h"
#include "core/Cccd.h"
#include "QueueModel.h"
#include "core/DeskSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGui : public QObject
{
    Q_OBJECT

private:
    static MemorySecretStore &secrets()
    {
        static MemorySecretStore store;
        return store;
    }

    template<typename T>
    T *child(QWidget &w, const char *name)
    {
        T *found = w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }

    // A USB scanner: one key event per character, as fast as it can, then Enter. Letters
    // outside ASCII arrive as key events carrying the text.
    static void scan(QWidget *w, const QString &text)
    {
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, c.unicode() < 0x80 ? QChar(c).toUpper().unicode() : 0,
                            Qt::NoModifier, QString(c));
            QApplication::sendEvent(w, &press);
        }
        QTest::keyClick(w, Qt::Key_Return);
    }

    // Types like a clerk: plain keys for ASCII, and the input method's committed text for
    // Vietnamese letters (as IBus/Unikey deliver them).
    static void type(QWidget *w, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(w, char(c.unicode()));
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QApplication::sendEvent(w, &commit);
            }
        }
    }

    // The real main window on a desk folder, shown, with its store open and catalogue loaded.
    static std::unique_ptr<motcua::ui::MainWindow> openWindow(const motcua::DeskSettings &settings)
    {
        auto window = std::make_unique<motcua::ui::MainWindow>(settings, secrets());
        // Signed in already (no dialog): these tests are about the work, tst_signin_gui about
        // signing in.
        window->signInAs({u"canbo01"_s, u"Nguyễn Thị Demo"_s, u"admin"_s, u"XA0001"_s, true, {}},
                         {u"canbo01"_s, u"motcua-demo"_s});
        QSignalSpy ready(window.get(), &motcua::ui::MainWindow::storeReady);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !ready.wait(10000))
            qFatal("the main window did not get ready");
        return window;
    }

    // Step 1 of the wizard by keyboard: find the procedure, Enter takes the best match and moves
    // on to the applicant.
    void chooseProcedure(motcua::ui::MainWindow &window, const QString &query, const QString &code)
    {
        auto *search = child<QLineEdit>(window, "procedureSearch");
        auto *results = child<QListWidget>(window, "procedureList");
        search->setFocus();
        type(search, query);
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0
                                     && results->item(0)->data(Qt::UserRole) == code, 5000);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(window, "applicantName")->isVisible(), 5000);
    }

    // Alt+Right, once the step is ready (a preview may still be computing on the store thread).
    void next(QWidget &window)
    {
        auto *button = child<QPushButton>(window, "nextButton");
        QTRY_VERIFY(!button->isVisible() || button->isEnabled());
        QTest::keySequence(&window, QKeySequence(Qt::ALT | Qt::Key_Right));
    }

    static int currentStep(motcua::ui::MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(u"wizardPages"_s)->currentIndex();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam)); }

    void scanAnywhereFillsTheApplicant()
    {
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()));
        motcua::ui::MainWindow &window = *owned;
        chooseProcedure(window, u"khai sinh"_s, u"1.001193"_s);
        auto *phone = child<QLineEdit>(window, "applicantPhone");
        auto *name = child<QLineEdit>(window, "applicantName");
        auto *message = child<QLabel>(window, "messageLabel");
        phone->setFocus();
        QTest::keyClicks(phone, u"0912"_s); // the clerk had started typing the phone
        QTest::qWait(100);                   // … and a moment later scans the card

        // A garbled (cut-short) scan fills nothing and says why.
        scan(phone, u"079303000123||Trần Thị Ngọc Ánh|0105"_s);
        QTRY_VERIFY(message->property("error").toBool());
        QVERIFY(name->text().isEmpty());
        QCOMPARE(phone->text(), u"0912"_s);
        QTest::qWait(100);

        // A good scan, typed into the phone field, fills the applicant in one go.
        scan(phone, u"079303000123|025123456|Trần Thị Ngọc Ánh|01052003|Nữ|"
                    "12 Lý Tự Trọng, Phường Bến Nghé, TP. Hồ Chí Minh|15082021"_s);
        QCOMPARE(name->text(), u"Trần Thị Ngọc Ánh"_s);
        QCOMPARE(child<QLineEdit>(window, "applicantCccd")->text(), u"079303000123"_s);
        QCOMPARE(child<QLineEdit>(window, "applicantOldId")->text(), u"025123456"_s);
        QCOMPARE(child<QLineEdit>(window, "applicantDateOfBirth")->text(), u"01/05/2003"_s);
        QCOMPARE(child<QComboBox>(window, "applicantSex")->currentData().toInt(),
                 int(motcua::Sex::Female));
        QVERIFY(child<QLineEdit>(window, "applicantAddress")->text().startsWith(u"12 Lý"_s));
        QCOMPARE(phone->text(), u"0912"_s); // the scan did not land in the phone field
        QVERIFY(!message->property("error").toBool());

        // Ctrl+N: next citizen clears everything, the citizen's screen included.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_N));
        QVERIFY(name->text().isEmpty());
        QVERIFY(window.citizenWindow()->findChild<QLineEdit *>(u"citizenCode"_s)->isHidden());
        QCOMPARE(currentStep(window), 0);
        QVERIFY(child<QLineEdit>(window, "procedureSearch")->hasFocus());
    }

    void citizenActivatesOnTheirOwnScreen()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        const QJsonObject c = sim.getJson(u"/test/citizens"_s, u"status=not_activated&limit=1"_s)
                                  .value(u"citizens"_s).toArray().first().toObject();
        QTemporaryDir dir;
        motcua::DeskSettings settings(dir.path());
        settings.setServerUrl(sim.url());
        auto owned = openWindow(settings);
        motcua::ui::MainWindow &window = *owned;
        chooseProcedure(window, u"khai sinh"_s, u"1.001193"_s);

        child<QLineEdit>(window, "applicantName")->setText(c.value(u"HoVaTen"_s).toString());
        child<QLineEdit>(window, "applicantCccd")->setText(c.value(u"SoDinhDanh"_s).toString());
        child<QLineEdit>(window, "applicantPhone")->setText(c.value(u"SoDienThoai"_s).toString());
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K)); // check identity
        auto *activate = child<QPushButton>(window, "activateButton");
        QTRY_VERIFY_WITH_TIMEOUT(activate->isVisible(), 10000);
        QVERIFY(child<QLabel>(window, "identityResult")->text().contains(u"not activated"_s));
        QTest::mouseClick(activate, Qt::LeftButton);

        motcua::ui::CitizenWindow *citizen = window.citizenWindow();
        auto *code = citizen->findChild<QLineEdit *>(u"citizenCode"_s);
        QTRY_VERIFY_WITH_TIMEOUT(citizen->isVisible() && code->isVisible(), 10000);
        const QString sent = sim.getJson(u"/test/sent-codes"_s).value(u"codes"_s).toArray()
                                 .first().toObject().value(u"code"_s).toString();
        QCOMPARE(sent.size(), 6);

        // The clerk's window has no field for the code.
        for (QLineEdit *e : window.findChildren<QLineEdit *>())
            QVERIFY(!e->text().contains(sent));

        code->setText(sent == u"000000"_s ? u"111111"_s : u"000000"_s); // a wrong code first
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(code->isEnabled() && code->text().isEmpty(), 10000);
        code->setText(sent);
        QTest::keyClick(code, Qt::Key_Return);
        auto *status = child<QLabel>(window, "identityStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"activated"_s), 10000);
        QVERIFY(child<QLabel>(window, "identityResult")->text().contains(u"VNeID active"_s));
        QVERIFY(citizen->findChild<QLabel *>(u"citizenTitle"_s)->text().contains(u"Done"_s));
        // Nothing on either screen shows the code.
        for (QWidget *w : {static_cast<QWidget *>(&window), static_cast<QWidget *>(citizen)}) {
            for (QLabel *l : w->findChildren<QLabel *>())
                QVERIFY(!l->text().contains(sent));
        }
    }

    // The whole wizard by keyboard, direct intake: a refused CCCD, the missing-papers block, a
    // refused file, a real scan attached, fees, due date, review, save, receipt.
    void wizardDirectIntakeWithScan()
    {
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()));
        motcua::ui::MainWindow &window = *owned;
        auto *intake = window.findChild<motcua::ui::IntakePage *>();
        chooseProcedure(window, u"khai sinh"_s, u"1.001193"_s);
        QCOMPARE(currentStep(window), 1);

        auto *name = child<QLineEdit>(window, "applicantName");
        auto *cccd = child<QLineEdit>(window, "applicantCccd");
        auto *phone = child<QLineEdit>(window, "applicantPhone");
        auto *message = child<QLabel>(window, "messageLabel");
        QVERIFY(name->hasFocus());
        type(name, u"Nguyễn Thị Mai"_s);
        QTest::keyClick(name, Qt::Key_Tab);
        QTest::keyClicks(cccd, u"00118"_s); // too short: the wizard does not go on
        phone->setText(u"0912345678"_s);
        next(window);
        QTRY_VERIFY(message->property("error").toBool());
        QVERIFY(message->text().contains(u"12"_s));
        QCOMPARE(currentStep(window), 1);
        QCOMPARE(name->text(), u"Nguyễn Thị Mai"_s); // what the clerk typed is kept
        cccd->setText(u"001185012345"_s);
        next(window);
        QTRY_COMPARE(currentStep(window), 2);

        // Papers: nothing provided yet, so the wizard lists what is missing.
        motcua::ui::PaperChecklist *papers = intake->papers();
        QCOMPARE(papers->rowCount(), 4); // TK, GCS required; GCNKH, UQ optional
        next(window);
        QTRY_VERIFY(message->property("error").toBool());
        QVERIFY(message->text().contains(u"Tờ khai"_s));
        QCOMPARE(currentStep(window), 2);

        // A program renamed .pdf is refused by content; a real PDF is stored.
        const QString fake = dir.filePath(u"to-khai.pdf"_s);
        QVERIFY(QFile::copy(u"/bin/true"_s, fake));
        papers->attachScan(0, fake);
        QTRY_VERIFY_WITH_TIMEOUT(message->property("error").toBool() && !papers->busy(), 5000);
        QVERIFY(papers->papers().isEmpty());
        const QString pdf = dir.filePath(u"scan.pdf"_s);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n");
        f.close();
        papers->attachScan(0, pdf);
        QTRY_VERIFY_WITH_TIMEOUT(!papers->busy() && papers->papers().size() == 1, 5000);
        QVERIFY(!message->property("error").toBool());
        // The second paper by keyboard: Tab from the first row's choice and its Attach button,
        // then "Copy kept" is two steps down the list.
        child<QComboBox>(window, "paperHow0")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(window, "paperAttach0"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *how = child<QComboBox>(window, "paperHow1");
        QCOMPARE(QApplication::focusWidget(), how);
        QTest::keyClick(how, Qt::Key_Down);
        QTest::keyClick(how, Qt::Key_Down);
        QCOMPARE(papers->papers().size(), 2);
        QCOMPARE(papers->papers().at(1).form, motcua::PaperForm::CopyKept);
        next(window);
        QTRY_COMPARE(currentStep(window), 3); // fees
        QTRY_VERIFY(child<QLabel>(window, "feeBreakdown")->text().contains(u"no fee"_s));
        next(window);
        QTRY_COMPARE(currentStep(window), 4); // due date
        QVERIFY(child<QLabel>(window, "dueDate")->text().contains(u"Result due"_s));
        next(window);
        QTRY_COMPARE(currentStep(window), 5); // review
        QVERIFY(child<QLabel>(window, "reviewSummary")->text().contains(u"Nguyễn Thị Mai"_s));
        QVERIFY(child<QRadioButton>(window, "channelDirect")->isChecked());
        next(window);
        QTRY_COMPARE(currentStep(window), 6); // confirmation: direct intake needs none
        QVERIFY(child<QLabel>(window, "confirmStatus")->text().contains(u"NOT counted"_s));
        QTest::keySequence(&window, QKeySequence::Save);
        QTRY_COMPARE_WITH_TIMEOUT(currentStep(window), 7, 5000);
        const auto saved = intake->lastSaved();
        QVERIFY(saved.has_value());
        QVERIFY(child<QLabel>(window, "doneLabel")->text().contains(saved->queued.code));
        QCOMPARE(saved->receipt.papers.size(), 2);
        QCOMPARE(saved->receipt.channel, motcua::Channel::Direct);

        // The queue shows it, and the store has it with its scan.
        auto *view = child<QTableView>(window, "queueView");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, motcua::ui::QueueModel::Applicant).data().toString(),
                 u"Nguyễn Thị Mai"_s);
        auto opened = motcua::Database::open(motcua::DeskSettings(dir.path()).storePath());
        QVERIFY(opened.has_value());
        // Found by the ID number's look-up key, under the key the window put in the keychain.
        const auto vault = storeVault(secrets(), **opened);
        QVERIFY(vault);
        QCOMPARE(scalar(**opened, u"SELECT count(*) FROM dossier d JOIN outbox o ON "
                                  "o.dossier_id = d.id WHERE o.state = 'queued' AND "
                                  "d.applicant_cccd = '%1' AND d.channel = 1"_s
                                      .arg(vault->lookupKey(u"001185012345"_s))).toInt(), 1);
        QCOMPARE(scalar(**opened, u"SELECT count(*) FROM dossier_paper WHERE sha256 IS NOT NULL"_s)
                     .toInt(), 1);
        // The audit log has the clerk's sign-in and the submission, under the dossier's code.
        QCOMPARE(scalar(**opened, u"SELECT count(*) FROM audit_log WHERE kind = 'submission' "
                                  "AND subject = '%1'"_s.arg(saved->queued.code)).toInt(), 1);
        QCOMPARE(scalar(**opened, u"SELECT count(*) FROM audit_log WHERE kind = 'sign_in'"_s)
                     .toInt(), 1);

        // Next citizen: back to an empty first step.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_N));
        QCOMPARE(currentStep(window), 0);
        QVERIFY(name->text().isEmpty());
    }

    // Online, "không làm thay": the citizen reads the summary on their own screen, agrees, types
    // the code sent to their own phone; the dossier is filed online under their account and the
    // provincial system counts it as the monitor does.
    void wizardOnlineConfirmedByTheCitizen()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        const QJsonObject c = sim.getJson(u"/test/citizens"_s, u"status=active&limit=1"_s)
                                  .value(u"citizens"_s).toArray().first().toObject();
        QTemporaryDir dir;
        motcua::DeskSettings settings(dir.path());
        settings.setServerUrl(sim.url());
        auto owned = openWindow(settings);
        motcua::ui::MainWindow &window = *owned;
        auto *intake = window.findChild<motcua::ui::IntakePage *>();
        chooseProcedure(window, u"1.012783"_s, u"1.012783"_s);
        child<QLineEdit>(window, "applicantName")->setText(c.value(u"HoVaTen"_s).toString());
        child<QLineEdit>(window, "applicantCccd")->setText(c.value(u"SoDinhDanh"_s).toString());
        child<QLineEdit>(window, "applicantPhone")->setText(c.value(u"SoDienThoai"_s).toString());
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K)); // check identity
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(window, "identityResult")->text()
                                     .contains(u"VNeID active"_s), 10000);
        next(window);
        QTRY_COMPARE(currentStep(window), 2);
        intake->papers()->setForm(0, motcua::PaperForm::CopyKept);
        intake->papers()->setForm(1, motcua::PaperForm::OriginalSeen);
        next(window);
        QTRY_COMPARE(currentStep(window), 3);
        next(window);
        QTRY_COMPARE(currentStep(window), 4);
        next(window);
        QTRY_COMPARE(currentStep(window), 5);
        // The citizen can log in: online is proposed, with the online fee in the summary.
        QVERIFY(child<QRadioButton>(window, "channelOnline")->isChecked());
        QTRY_VERIFY(child<QLabel>(window, "reviewSummary")->text().contains(u"405.000 đồng"_s));
        next(window);
        QTRY_COMPARE(currentStep(window), 6);
        auto *save = child<QPushButton>(window, "saveButton");
        QVERIFY(!save->isEnabled()); // not without the citizen

        QTest::mouseClick(child<QPushButton>(window, "confirmShow"), Qt::LeftButton);
        motcua::ui::CitizenWindow *citizen = window.citizenWindow();
        auto *summary = citizen->findChild<QLabel *>(u"citizenSummary"_s);
        QTRY_VERIFY(citizen->isVisible() && summary->isVisible());
        QVERIFY(summary->text().contains(c.value(u"HoVaTen"_s).toString()));
        QTest::mouseClick(citizen->findChild<QPushButton *>(u"citizenAgree"_s), Qt::LeftButton);
        auto *code = citizen->findChild<QLineEdit *>(u"citizenCode"_s);
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 10000);
        const QString sent = sim.getJson(u"/test/sent-codes"_s).value(u"codes"_s).toArray()
                                 .last().toObject().value(u"code"_s).toString();
        QCOMPARE(sent.size(), 6);
        code->setText(sent);
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        QVERIFY(child<QLabel>(window, "confirmStatus")->text().contains(u"confirmed"_s));
        // The clerk's window comes back to the front with Save focused: Ctrl+S saves.
        QTRY_VERIFY(save->hasFocus());
        QTest::keySequence(&window, QKeySequence::Save);
        QTRY_VERIFY2_WITH_TIMEOUT(currentStep(window) == 7,
                                  qPrintable(child<QLabel>(window, "messageLabel")->text()), 5000);
        const auto saved = intake->lastSaved();
        QCOMPARE(saved->queued.confirmation, motcua::Confirmation::Confirmed);
        QVERIFY(saved->receipt.citizenConfirmed);
        QCOMPARE(saved->receipt.feeTotal, 405000);

        // Sync (F5 on the queue) and the provincial system counts it as the citizen's own.
        window.findChild<QTabWidget *>(u"pages"_s)->setCurrentIndex(1);
        QTest::keyClick(child<QTableView>(window, "queueView"), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(sim.getJson(u"/admin/stats"_s)
                                      .value(u"online_citizen_confirmed"_s).toInt(), 1, 15000);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"online"_s).toInt(), 1);
    }

    // Offline: the citizen cannot confirm now, so the dossier is queued as awaiting their
    // confirmation from their own phone.
    void wizardOfflineQueuesAwaitingTheCitizen()
    {
        QTemporaryDir dir;
        motcua::DeskSettings settings(dir.path());
        settings.setServerUrl(QUrl(u"http://127.0.0.1:9"_s)); // nothing listens there
        auto owned = openWindow(settings);
        motcua::ui::MainWindow &window = *owned;
        auto *intake = window.findChild<motcua::ui::IntakePage *>();
        chooseProcedure(window, u"khai sinh"_s, u"1.001193"_s);
        child<QLineEdit>(window, "applicantName")->setText(u"Đỗ Văn Hùng"_s);
        child<QLineEdit>(window, "applicantCccd")->setText(u"001185012345"_s);
        child<QLineEdit>(window, "applicantPhone")->setText(u"0912345678"_s);
        next(window);
        QTRY_COMPARE(currentStep(window), 2);
        intake->papers()->setForm(0, motcua::PaperForm::OriginalSeen);
        intake->papers()->setForm(1, motcua::PaperForm::CopyKept);
        for (int s = 3; s <= 5; ++s) {
            next(window);
            QTRY_COMPARE(currentStep(window), s);
        }
        child<QRadioButton>(window, "channelOnline")->setChecked(true);
        next(window);
        QTRY_COMPARE(currentStep(window), 6);
        QTest::mouseClick(child<QPushButton>(window, "confirmShow"), Qt::LeftButton);
        motcua::ui::CitizenWindow *citizen = window.citizenWindow();
        QTRY_VERIFY(citizen->findChild<QPushButton *>(u"citizenAgree"_s)->isVisible());
        QTest::mouseClick(citizen->findChild<QPushButton *>(u"citizenAgree"_s), Qt::LeftButton);
        auto *status = child<QLabel>(window, "confirmStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool(), 15000);
        QVERIFY(status->text().contains(u"offline"_s));
        auto *save = child<QPushButton>(window, "saveButton");
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, "confirmAwaiting"), Qt::LeftButton);
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(currentStep(window), 7, 5000);
        QCOMPARE(intake->lastSaved()->queued.confirmation, motcua::Confirmation::Awaiting);
        auto opened = motcua::Database::open(settings.storePath());
        QCOMPARE(scalar(**opened, u"SELECT confirmation || '/' || channel FROM dossier"_s).toString(),
                 u"awaiting/2"_s);
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
