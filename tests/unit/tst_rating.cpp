#include "SyncFixture.h"
#include "TempStore.h"

#include "report/ReportCsv.h"
#include "report/ReportService.h"
#include "report/ReportXlsx.h"
#include "store/RatingRepository.h"
#include "store/Retention.h"
#include "store/Sealing.h"
#include "sync/RatingSender.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace motcua;

// Citizens' satisfaction ratings: the repository (one per dossier, the comment sealed), the
// report's counts over Vietnam days, the CSV block, retention, and reading the server's answer.
class TestRating : public QObject
{
    Q_OBJECT

    static QStringList codes(Database &db)
    {
        QStringList list;
        QSqlQuery q(db.sql());
        q.exec(u"SELECT code FROM dossier ORDER BY id"_s);
        while (q.next())
            list.append(q.value(0).toString());
        return list;
    }

    static void insertRating(Database &db, const QString &code, const QString &unit,
                             const QString &ratedAt, int score)
    {
        QSqlQuery q(db.sql());
        q.prepare(u"INSERT INTO rating(dossier_code, unit_code, desk_code, clerk, rated_at, score, "
                  "client_key) VALUES (?, ?, '01', 'canbo01', ?, ?, ?)"_s);
        q.addBindValue(code);
        q.addBindValue(unit);
        q.addBindValue(ratedAt);
        q.addBindValue(score);
        q.addBindValue(QString(u"key-"_s + code));
        if (!q.exec())
            qFatal("cannot insert a rating");
    }

private slots:
    void recordsOnePerDossierWithTheCommentSealed()
    {
        TempStore store;
        SyncFixture::queueDossiers(store.db(), store.dir() + u"/attachments"_s, 2, 0, 0);
        const QStringList dossiers = codes(store.db());
        QCOMPARE(dossiers.size(), 2);
        RatingRepository repo(store.db());
        const QString comment = u"Chị Lan ở quầy số 2 rất tận tình"_s;
        const QDateTime at(QDate(2026, 12, 7), QTime(9, 30), QTimeZone(7 * 3600));
        QCOMPARE(repo.record(dossiers.at(0), 1, u"  "_s + comment + u"\n"_s, at), true);
        QCOMPARE(repo.record(dossiers.at(1), 3, {}, at), true);

        // The dossier's unit, desk and clerk; the time in UTC; a UUID as the client key.
        QSqlQuery q(store.db().sql());
        QVERIFY(q.exec(u"SELECT unit_code, desk_code, clerk, rated_at, score, comment, client_key, "
                       "sync_state, sent_at FROM rating ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"XA0001"_s);
        QCOMPARE(q.value(1).toString(), u"01"_s);
        QCOMPARE(q.value(2).toString(),
                 scalar(store.db(), u"SELECT clerk FROM dossier WHERE code = '%1'"_s
                                        .arg(dossiers.at(0))).toString());
        QCOMPARE(q.value(3).toString(), u"2026-12-07T02:30:00Z"_s);
        QCOMPARE(q.value(4).toInt(), 1);
        const QString sealedText = q.value(5).toString();
        QVERIFY(Vault::isSealed(sealedText));
        QVERIFY(!sealedText.contains(u"Lan"_s));
        QCOMPARE(QString::fromUtf8(*store.vault()->open(sealedText, sealed::ratingComment)),
                 comment); // trimmed
        QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                    .match(q.value(6).toString()).hasMatch());
        QCOMPARE(q.value(7).toString(), u"pending"_s);
        QVERIFY(q.value(8).isNull());
        QVERIFY(q.next());
        QVERIFY(q.value(5).isNull()); // no comment: NULL, nothing sealed
        q.finish();

        // The first answer stands; unknown dossiers and other scores are refused.
        QCOMPARE(repo.record(dossiers.at(0), 3, u"khác"_s, at), false);
        QCOMPARE(scalar(store.db(), u"SELECT score FROM rating WHERE dossier_code = '%1'"_s
                                        .arg(dossiers.at(0))).toInt(), 1);
        QCOMPARE(repo.record(u"NO-SUCH"_s, 1, {}, at).error().code, u"rating.dossier"_s);
        QCOMPARE(repo.record(dossiers.at(1), 4, {}, at).error().code, u"rating.score"_s);
        QCOMPARE(repo.record(dossiers.at(1), 0, {}, at).error().code, u"rating.score"_s);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM rating"_s).toInt(), 2);

        // Pending, oldest first, the comment opened for the request; sent only when marked.
        auto pending = repo.pending(10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).comment, comment);
        QCOMPARE(pending->at(0).dossierCode, dossiers.at(0));
        QCOMPARE(pending->at(1).score, 3);
        QCOMPARE(repo.pending(10, pending->at(0).id)->size(), 1);
        const QJsonObject body = RatingSender::request(*pending);
        QCOMPARE(body.value(u"ratings"_s).toArray().at(0).toObject().value(u"comment"_s).toString(),
                 comment);
        QVERIFY(!body.value(u"ratings"_s).toArray().at(1).toObject().contains(u"comment"_s));
        QCOMPARE(*repo.markSent({pending->at(1).clientKey}, QDateTime::currentDateTimeUtc()), 1);
        QCOMPARE(*repo.countPending(), 1);
    }

    void aLongCommentIsCut()
    {
        TempStore store;
        SyncFixture::queueDossiers(store.db(), store.dir() + u"/attachments"_s, 1, 0, 0);
        RatingRepository repo(store.db());
        QVERIFY(*repo.record(codes(store.db()).first(), 2, QString(800, u'á'),
                             QDateTime::currentDateTimeUtc()));
        QCOMPARE(repo.pending(1)->first().comment, QString(RatingRepository::kMaxComment, u'á'));
        // Never half of a character outside the BMP (an emoji's surrogate pair) at the cut.
        SyncFixture::queueDossiers(store.db(), store.dir() + u"/attachments"_s, 1, 0, 0, 1);
        QVERIFY(*repo.record(codes(store.db()).last(), 1, QString(499, u'a') + u"👍"_s,
                             QDateTime::currentDateTimeUtc()));
        QCOMPARE(repo.pending(2)->last().comment, QString(499, u'a'));
    }

    // Vietnam days (UTC+7) bound the period; other units are left out, unless no unit is asked.
    void reportCountsThePeriodAndUnit()
    {
        TempStore store;
        Database &db = store.db();
        insertRating(db, u"A"_s, u"XA0001"_s, u"2025-02-28T16:59:59Z"_s, 1); // 28/02 23:59 VN: out
        insertRating(db, u"B"_s, u"XA0001"_s, u"2025-02-28T17:00:00Z"_s, 1); // 01/03 00:00: in
        insertRating(db, u"C"_s, u"XA0001"_s, u"2025-03-15T03:00:00Z"_s, 1);
        insertRating(db, u"D"_s, u"XA0001"_s, u"2025-03-31T16:59:59Z"_s, 1); // 31/03 23:59: in
        insertRating(db, u"E"_s, u"XA0001"_s, u"2025-03-31T17:00:00Z"_s, 3); // 01/04: out
        insertRating(db, u"F"_s, u"XA0001"_s, u"2025-03-10T01:00:00Z"_s, 2);
        insertRating(db, u"G"_s, u"XA0001"_s, u"2025-03-11T01:00:00Z"_s, 3);
        insertRating(db, u"H"_s, u"XA0001"_s, u"2025-03-12T01:00:00Z"_s, 3);
        insertRating(db, u"I"_s, u"XA0002"_s, u"2025-03-12T01:00:00Z"_s, 1); // another unit

        ReportRequest request{QDate(2025, 3, 1), QDate(2025, 3, 31), ReportGrouping::Level,
                              u"XA0001"_s};
        auto report = ReportService(db).run(request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().detail));
        QCOMPARE(report->satisfaction.satisfied, 3);
        QCOMPARE(report->satisfaction.normal, 1);
        QCOMPARE(report->satisfaction.notSatisfied, 2);
        QCOMPARE(report->satisfaction.total(), 6);
        QCOMPARE(rateText(report->satisfaction.satisfiedHundredths()), u"50.00"_s);
        QVERIFY(ReportCsv::toBytes(*report).endsWith(
            "\nsatisfaction_unit,satisfied,normal,not_satisfied,ratings,satisfied_percent\n"
            "XA0001,3,1,2,6,50.00\n"));

        // The workbook's second sheet: row 3 holds the numbers, the share in percent.
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(u"r.xlsx"_s);
        QVERIFY(ReportXlsx::write(*report, xlsx));
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/worksheets/sheet2.xml"_s});
        QVERIFY(unzip.waitForFinished(60000) && unzip.exitCode() == 0);
        const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
        const QStringList cells{u"A3"_s, u"B3"_s, u"C3"_s, u"D3"_s, u"E3"_s};
        const QStringList values{u"3"_s, u"1"_s, u"2"_s, u"6"_s, u"50"_s};
        for (int i = 0; i < cells.size(); ++i) {
            const QRegularExpression cell(u"<c r=\"%1\"[^>]*><v>%2</v></c>"_s
                                              .arg(cells.at(i), values.at(i)));
            QVERIFY2(cell.match(sheet).hasMatch(), qPrintable(cells.at(i)));
        }

        request.deskUnitCode.clear();
        report = ReportService(db).run(request);
        QVERIFY(report);
        QCOMPARE(report->satisfaction.satisfied, 4);
        QCOMPARE(rateText(report->satisfaction.satisfiedHundredths()), u"57.14"_s); // 4 of 7
        QVERIFY(ReportCsv::toBytes(*report).endsWith("all,4,1,2,7,57.14\n"));

        // April: one rating; a period without any keeps the monitor's sheet alone.
        request = {QDate(2025, 4, 1), QDate(2025, 4, 30), ReportGrouping::Unit, u"XA0001"_s};
        report = ReportService(db).run(request);
        QCOMPARE(report->satisfaction.notSatisfied, 1);
        QCOMPARE(report->satisfaction.satisfiedHundredths(), 0);
        request = {QDate(2025, 5, 1), QDate(2025, 5, 31), ReportGrouping::Unit, u"XA0001"_s};
        report = ReportService(db).run(request);
        QCOMPARE(report->satisfaction.total(), 0);
        QVERIFY(!ReportCsv::toBytes(*report).contains("satisfaction"));
    }

    void retentionRemovesOldCommentsOfSentRatings()
    {
        TempStore store;
        SyncFixture::queueDossiers(store.db(), store.dir() + u"/attachments"_s, 2, 0, 0);
        const QStringList dossiers = codes(store.db());
        RatingRepository repo(store.db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(*repo.record(dossiers.at(0), 1, u"một"_s, now.addDays(-100)));
        QVERIFY(*repo.record(dossiers.at(1), 1, u"hai"_s, now.addDays(-100)));
        const auto pending = *repo.pending(10);
        QCOMPARE(*repo.markSent({pending.at(0).clientKey}, now.addDays(-95)), 1);
        QVERIFY(purgeAcknowledged(store.db(), 90, now));
        // The sent one loses its comment, keeps its score; the pending one keeps both.
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM rating WHERE comment IS NULL"_s).toInt(), 1);
        QCOMPARE(repo.pending(10)->first().comment, u"hai"_s);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM rating WHERE score = 1"_s).toInt(), 2);
    }

    void theAnswerAcknowledgesOnlyWhatItNames()
    {
        QList<PendingRating> sent(3);
        for (int i = 0; i < 3; ++i)
            sent[i].clientKey = u"k%1"_s.arg(i);
        const auto answer = [](const QJsonArray &results) {
            return Result<ApiReply>(ApiReply{200, {{u"error_code"_s, 0}, {u"results"_s, results}}, 0});
        };
        const auto item = [](const QString &key, const QString &result) {
            return QJsonObject{{u"client_key"_s, key}, {u"result"_s, result}};
        };
        auto keys = RatingSender::acknowledged(
            answer({item(u"k0"_s, u"created"_s), item(u"k1"_s, u"duplicate"_s),
                    item(u"k2"_s, u"invalid"_s)}), sent);
        QVERIFY(keys);
        QCOMPARE(*keys, QStringList({u"k0"_s, u"k1"_s}));
        // Too few results, a key not sent, an unknown result: nothing acknowledged.
        QVERIFY(!RatingSender::acknowledged(answer({item(u"k0"_s, u"created"_s)}), sent));
        QVERIFY(!RatingSender::acknowledged(
            answer({item(u"k0"_s, u"created"_s), item(u"k1"_s, u"created"_s),
                    item(u"zz"_s, u"created"_s)}), sent));
        QVERIFY(!RatingSender::acknowledged(
            answer({item(u"k0"_s, u"created"_s), item(u"k1"_s, u"created"_s),
                    item(u"k2"_s, u"maybe"_s)}), sent));
        QCOMPARE(RatingSender::acknowledged(
                     Result<ApiReply>(ApiReply{400, {{u"error_code"_s, 2}}, 0}), sent)
                     .error().code, u"protocol.refused"_s);
    }
};

QTEST_GUILESS_MAIN(TestRating)
#include "tst_rating.moc"
