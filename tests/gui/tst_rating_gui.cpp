#include "MemorySecretStore.h"
#include "StoreKeys.h"
#include "TempStore.h"

#include "CitizenWindow.h"
#include "IntakePage.h"
#include "MainWindow.h"
#include "PaperChecklist.h"
#include "RatingPanel.h"
#include "RatingRecorder.h"
#include "ReportsPage.h"
#include "core/DeskSettings.h"
#include "store/Sealing.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using motcua::ui::CitizenWindow;
using motcua::ui::MainWindow;
using motcua::ui::RatingPanel;
using motcua::ui::RatingRecorder;

// The citizen rates the service on their own window once the dossier is saved: one rating per
// service with its score and dossier code, the comment sealed; the next citizen, a question left
// alone and a locked desk store nothing.
class TestRatingGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QString m_code; // of the dossier saved last

    template<typename T>
    T *child(QWidget *w, const char *name)
    {
        T *found = w->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }

    CitizenWindow *citizen() { return m_window->citizenWindow(); }
    RatingPanel *panel() { return citizen()->ratingPanel(); }
    int step() { return child<QStackedWidget>(m_window.get(), "wizardPages")->currentIndex(); }

    // A store connection of the test's own, beside the window's.
    std::unique_ptr<motcua::Database> openStore()
    {
        auto opened = motcua::Database::open(motcua::DeskSettings(m_dir.path()).storePath());
        if (!opened)
            qFatal("cannot open the store");
        return std::move(*opened);
    }

    int ratings(const QString &where = u"1"_s)
    {
        auto db = openStore();
        return scalar(*db, u"SELECT count(*) FROM rating WHERE "_s + where).toInt();
    }

    // The clerk's window in front (its shortcuts work only there), the citizen's still shown.
    void activateDesk()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void next()
    {
        auto *button = child<QPushButton>(m_window.get(), "nextButton");
        QTRY_VERIFY(!button->isVisible() || button->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::ALT | Qt::Key_Right));
    }

    // Ctrl+N, then a direct intake through the whole wizard, saved with Ctrl+S: its code in
    // m_code.
    void saveDossier()
    {
        m_code.clear();
        activateDesk();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_N));
        auto *search = child<QLineEdit>(m_window.get(), "procedureSearch");
        auto *results = child<QListWidget>(m_window.get(), "procedureList");
        search->setText(u"1.001193"_s);
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0
                                     && results->item(0)->data(Qt::UserRole) == u"1.001193"_s,
                                 5000);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(step(), 1, 5000);
        child<QLineEdit>(m_window.get(), "applicantName")->setText(u"Lê Thị Thu"_s);
        child<QLineEdit>(m_window.get(), "applicantCccd")->setText(u"001185012345"_s);
        child<QLineEdit>(m_window.get(), "applicantPhone")->setText(u"0912345678"_s);
        next();
        QTRY_COMPARE(step(), 2);
        auto *intake = m_window->findChild<motcua::ui::IntakePage *>();
        intake->papers()->setForm(0, motcua::PaperForm::OriginalSeen);
        intake->papers()->setForm(1, motcua::PaperForm::CopyKept);
        for (int s = 3; s <= 6; ++s) {
            next();
            QTRY_COMPARE(step(), s);
        }
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QTRY_COMPARE_WITH_TIMEOUT(step(), 7, 5000);
        m_code = intake->lastSaved()->queued.code;
    }

    void send(QWidget *target, const QString &code)
    {
        QSignalSpy recorded(m_window->findChild<RatingRecorder *>(), &RatingRecorder::recorded);
        if (auto *button = qobject_cast<QPushButton *>(target))
            QTest::mouseClick(button, Qt::LeftButton);
        else
            QTest::keyClick(target, Qt::Key_Return);
        QVERIFY(recorded.wait(5000));
        QCOMPARE(recorded.first().first().toString(), code);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam));
        motcua::DeskSettings settings(m_dir.path());
        settings.setServerUrl(QUrl(u"http://127.0.0.1:9"_s)); // no provincial system needed
        m_window = std::make_unique<MainWindow>(settings, m_secrets);
        m_window->signInAs({u"canbo01"_s, u"Nguyễn Thị Demo"_s, u"clerk"_s, u"XA0001"_s, true, {}},
                           {u"canbo01"_s, u"motcua-demo"_s});
        QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(ready.wait(10000));
        citizen()->show();
        QVERIFY(QTest::qWaitForWindowExposed(citizen()));
        QVERIFY(panel()->isHidden()); // nothing asked before a service
    }

    void aButtonStoresOneRatingWithItsCommentSealed()
    {
        saveDossier();
        QVERIFY(!m_code.isEmpty());
        const QString code = m_code;
        QTRY_VERIFY(panel()->isVisible());
        QVERIFY(child<QLabel>(citizen(), "ratingQuestion")->text().contains(u"satisfied"_s));
        QVERIFY(child<QLabel>(citizen(), "citizenTitle")->isHidden());
        auto *sendButton = child<QPushButton>(citizen(), "ratingSend");
        QVERIFY(!sendButton->isEnabled()); // an answer first
        for (const char *name : {"ratingSatisfied", "ratingNormal", "ratingNotSatisfied"})
            QVERIFY(!child<QPushButton>(citizen(), name)->accessibleName().isEmpty());

        QTest::mouseClick(child<QPushButton>(citizen(), "ratingSatisfied"), Qt::LeftButton);
        QVERIFY(sendButton->isEnabled());
        const QString comment = u"Chị Hạnh ở quầy 2 giải thích rất dễ hiểu"_s;
        child<QLineEdit>(citizen(), "ratingComment")->setText(comment);
        send(sendButton, code);
        QVERIFY(child<QLabel>(citizen(), "ratingThanks")->isVisible());

        QCOMPARE(ratings(), 1);
        auto db = openStore();
        QCOMPARE(scalar(*db, u"SELECT dossier_code || '/' || score || '/' || sync_state FROM rating"_s)
                     .toString(), code + u"/1/pending"_s);
        // Sealed in the file: neither the database nor its write-ahead log has the text.
        const QString stored = scalar(*db, u"SELECT comment FROM rating"_s).toString();
        QVERIFY(motcua::Vault::isSealed(stored));
        const auto vault = storeVault(m_secrets, *db);
        QVERIFY(vault);
        QCOMPARE(QString::fromUtf8(*vault->open(stored, motcua::sealed::ratingComment)), comment);
        const QString path = motcua::DeskSettings(m_dir.path()).storePath();
        for (const QString &file : QStringList{path, path + u"-wal"_s}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(comment.toUtf8()));
            QVERIFY(!bytes.contains(u"giải thích rất dễ hiểu"_s.toUtf8()));
        }

        // The thank-you goes (its timer restarted shorter), and the window welcomes the next.
        panel()->setTimeouts(RatingPanel::kIdleMs, 50);
        QTRY_VERIFY(panel()->isHidden());
        QVERIFY(child<QLabel>(citizen(), "citizenTitle")->text().contains(u"Welcome"_s));
    }

    void key2ThenEnterStoresNormal()
    {
        panel()->setTimeouts(RatingPanel::kIdleMs, 100);
        saveDossier();
        QVERIFY(!m_code.isEmpty());
        const QString code = m_code;
        QTRY_VERIFY(panel()->isVisible());
        QTest::keyClick(panel(), Qt::Key_2);
        QCOMPARE(panel()->chosen(), 2);
        QVERIFY(child<QPushButton>(citizen(), "ratingNormal")->isChecked());
        QTest::keyClick(panel(), Qt::Key_3); // a change of mind before sending
        QTest::keyClick(panel(), Qt::Key_2);
        send(panel(), code);
        QTest::keyClick(panel(), Qt::Key_1); // the thank-you: keys do nothing more
        QTRY_VERIFY(panel()->isHidden());
        QVERIFY(child<QLabel>(citizen(), "citizenTitle")->text().contains(u"Welcome"_s));
        QCOMPARE(ratings(u"dossier_code = '%1'"_s.arg(code)), 1);
        QCOMPARE(ratings(u"dossier_code = '%1' AND score = 2 AND comment IS NULL"_s.arg(code)), 1);
        QCOMPARE(ratings(), 2);
    }

    void nextCitizenOrNobodyAnsweringStoresNothing()
    {
        saveDossier();
        QVERIFY(!m_code.isEmpty());
        QTRY_VERIFY(panel()->isVisible());
        QTest::keyClick(panel(), Qt::Key_1); // chosen, not sent
        activateDesk();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QVERIFY(panel()->isHidden());
        QVERIFY(child<QLabel>(citizen(), "citizenTitle")->isVisible());

        panel()->setTimeouts(200, 100);
        saveDossier();
        QVERIFY(!m_code.isEmpty());
        QTRY_VERIFY(panel()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->isHidden(), 3000); // nobody answered
        QVERIFY(child<QLabel>(citizen(), "citizenTitle")->text().contains(u"Welcome"_s));
        QTest::qWait(300);
        QCOMPARE(ratings(), 2); // those of the tests before only
    }

    // The Reports page counts them for the period and the desk's unit.
    void theReportsPageShowsTheCounts()
    {
        motcua::ui::ReportsPage page(motcua::DeskSettings(m_dir.path()).storePath(), u"XA0001"_s);
        QSignalSpy ready(&page, &motcua::ui::ReportsPage::reportReady);
        page.run(); // this month
        QVERIFY(ready.wait(20000));
        const QString text = child<QLabel>(&page, "reportSatisfaction")->text();
        QVERIFY2(text.contains(u"1 satisfied, 1 normal, 0 not satisfied"_s), qPrintable(text));
        QVERIFY2(text.contains(u"50.00% satisfied of 2 ratings"_s), qPrintable(text));
    }

    void aLockedDeskShowsAndTakesNothing()
    {
        panel()->setTimeouts(RatingPanel::kIdleMs, 100);
        saveDossier();
        QVERIFY(!m_code.isEmpty());
        QTRY_VERIFY(panel()->isVisible());
        activateDesk();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_VERIFY(citizen()->isBlanked());
        auto *blank = child<QWidget>(citizen(), "citizenBlank");
        QVERIFY(blank->isVisible());
        QCOMPARE(blank->geometry(), citizen()->rect()); // covers the question
        QVERIFY(!child<QPushButton>(citizen(), "ratingSatisfied")->isEnabled());
        QTest::mouseClick(child<QPushButton>(citizen(), "ratingSatisfied"), Qt::LeftButton);
        QTest::keyClick(panel(), Qt::Key_1);
        QTest::keyClick(panel(), Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(panel()->chosen(), 0);
        QCOMPARE(ratings(), 2);
    }
};

QTEST_MAIN(TestRatingGui)
#include "tst_rating_gui.moc"
