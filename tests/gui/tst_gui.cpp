#include "TempStore.h"

#include "MainWindow.h"
#include "QueueModel.h"
#include "core/DeskSettings.h"

#include <QApplication>
#include <QInputMethodEvent>
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

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam)); }

    void savePathThroughRealWidgets()
    {
        QTemporaryDir dir;
        motcua::ui::MainWindow window{motcua::DeskSettings(dir.path())};
        QSignalSpy ready(&window, &motcua::ui::MainWindow::storeReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.wait(10000));

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
