#include "SimProcess.h"
#include "TempStore.h"

#include "CitizenWindow.h"
#include "MainWindow.h"
#include "core/Cccd.h"
#include "QueueModel.h"
#include "core/DeskSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGui : public QObject
{
    Q_OBJECT

private:
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
        auto window = std::make_unique<motcua::ui::MainWindow>(settings);
        QSignalSpy ready(window.get(), &motcua::ui::MainWindow::storeReady);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !ready.wait(10000))
            qFatal("the main window did not get ready");
        return window;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam)); }

    void scanAnywhereFillsTheApplicant()
    {
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()));
        motcua::ui::MainWindow &window = *owned;
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
        window.setCredentials({u"canbo01"_s, u"motcua-demo"_s});

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

    void savePathThroughRealWidgets()
    {
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()));
        motcua::ui::MainWindow &window = *owned;

        auto *search = child<QLineEdit>(window, "procedureSearch");
        auto *results = child<QListWidget>(window, "procedureList");
        search->setFocus();
        type(search, u"khai sinh"_s);
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0
                                     && results->item(0)->data(Qt::UserRole) == u"1.001193"_s,
                                 5000);
        QTest::keyClick(search, Qt::Key_Return); // picks the best match, moves to the name
        QCOMPARE(results->currentRow(), 0);
        QTRY_VERIFY(child<QLabel>(window, "procedureDetails")->text().contains(u"Hộ tịch"_s));

        auto *name = child<QLineEdit>(window, "applicantName");
        auto *cccd = child<QLineEdit>(window, "applicantCccd");
        auto *phone = child<QLineEdit>(window, "applicantPhone");
        auto *message = child<QLabel>(window, "messageLabel");
        QVERIFY(name->hasFocus());
        type(name, u"Nguyễn Thị Mai"_s);
        QTest::keyClick(name, Qt::Key_Tab);
        QTest::keyClicks(cccd, u"00118"_s); // too short: refused, nothing saved
        QTest::keyClick(cccd, Qt::Key_Tab);
        QTest::keyClicks(phone, u"0912345678"_s);
        QTest::mouseClick(child<QPushButton>(window, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(message->property("error").toBool());
        QVERIFY(message->text().contains(u"12"_s));
        QCOMPARE(name->text(), u"Nguyễn Thị Mai"_s); // what the clerk typed is kept

        cccd->clear();
        QTest::keyClicks(cccd, u"001185012345"_s);
        QTest::keySequence(&window, QKeySequence::Save);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"XA0001-"_s), 5000);
        QVERIFY(!message->property("error").toBool());
        QVERIFY(name->text().isEmpty());

        // The queue view shows it as queued, and it is really in the store with its outbox entry.
        auto *view = child<QTableView>(window, "queueView");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, motcua::ui::QueueModel::State).data().toString(),
                 u"Queued"_s);
        QCOMPARE(view->model()->index(0, motcua::ui::QueueModel::Applicant).data().toString(),
                 u"Nguyễn Thị Mai"_s);

        auto opened = motcua::Database::open(motcua::DeskSettings(dir.path()).storePath());
        QVERIFY(opened.has_value());
        QCOMPARE(scalar(**opened, u"SELECT count(*) FROM dossier d JOIN outbox o ON "
                                  "o.dossier_id = d.id WHERE o.state = 'queued' AND "
                                  "d.applicant_cccd = '001185012345'"_s).toInt(), 1);
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
