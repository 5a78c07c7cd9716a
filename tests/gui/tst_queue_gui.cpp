#include "TempStore.h"
#include "security/StoreUnlock.h"

#include "QueueModel.h"
#include "QueuePage.h"
#include "ReceiptPreview.h"
#include "ReceiptPrinter.h"
#include "intake/IntakeService.h"
#include "store/StoreThread.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPrinter>
#include <QProgressBar>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using motcua::ui::QueueModel;

// The queue page on a real store: the channel column, and the reprint of a receipt through the
// headless path (PDF written off the GUI thread) and the print preview.
namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed (Debian: poppler-utils)");
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

motcua::DossierDraft draft(TempStore &store, const QString &name)
{
    motcua::DossierDraft d;
    d.procedureCode = u"1.001193"_s;
    d.applicantName = name;
    d.applicantCccd = u"048185000321"_s;
    d.applicantPhone = u"0905123456"_s;
    return withRequiredPapers(store.db(), d);
}

} // namespace

class TestQueueGui : public QObject
{
    Q_OBJECT

private:
    TempStore m_store;
    QList<motcua::SavedDossier> m_saved; // [0] direct intake, [1] online awaiting the citizen
    std::unique_ptr<motcua::StoreThread> m_thread;
    std::unique_ptr<motcua::ui::QueuePage> m_page;

    QTableView *view() { return m_page->findChild<QTableView *>(u"queueView"_s); }
    QString cell(int row, int column) { return view()->model()->index(row, column).data().toString(); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam));
        motcua::IntakeService intake(m_store.db());
        const motcua::DeskIdentity desk;
        auto direct = intake.queue(draft(m_store, u"Võ Thị Lan"_s), desk,
                                   QDateTime::currentDateTime());
        QVERIFY2(direct, qPrintable(direct ? QString() : direct.error().message));
        motcua::DossierDraft online = draft(m_store, u"Trần Văn Bình"_s);
        online.channel = motcua::Channel::Online;
        online.confirmation = motcua::Confirmation::Awaiting;
        auto awaiting = intake.queue(online, desk, QDateTime::currentDateTime());
        QVERIFY2(awaiting, qPrintable(awaiting ? QString() : awaiting.error().message));
        m_saved = {*direct, *awaiting};
        m_store.close(); // from here on the page's store thread owns the store

        m_thread = std::make_unique<motcua::StoreThread>(m_store.path());
        bool opened = false;
        m_thread->open(this, [&opened](motcua::Result<void> ok) { opened = bool(ok); });
        QTRY_VERIFY(opened);
        bool unlocked = false;
        m_thread->post<motcua::Result<void>>(
            [vault = m_store.vault()](motcua::Database &db) {
                return motcua::StoreUnlock::attach(db, vault);
            },
            this, [&unlocked](motcua::Result<void> ok) { unlocked = bool(ok); });
        QTRY_VERIFY(unlocked);
        m_page = std::make_unique<motcua::ui::QueuePage>(*m_thread);
        m_page->resize(1000, 400);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setStoreReady(true);
        QTRY_COMPARE(m_page->model()->rowCount(), 2);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_thread.reset();
    }

    void showsChannelAndDueDate()
    {
        QCOMPARE(cell(0, QueueModel::Code), m_saved.at(0).queued.code);
        QCOMPARE(cell(0, QueueModel::Channel), u"Direct intake (recorded by the clerk)"_s);
        QCOMPARE(cell(1, QueueModel::Channel), u"Online — awaiting the citizen's confirmation"_s);
        QCOMPARE(cell(0, QueueModel::Due),
                 QLocale().toString(m_saved.at(0).queued.dueAt.toLocalTime(),
                                    QLocale::ShortFormat));
        QCOMPARE(view()->model()->headerData(QueueModel::Channel, Qt::Horizontal).toString(),
                 u"Channel"_s);
        // What was there before is still there.
        QCOMPARE(cell(0, QueueModel::Applicant), u"Võ Thị Lan"_s);
        QCOMPARE(cell(0, QueueModel::State), u"Queued"_s);
    }

    void stateSaysWhenItRetriesAndWhoWeWaitFor()
    {
        QueueModel model;
        motcua::QueuedDossier retry;
        retry.state = motcua::OutboxState::RetryLater;
        retry.reason = u"Cannot reach the provincial system"_s;
        retry.nextAttemptAt = QDateTime(QDate::currentDate(), QTime(23, 59)).toUTC();
        motcua::QueuedDossier awaiting;
        awaiting.state = motcua::OutboxState::Sent;
        awaiting.channel = motcua::Channel::Online;
        awaiting.confirmation = motcua::Confirmation::Awaiting;
        motcua::QueuedDossier action;
        action.state = motcua::OutboxState::NeedsAction;
        action.reason = u"refused"_s;
        model.setRows({retry, awaiting, action});
        const QString at = QLocale().toString(QTime(23, 59), QLocale::ShortFormat);
        QCOMPARE(model.index(0, QueueModel::State).data().toString(),
                 u"Failed, will retry at %1"_s.arg(at));
        QCOMPARE(model.index(0, QueueModel::State).data(Qt::ToolTipRole).toString(),
                 u"Failed, will retry at %1\nCannot reach the provincial system"_s.arg(at));
        QCOMPARE(model.index(1, QueueModel::State).data().toString(),
                 u"Sent, awaiting the citizen's confirmation"_s);
        QCOMPARE(model.index(2, QueueModel::State).data().toString(), u"Failed, needs action"_s);
    }

    void progressShowsHowFarALongSyncGot()
    {
        m_page->syncStarted();
        m_page->syncProgress(300, 10000);
        auto *bar = m_page->findChild<QProgressBar *>(u"syncProgress"_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->maximum(), 10000);
        QCOMPARE(bar->value(), 300);
        QVERIFY(m_page->findChild<QLabel *>(u"syncStatus"_s)->text().contains(u"300 of 10000"_s));
        motcua::SyncSummary done;
        done.sent = 10000;
        m_page->syncFinished(done);
        QVERIFY(!bar->isVisible());
    }

    // The provincial status appears once the dossier reached the province, with what a
    // supplement request asks for (the rows as OutboxRepository::list reads them after a pull).
    void showsProvincialStatusAndSupplement()
    {
        QCOMPARE(cell(0, QueueModel::Status), QString()); // not sent yet
        motcua::QueuedDossier d;
        d.code = u"XA0001-261123-01-0001"_s;
        d.provincialCode = u"T000001"_s;
        d.provincialStatus = 5;
        d.supplement = QJsonObject{{u"papers"_s, QJsonArray{u"Bản sao giấy chứng sinh"_s}},
                                   {u"note"_s, u"Bản sao có chứng thực"_s}};
        motcua::QueuedDossier processed = d;
        processed.provincialStatus = 10;
        processed.supplement = {};
        QueueModel model;
        model.setRows({d, processed});
        const QString shown = model.index(0, QueueModel::Status).data().toString();
        QVERIFY2(shown.startsWith(u"Supplement requested"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"Bản sao giấy chứng sinh"_s), qPrintable(shown));
        QVERIFY(model.index(0, QueueModel::Status).data(Qt::ToolTipRole).toString()
                    .contains(u"Bản sao có chứng thực"_s));
        QCOMPARE(model.index(1, QueueModel::Status).data().toString(), u"Result returned"_s);
        QCOMPARE(model.headerData(QueueModel::Status, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"Status"_s);
    }

    void reprintNeedsASelection()
    {
        auto *reprint = m_page->findChild<QAction *>(u"reprintAction"_s);
        QVERIFY(reprint);
        QCOMPARE(reprint->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(view()->actions().contains(reprint)); // in the context menu
        QCOMPARE(m_page->findChild<QToolButton *>(u"reprintButton"_s)->defaultAction(), reprint);
        view()->clearSelection();
        QVERIFY(!reprint->isEnabled());
        QSignalSpy failed(m_page.get(), &motcua::ui::QueuePage::receiptFailed);
        m_page->saveSelectedReceiptAs(QDir::temp().filePath(u"never.pdf"_s));
        QCOMPARE(failed.size(), 1);
        view()->selectRow(0);
        QVERIFY(reprint->isEnabled());
    }

    void reprintToPdf()
    {
        QTemporaryDir out;
        const QString pdf = out.filePath(u"reprint.pdf"_s);
        view()->selectRow(1);
        QSignalSpy saved(m_page.get(), &motcua::ui::QueuePage::receiptSaved);
        m_page->saveSelectedReceiptAs(pdf);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().first().toString(), pdf);
        QVERIFY(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(m_saved.at(1).queued.code), qPrintable(text));
        QVERIFY(text.contains(u"Trần Văn Bình"_s));
        QVERIFY(text.contains(u"Bản in lại lúc"_s)); // loaded from the store, marked reprinted
        QVERIFY(text.contains(u"chờ công dân xác nhận"_s));
        QVERIFY(m_page->findChild<QLabel *>(u"syncStatus"_s)->text().contains(u"reprint.pdf"_s));
    }

    void reprintIntoAMissingFolderSaysSo()
    {
        QTemporaryDir out;
        view()->selectRow(0);
        QSignalSpy failed(m_page.get(), &motcua::ui::QueuePage::receiptFailed);
        m_page->saveSelectedReceiptAs(out.filePath(u"gone/x.pdf"_s));
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(u"does not exist"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(m_page->findChild<QLabel *>(u"syncStatus"_s)->text(),
                 failed.first().first().toString());
    }

    // Ctrl+P opens the preview of the selected dossier's receipt, which offers print and PDF.
    void ctrlPOpensThePreview()
    {
        view()->selectRow(0);
        view()->setFocus();
        QTest::keySequence(m_page.get(), QKeySequence::Print);
        motcua::ui::ReceiptPreview *preview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (preview = m_page->findChild<motcua::ui::ReceiptPreview *>()) != nullptr, 30000);
        QVERIFY(preview->findChild<QWidget *>(u"previewPrintButton"_s));
        QVERIFY(preview->findChild<QWidget *>(u"previewSaveButton"_s));
        QVERIFY(preview->windowTitle().contains(m_saved.at(0).queued.code));
        QTRY_COMPARE(preview->pageCount(), 1);
        preview->reject();
    }

    // The print path: the same painting as on a printer, on the worker thread, to a PDF printer.
    void printsOffTheGuiThread()
    {
        QTemporaryDir out;
        std::shared_ptr<QPrinter> printer = motcua::ui::ReceiptPrinter::a4Printer(m_saved.at(0).receipt);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(out.filePath(u"printed.pdf"_s));
        auto printed = motcua::ui::ReceiptPrinter::printOn(printer, m_saved.at(0).receipt);
        printed.waitForFinished();
        QVERIFY2(printed.result(), qPrintable(printed.result() ? QString()
                                                               : printed.result().error().message));
        const QString text = pdfText(out.filePath(u"printed.pdf"_s));
        QVERIFY(text.contains(m_saved.at(0).queued.code));
        QVERIFY(text.contains(u"Võ Thị Lan"_s));
    }

    void defaultPdfNameIsTheCode()
    {
        const QString path = motcua::ui::ReceiptPrinter::defaultPdfPath(m_saved.at(0).receipt);
        QCOMPARE(QFileInfo(path).fileName(), m_saved.at(0).queued.code + u".pdf"_s);
        motcua::Receipt odd = m_saved.at(0).receipt;
        odd.dossierCode = u"../x/y"_s;
        QCOMPARE(QFileInfo(motcua::ui::ReceiptPrinter::defaultPdfPath(odd)).fileName(),
                 u"receipt.._x_y.pdf"_s);
    }
};

QTEST_MAIN(TestQueueGui)
#include "tst_queue_gui.moc"
