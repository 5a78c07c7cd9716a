#include "KeyboardSession.h"

// What a screen reader and a clerk with low vision need: a name for every control the focus can
// reach, pages that fit a screen at 200 %, a high-contrast theme whose colours really contrast,
// larger text, and the list of keys (F1).
class TestAccessibilityGui : public QObject, private KeyboardSession
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam));
        QAccessible::setActive(true);
    }

    // A screen reader names every control Tab reaches, on every step of the wizard and on the
    // queue page.
    void everyFocusStopHasAName()
    {
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()), u"supervisor"_s);
        MainWindow &window = *owned;
        key(Qt::Key_N, Qt::ControlModifier);
        QStringList unnamed = unnamedFocusStops(window);
        type(u"khai sinh"_s);
        QTest::qWait(400);
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 1, 5000);
        unnamed += unnamedFocusStops(window);
        type(u"Lê Văn Bình"_s);
        key(Qt::Key_Tab);
        type(u"001185012345"_s);
        tabTo(u"applicantPhone"_s);
        type(u"0912345678"_s);
        key(Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 2, 5000);
        unnamed += unnamedFocusStops(window);
        for (const Qt::Key page : {Qt::Key_Q, Qt::Key_R}) {
            key(page, Qt::AltModifier);
            QTest::qWait(100);
            unnamed += unnamedFocusStops(window);
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    // 1920×1080 at 200 % leaves 960×540, less a title bar and a panel: every page and step of
    // the wizard must fit in 960×490 (a step taller than that scrolls rather than being cut).
    void fitsAFullHdScreenAt200Percent()
    {
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()), u"admin"_s);
        MainWindow &window = *owned;
        const QSize available(960, 490);
        QStringList tooBig;
        auto check = [&](const QString &where) {
            const QSize need = window.minimumSizeHint().expandedTo(window.minimumSize());
            qInfo() << where << need;

            if (need.width() > available.width() || need.height() > available.height())
                tooBig.append(where + u' ' + QString::number(need.width()) + u'x'
                              + QString::number(need.height()));
        };
        check(u"procedure"_s);
        type(u"khai sinh"_s);
        QTest::qWait(400);
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 1, 5000);
        check(u"applicant"_s);
        type(u"Lê Văn Bình"_s);
        key(Qt::Key_Tab);
        type(u"001185012345"_s);
        tabTo(u"applicantPhone"_s);
        type(u"0912345678"_s);
        key(Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 2, 5000);
        check(u"papers"_s);
        auto *tabs = window.findChild<QTabWidget *>(u"pages"_s);
        for (int i = 1; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            check(tabs->tabText(i));
        }
        QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(u", "_s)));
    }

    // F1 lists the shortcuts; the high-contrast theme is on with Ctrl+Shift+H, every colour pair
    // of it at least 7:1 (WCAG AAA), saved for the desk; Ctrl+= makes the text larger.
    void shortcutsThemeAndTextSize()
    {
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()));
        MainWindow &window = *owned;
        const qreal before = QApplication::font().pointSizeF();
        key(Qt::Key_F1);
        QTRY_VERIFY(window.findChild<QDialog *>());
        auto *table = window.findChild<QTableWidget *>(u"shortcutTable"_s);
        QVERIFY(table->rowCount() >= 15);
        QVERIFY(!table->findItems(u"Ctrl+N"_s, Qt::MatchExactly).isEmpty());
        // The dialog is modal: Escape, wherever the focus is inside it, closes it.
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *modal = QApplication::activeModalWidget();
        QTest::keyClick(modal->focusWidget() ? modal->focusWidget() : modal, Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        key(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        const QPalette p = QApplication::palette();
        using motcua::ui::contrastRatio;
        QVERIFY(contrastRatio(p.color(QPalette::Window), p.color(QPalette::WindowText)) >= 7);
        QVERIFY(contrastRatio(p.color(QPalette::Base), p.color(QPalette::Text)) >= 7);
        QVERIFY(contrastRatio(p.color(QPalette::Button), p.color(QPalette::ButtonText)) >= 7);
        QVERIFY(contrastRatio(p.color(QPalette::Highlight), p.color(QPalette::HighlightedText)) >= 7);
        QVERIFY(contrastRatio(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base))
                >= 4.5);
        QCOMPARE(window.palette().color(QPalette::Window), QColor(Qt::black));
        QTRY_VERIFY(motcua::DeskSettings(dir.path()).highContrast()); // written off the GUI thread

        key(Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(QApplication::font().pointSizeF(), before * 1.25);
        QTRY_COMPARE(motcua::DeskSettings(dir.path()).textScale(), 1.25);
        key(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(QApplication::font().pointSizeF(), before);
        key(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(contrastRatio(QApplication::palette().color(QPalette::Window), Qt::black) > 7);
        QTRY_VERIFY(!motcua::DeskSettings(dir.path()).highContrast());
    }
};

QTEST_MAIN(TestAccessibilityGui)
#include "tst_accessibility_gui.moc"
