// Progress of dossiers and catalogue updates flowing back from the provincial system, against the
// real simulator (docs/protocol.md, "Progress of dossiers" and "Procedure catalogue").
#include "SimProcess.h"
#include "TempStore.h"

#include "intake/IntakeService.h"
#include "store/CatalogRepository.h"
#include "store/OutboxRepository.h"
#include "store/ProgressRepository.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

const ClerkCredentials kClerk{u"canbo01"_s, u"motcua-demo"_s};

QString queueOne(Database &db, const QString &cccd, int i, const QString &deskCode = u"01"_s)
{
    DeskIdentity desk;
    desk.deskCode = deskCode;
    DossierDraft d;
    d.procedureCode = u"1.001193"_s;
    d.applicantName = u"Phạm Thị Hoa %1"_s.arg(i);
    d.applicantCccd = cccd;
    d.applicantPhone = u"0987654321"_s;
    auto queued = IntakeService(db).queue(withRequiredPapers(db, d), desk,
                                          QDateTime::currentDateTime());
    if (!queued)
        qFatal("cannot queue a test dossier: %s", qPrintable(queued.error().detail));
    return queued->queued.code;
}

SyncSummary runSync(Database &db, const QUrl &server)
{
    ProvincialApi api(server);
    SyncEngine engine(db, api, kClerk);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (done.isEmpty() && !done.wait(60000))
        qFatal("sync did not finish");
    return done.first().first().value<SyncSummary>();
}

// POST a JSON body to the simulator (blocking, for test set-up only); the answer's HTTP status.
int post(const SimProcess &sim, const QString &path, const QByteArray &body)
{
    QNetworkAccessManager network;
    QUrl url = sim.url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int post(const SimProcess &sim, const QString &path, const QJsonObject &body)
{
    return post(sim, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

int advance(const SimProcess &sim, const QString &code, const QJsonObject &fields)
{
    QJsonObject body = fields;
    body[u"MaHoSo"_s] = code;
    return post(sim, u"/test/dossiers/progress"_s, body);
}

qint64 dossierId(Database &db, const QString &code)
{
    return scalar(db, u"SELECT id FROM dossier WHERE code = '%1'"_s.arg(code)).toLongLong();
}

QueuedDossier queued(Database &db, const QString &code)
{
    for (const QueuedDossier &d : OutboxRepository(db).list().value_or(QList<QueuedDossier>{})) {
        if (d.code == code)
            return d;
    }
    qFatal("dossier not in the queue");
}

QJsonObject sampleCatalog()
{
    QFile f(u":/catalog/sample-catalog.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no sample catalogue");
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct CliRun
{
    int exitCode = -1;
    QString out;
};

CliRun cli(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MOTCUA_PASSWORD"_s, u"motcua-demo"_s);
    p.setProcessEnvironment(env);
    p.start(SimProcess::binary(u"motcua-cli"_s),
            QStringList{u"--data-dir"_s, dataDir, u"--lang"_s, u"en"_s} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("motcua-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    void statusDueDateAndSupplementComeBack()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        TempStore store;
        Database &db = store.db();
        const QString a = queueOne(db, u"001190000001"_s, 1);
        const QString b = queueOne(db, u"001190000002"_s, 2);
        QCOMPARE(runSync(db, sim.url()).sent, 2);

        QCOMPARE(advance(sim, a, {{u"TrangThaiHoSo"_s, 4}}), 200);
        const QJsonObject supplement{{u"papers"_s, QJsonArray{u"Bản sao giấy chứng sinh"_s}},
                                     {u"note"_s, u"Bản sao có chứng thực"_s},
                                     {u"deadline"_s, u"20261215170000"_s}};
        QCOMPARE(advance(sim, a, {{u"TrangThaiHoSo"_s, 5}, {u"supplement"_s, supplement},
                                  {u"NgayHenTra"_s, u"20261220160000"_s}}), 200);
        QCOMPARE(advance(sim, b, {{u"TrangThaiHoSo"_s, 4}}), 200);
        // A malformed advance is refused and adds nothing.
        QCOMPARE(advance(sim, a, {{u"TrangThaiHoSo"_s, 11}}), 400);
        QCOMPARE(advance(sim, u"XA9999-000000-01-0001"_s, {{u"TrangThaiHoSo"_s, 4}}), 404);

        SyncSummary s = runSync(db, sim.url());
        QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join(u'\n')));
        QCOMPARE(s.progressEvents, 3);
        QueuedDossier qa = queued(db, a);
        QCOMPARE(qa.provincialStatus, 5);
        QCOMPARE(qa.supplement.value(u"papers"_s).toArray().first().toString(),
                 u"Bản sao giấy chứng sinh"_s);
        QCOMPARE(qa.supplement.value(u"note"_s).toString(), u"Bản sao có chứng thực"_s);
        QCOMPARE(qa.dueAt, QDateTime(QDate(2026, 12, 20), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(queued(db, b).provincialStatus, 4);
        auto events = ProgressRepository(db).events(dossierId(db, a));
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).kind, u"status"_s);
        QCOMPARE(events->at(1).kind, u"supplement"_s);
        QCOMPARE(events->at(1).status, 5);

        QCOMPARE(advance(sim, a, {{u"TrangThaiHoSo"_s, 9}}), 200);
        QCOMPARE(advance(sim, a, {{u"NgayHenTra"_s, u"20261221160000"_s}}), 200);
        QCOMPARE(advance(sim, a, {{u"TrangThaiHoSo"_s, 10}}), 200);
        s = runSync(db, sim.url());
        QCOMPARE(s.progressEvents, 3);
        qa = queued(db, a);
        QCOMPARE(qa.provincialStatus, 10);
        QVERIFY(qa.supplement.isEmpty()); // answered: the request is closed
        QCOMPARE(qa.dueAt, QDateTime(QDate(2026, 12, 21), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(ProgressRepository(db).events(dossierId(db, a))->size(), 5);
        QCOMPARE(ProgressRepository(db).events(dossierId(db, a))->at(3).kind, u"appointment"_s);

        // Caught up: nothing more to apply.
        QCOMPARE(runSync(db, sim.url()).progressEvents, 0);
        // Replaying the whole feed (the cursor lost) changes nothing.
        const qint64 cursor = *ProgressRepository(db).cursor();
        QVERIFY(db.execScript(u"UPDATE sync_cursor SET cursor = 0"_s));
        QVERIFY(db.execScript(u"UPDATE dossier SET status = 10"_s)); // would show a re-apply
        QCOMPARE(runSync(db, sim.url()).progressEvents, 0);
        QCOMPARE(queued(db, b).provincialStatus, 10);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM dossier_event"_s).toInt(), 6);
        QCOMPARE(*ProgressRepository(db).cursor(), cursor);
    }

    void replayingAPageChangesNothing()
    {
        TempStore store;
        Database &db = store.db();
        const QString a = queueOne(db, u"001190000003"_s, 3);
        ProgressEvent e;
        e.cursor = 7;
        e.dossierCode = a;
        e.kind = u"status"_s;
        e.status = 4;
        e.at = QDateTime::currentDateTimeUtc();
        ProgressEvent other = e;
        other.cursor = 8;
        other.dossierCode = u"XA0001-261123-02-0001"_s; // another desk's dossier: skipped
        QCOMPARE(ProgressRepository(db).applyPage({e, other}, 8).value_or(-1), 1);
        QVERIFY(db.execScript(u"UPDATE dossier SET status = 3"_s));
        QCOMPARE(ProgressRepository(db).applyPage({e, other}, 8).value_or(-1), 0);
        QCOMPARE(scalar(db, u"SELECT status FROM dossier"_s).toInt(), 3);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM dossier_event"_s).toInt(), 1);
        QCOMPARE(*ProgressRepository(db).cursor(), 8);
    }

    void anotherDeskOfTheUnitSkipsForeignEvents()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        TempStore deskA, deskB;
        const QString a = queueOne(deskA.db(), u"001190000004"_s, 4, u"01"_s);
        queueOne(deskB.db(), u"001190000005"_s, 5, u"02"_s);
        QCOMPARE(runSync(deskA.db(), sim.url()).sent, 1);
        QCOMPARE(runSync(deskB.db(), sim.url()).sent, 1);
        QCOMPARE(advance(sim, a, {{u"TrangThaiHoSo"_s, 4}}), 200);
        QCOMPARE(runSync(deskB.db(), sim.url()).progressEvents, 0);
        QCOMPARE(scalar(deskB.db(), u"SELECT count(*) FROM dossier_event"_s).toInt(), 0);
        QVERIFY(*ProgressRepository(deskB.db()).cursor() > 0);
        QCOMPARE(runSync(deskA.db(), sim.url()).progressEvents, 1);
    }

    void citizenConfirmsFromTheirPhone()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        TempStore store;
        Database &db = store.db();
        const QJsonObject citizen = sim.getJson(u"/test/citizens"_s, u"status=active&limit=1"_s)
                                        .value(u"citizens"_s).toArray().first().toObject();
        DossierDraft d;
        d.procedureCode = u"1.001193"_s;
        d.applicantName = citizen.value(u"HoVaTen"_s).toString();
        d.applicantCccd = citizen.value(u"SoDinhDanh"_s).toString();
        d.applicantPhone = citizen.value(u"SoDienThoai"_s).toString();
        d.channel = Channel::Online;
        d.confirmation = Confirmation::Awaiting;
        auto saved = IntakeService(db).queue(withRequiredPapers(db, d), {},
                                             QDateTime::currentDateTime());
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().detail));
        const QString code = saved->queued.code;
        QCOMPARE(runSync(db, sim.url()).sent, 1);
        QCOMPARE(queued(db, code).confirmation, Confirmation::Awaiting);

        QString otp;
        for (const QJsonValue &v : sim.getJson(u"/test/sent-codes"_s).value(u"codes"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"purpose"_s).toString() == u"dossier_confirmation"
                && o.value(u"MaHoSo"_s).toString() == code)
                otp = o.value(u"code"_s).toString();
        }
        QVERIFY(!otp.isEmpty());
        // Not confirmed yet: a sync changes nothing.
        QCOMPARE(runSync(db, sim.url()).progressEvents, 0);
        QCOMPARE(queued(db, code).confirmation, Confirmation::Awaiting);

        QCOMPARE(post(sim, u"/api/v1/public/dossiers/confirm"_s,
                      QJsonObject{{u"MaHoSo"_s, code}, {u"code"_s, otp}}), 200);
        QCOMPARE(runSync(db, sim.url()).progressEvents, 1);
        QCOMPARE(queued(db, code).confirmation, Confirmation::Confirmed);
        QCOMPARE(scalar(db, u"SELECT citizen_account FROM dossier WHERE code = '%1'"_s.arg(code))
                     .toString(),
                 citizen.value(u"MaDoiTuong"_s).toString());
        QVERIFY(QDateTime::fromString(
                    scalar(db, u"SELECT confirmed_at FROM dossier"_s).toString(), Qt::ISODate)
                    .isValid());
        auto events = ProgressRepository(db).events(dossierId(db, code));
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().kind, u"citizen_confirmation"_s);
    }

    void catalogueUpdatesAreAppliedWhole()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        TempStore store;
        Database &db = store.db();
        const QString a = queueOne(db, u"001190000006"_s, 6);
        const QString oldName = CatalogRepository(db).procedure(u"1.001193"_s)->value().name;
        // The simulator publishes the sample the desk already has: nothing changes.
        SyncSummary s = runSync(db, sim.url());
        QVERIFY(s.catalogVersion.isEmpty());
        QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join(u'\n')));

        QJsonObject catalog = sampleCatalog();
        catalog[u"catalog_version"_s] = u"2026-12-test"_s;
        QJsonArray procedures = catalog.value(u"procedures"_s).toArray();
        for (qsizetype i = 0; i < procedures.size(); ++i) {
            QJsonObject p = procedures.at(i).toObject();
            if (p.value(u"code"_s).toString() == u"1.001193") {
                p[u"name"_s] = u"Thủ tục đăng ký khai sinh (đã sửa đổi)"_s;
                procedures[i] = p;
            }
        }
        QJsonObject added = procedures.first().toObject();
        added[u"code"_s] = u"9.990001"_s;
        added[u"name"_s] = u"Thủ tục cấp giấy xác nhận thử nghiệm Quỳnh Lưu"_s;
        procedures.append(added);
        catalog[u"procedures"_s] = procedures;
        QCOMPARE(post(sim, u"/test/catalog"_s, catalog), 200);

        s = runSync(db, sim.url());
        QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join(u'\n')));
        QCOMPARE(s.catalogVersion, u"2026-12-test"_s);
        QCOMPARE(CatalogRepository(db).version(), u"2026-12-test"_s);
        auto found = CatalogRepository(db).search(u"quynh luu"_s);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().code, u"9.990001"_s);
        QCOMPARE(CatalogRepository(db).procedure(u"1.001193"_s)->value().name,
                 u"Thủ tục đăng ký khai sinh (đã sửa đổi)"_s);
        // The dossier keeps the name it was received with.
        QCOMPARE(scalar(db, u"SELECT procedure_name FROM dossier WHERE code = '%1'"_s.arg(a))
                     .toString(), oldName);
        const int procedureCount = *CatalogRepository(db).count();

        // A broken catalogue (a procedure of an unknown field) leaves the one in use.
        QJsonObject broken = catalog;
        broken[u"catalog_version"_s] = u"2026-12-broken"_s;
        QJsonArray brokenProcedures = procedures;
        QJsonObject bad = brokenProcedures.first().toObject();
        bad[u"field"_s] = u"KHONG_CO"_s;
        brokenProcedures[0] = bad;
        broken[u"procedures"_s] = brokenProcedures;
        QCOMPARE(post(sim, u"/test/catalog"_s, broken), 200);
        s = runSync(db, sim.url());
        QCOMPARE(s.notes.size(), 1);
        QVERIFY(s.catalogVersion.isEmpty());
        QCOMPARE(CatalogRepository(db).version(), u"2026-12-test"_s);
        QCOMPARE(*CatalogRepository(db).count(), procedureCount);
        QCOMPARE(CatalogRepository(db).search(u"quynh luu"_s)->size(), 1);
        // Not a catalogue at all: refused by the simulator's publish route itself.
        QCOMPARE(post(sim, u"/test/catalog"_s, QByteArray("{\"procedures\": [")), 400);
    }

    void cliShowsTheProvincialStatusAndEvents()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        QTemporaryDir dir;
        const CliRun add = cli(dir.path(), {u"dossier"_s, u"add"_s, u"--procedure"_s,
                                            u"1.001193"_s, u"--name"_s, u"Võ Thị Lan"_s,
                                            u"--cccd"_s, u"048185000321"_s, u"--phone"_s,
                                            u"0905123456"_s, u"--paper"_s, u"TK=original"_s,
                                            u"--paper"_s, u"GCS=copy"_s});
        QCOMPARE(add.exitCode, 0);
        const QString code = add.out.trimmed().section(u'\t', 0, 0);
        const QStringList sync{u"sync"_s, u"--server"_s, sim.url().toString(), u"--user"_s,
                               u"canbo01"_s};
        QCOMPARE(cli(dir.path(), sync).exitCode, 0);
        QCOMPARE(advance(sim, code, {{u"TrangThaiHoSo"_s, 4}, {u"NoiDungXuLy"_s, u"Thẩm định"_s}}),
                 200);
        const CliRun synced = cli(dir.path(), sync);
        QCOMPARE(synced.exitCode, 0);
        QVERIFY2(synced.out.contains(u"Progress updates applied: 1"_s), qPrintable(synced.out));

        const QStringList fields =
            cli(dir.path(), {u"queue"_s, u"list"_s}).out.trimmed().split(u'\t');
        QCOMPARE(fields.value(0), code);
        QCOMPARE(fields.value(1), u"sent"_s);
        QCOMPARE(fields.value(5), u"4"_s);

        const CliRun show = cli(dir.path(), {u"dossier"_s, u"show"_s, u"--code"_s, code});
        QCOMPARE(show.exitCode, 0);
        const QStringList lines = show.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"\t4\tBeing processed"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u"\tstatus\t4\t"_s), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(u"Thẩm định"_s));
        QCOMPARE(cli(dir.path(), {u"dossier"_s, u"show"_s, u"--code"_s, u"XA0001-000000-01-0009"_s})
                     .exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
