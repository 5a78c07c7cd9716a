#include "SimProcess.h"
#include "SyncFixture.h"
#include "TempStore.h"

#include "store/RatingRepository.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

SyncSummary runSync(Database &db, const QUrl &server, const ClerkCredentials &clerk)
{
    ProvincialApi api(server);
    SyncEngine engine(db, api, clerk);
    engine.setAttachmentsDir(QFileInfo(db.path()).dir().filePath(u"attachments"_s));
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (done.isEmpty() && !done.wait(120000))
        qFatal("sync did not finish");
    return done.first().first().value<SyncSummary>();
}

// Queues n dossiers and rates each: scores 1, 2, 3, 1, …; the first with a comment.
QStringList rateDossiers(Database &db, int n, const QString &comment)
{
    SyncFixture::queueDossiers(db, QFileInfo(db.path()).dir().filePath(u"attachments"_s), n, 0, 0);
    QStringList codes;
    QSqlQuery q(db.sql());
    q.exec(u"SELECT code FROM dossier ORDER BY id"_s);
    while (q.next())
        codes.append(q.value(0).toString());
    RatingRepository repo(db);
    for (int i = 0; i < codes.size(); ++i) {
        if (!repo.record(codes.at(i), i % 3 + 1, i == 0 ? comment : QString(),
                         QDateTime::currentDateTimeUtc()))
            qFatal("cannot record a rating");
    }
    return codes;
}

int pending(Database &db)
{
    return *RatingRepository(db).countPending();
}

} // namespace

// The citizens' ratings reach the real simulator exactly once, and only an acknowledgement marks
// them sent.
class TestRatingSync : public QObject
{
    Q_OBJECT

private slots:
    void sentExactlyOnce()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        TempStore store;
        const QString comment = u"Cán bộ Trần Văn Bình hướng dẫn rất kỹ"_s;
        const QStringList codes = rateDossiers(store.db(), 4, comment);
        QCOMPARE(pending(store.db()), 4);

        SyncSummary first = runSync(store.db(), sim.url(), SyncFixture::kClerk);
        QVERIFY2(first.notes.isEmpty(), qPrintable(first.notes.join(u'\n')));
        QCOMPARE(first.sent, 4);
        QCOMPARE(first.ratingsSent, 4);
        QCOMPARE(pending(store.db()), 0);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM rating WHERE sync_state = 'sent' "
                                    "AND sent_at IS NOT NULL"_s).toInt(), 4);

        QJsonObject server = sim.getJson(u"/test/ratings"_s);
        const QJsonArray ratings = server.value(u"ratings"_s).toArray();
        QCOMPARE(ratings.size(), 4);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"ratings"_s).toInt(), 4);
        QCOMPARE(server.value(u"satisfied"_s).toInt(), 2);
        QCOMPARE(server.value(u"normal"_s).toInt(), 1);
        QCOMPARE(server.value(u"not_satisfied"_s).toInt(), 1);
        const QJsonObject firstRating = ratings.at(0).toObject();
        QCOMPARE(firstRating.value(u"MaHoSo"_s).toString(), codes.at(0));
        QCOMPARE(firstRating.value(u"comment"_s).toString(), comment); // opened for the wire
        QCOMPARE(firstRating.value(u"unit_code"_s).toString(), u"XA0001"_s);
        QCOMPARE(firstRating.value(u"sent_by"_s).toString(), u"canbo01"_s);
        QCOMPARE(firstRating.value(u"client_key"_s).toString(),
                 scalar(store.db(), u"SELECT client_key FROM rating WHERE dossier_code = '%1'"_s
                                        .arg(codes.at(0))).toString());
        const int requests = server.value(u"requests"_s).toInt();
        QCOMPARE(requests, 1);

        // Again: nothing new goes.
        const SyncSummary second = runSync(store.db(), sim.url(), SyncFixture::kClerk);
        QCOMPARE(second.ratingsSent, 0);
        server = sim.getJson(u"/test/ratings"_s);
        QCOMPARE(server.value(u"requests"_s).toInt(), requests);
        QCOMPARE(server.value(u"ratings"_s).toArray().size(), 4);

        // An acknowledgement lost on the way: the rating goes again, the server keeps one.
        QVERIFY(store.db().execScript(
            u"UPDATE rating SET sync_state = 'pending', sent_at = NULL WHERE id = 2"_s));
        const SyncSummary third = runSync(store.db(), sim.url(), SyncFixture::kClerk);
        QCOMPARE(third.ratingsSent, 1);
        QCOMPARE(pending(store.db()), 0);
        server = sim.getJson(u"/test/ratings"_s);
        QCOMPARE(server.value(u"ratings"_s).toArray().size(), 4);
        QCOMPARE(server.value(u"duplicates"_s).toInt(), 1);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"ratings"_s).toInt(),
                 scalar(store.db(), u"SELECT count(*) FROM rating"_s).toInt());
    }

    void aFailedAnswerLeavesThemPending_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<int>("storedDespiteTheFault"); // the server handled it, the answer was lost
        QTest::newRow("500") << QStringList{u"--fail-every"_s, u"1"_s, u"--fail-status"_s, u"500"_s}
                             << 0;
        QTest::newRow("garbage") << QStringList{u"--garbage-every"_s, u"1"_s} << 2;
    }

    void aFailedAnswerLeavesThemPending()
    {
        QFETCH(QStringList, faults);
        QFETCH(int, storedDespiteTheFault);
        SimProcess sim;
        QVERIFY(sim.start(QStringList{u"--test-endpoints"_s} + faults));
        QVERIFY(sim.getJson(u"/admin/faults"_s, u"enabled=0"_s).contains(u"faulted"_s));
        TempStore store;
        rateDossiers(store.db(), 2, u"Tốt"_s);
        // The dossiers go first, undisturbed; the session is kept, as the desk keeps it.
        QVERIFY(store.db().execScript(u"UPDATE rating SET sync_state = 'sent'"_s));
        QCOMPARE(runSync(store.db(), sim.url(), SyncFixture::kClerk).sent, 2);
        QVERIFY(store.db().execScript(u"UPDATE rating SET sync_state = 'pending', sent_at = NULL"_s));
        const QString session = SyncFixture::signIn(sim.url());
        QVERIFY(!session.isEmpty());

        // Every request faulted: the ratings stay pending, the run says why.
        sim.getJson(u"/admin/faults"_s, u"enabled=1"_s);
        ClerkCredentials clerk = SyncFixture::kClerk;
        clerk.session = session;
        const SyncSummary faulted = runSync(store.db(), sim.url(), clerk);
        QCOMPARE(faulted.ratingsSent, 0);
        QVERIFY(!faulted.notes.isEmpty());
        QCOMPARE(pending(store.db()), 2);
        QVERIFY(sim.getJson(u"/admin/faults"_s, u"enabled=0"_s).value(u"faulted"_s).toInt() >= 1);
        QCOMPARE(sim.getJson(u"/test/ratings"_s).value(u"ratings"_s).toArray().size(),
                 storedDespiteTheFault);

        // The next run sends them; the server holds each once.
        const SyncSummary next = runSync(store.db(), sim.url(), SyncFixture::kClerk);
        QCOMPARE(next.ratingsSent, 2);
        QCOMPARE(pending(store.db()), 0);
        const QJsonObject server = sim.getJson(u"/test/ratings"_s);
        QCOMPARE(server.value(u"ratings"_s).toArray().size(), 2);
        QCOMPARE(server.value(u"duplicates"_s).toInt(), storedDespiteTheFault);
    }
};

QTEST_GUILESS_MAIN(TestRatingSync)
#include "tst_rating_sync.moc"
