#include "TempStore.h"

#include "intake/IntakeService.h"
#include "store/OutboxRepository.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using motcua::DeskIdentity;
using motcua::DossierDraft;
using motcua::IntakeService;

namespace {

DossierDraft draft()
{
    DossierDraft d;
    d.procedureCode = u"1.001193"_s;
    d.applicantName = u"  Lê   Văn Đức "_s;
    d.applicantCccd = u"038 090 001 234"_s;
    d.applicantPhone = u"+84 912 345 678"_s;
    return d;
}

DeskIdentity desk(const QString &code)
{
    DeskIdentity d;
    d.unitCode = u"XA0001"_s;
    d.deskCode = code;
    d.clerk = u"canbo01"_s;
    return d;
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

private slots:
    void codesAreUniqueAndSequentialPerDeskAndDay()
    {
        TempStore store;
        IntakeService intake(store.db());
        // 23:30 UTC on 22 Nov is 06:30 on 23 Nov in Vietnam: the code carries Vietnam's date.
        const QDateTime now(QDate(2026, 11, 22), QTime(23, 30), QTimeZone::utc());
        QStringList codes;
        for (int i = 0; i < 3; ++i)
            codes.append(intake.queue(draft(), desk(u"01"_s), now)->code);
        codes.append(intake.queue(draft(), desk(u"02"_s), now)->code);
        codes.append(intake.queue(draft(), desk(u"01"_s), now.addDays(1))->code);
        QCOMPARE(codes, (QStringList{u"XA0001-261123-01-0001"_s, u"XA0001-261123-01-0002"_s,
                                     u"XA0001-261123-01-0003"_s, u"XA0001-261123-02-0001"_s,
                                     u"XA0001-261124-01-0001"_s}));
    }

    void savedDossierCarriesTheNationalRecord()
    {
        TempStore store;
        const QDateTime now(QDate(2026, 11, 23), QTime(2, 15, 30), QTimeZone::utc());
        auto queued = IntakeService(store.db()).queue(draft(), desk(u"01"_s), now);
        QVERIFY(queued.has_value());
        QCOMPARE(queued->state, motcua::OutboxState::Queued);
        auto batch = motcua::OutboxRepository(store.db()).claimBatch(10, QDateTime::currentDateTimeUtc());
        QVERIFY(batch && batch->size() == 1);
        const QJsonObject r = batch->first().payload;
        QCOMPARE(r.value(u"MaHoSo"_s).toString(), queued->code);
        QCOMPARE(r.value(u"MaTTHC"_s).toString(), u"1.001193"_s);
        QCOMPARE(r.value(u"TenTTHC"_s).toString(), queued->procedureName);
        QCOMPARE(r.value(u"ChuHoSo"_s).toString(), u"Lê Văn Đức"_s);
        QCOMPARE(r.value(u"SoGiayToChuHoSo"_s).toString(), u"038090001234"_s);
        QCOMPARE(r.value(u"SoDienThoai"_s).toString(), u"0912345678"_s);
        QCOMPARE(r.value(u"KenhThucHien"_s).toInt(), 1);
        QCOMPARE(r.value(u"NgayTiepNhan"_s).toString(), u"20261123091530"_s); // UTC+7
        QCOMPARE(r.value(u"TrangThaiHoSo"_s).toInt(), 2);
        QCOMPARE(r.value(u"DinhDanhCHS"_s).toArray().first().toObject().value(u"SoDinhDanh"_s),
                 u"038090001234"_s);
        QVERIFY(!batch->first().idempotencyKey.isEmpty());
    }

    void idempotencyKeysAreDistinct()
    {
        TempStore store;
        IntakeService intake(store.db());
        for (int i = 0; i < 20; ++i)
            QVERIFY(intake.queue(draft(), desk(u"01"_s), QDateTime::currentDateTime()));
        QCOMPARE(scalar(store.db(), u"SELECT count(DISTINCT idempotency_key) FROM outbox"_s).toInt(), 20);
    }

    void badInputIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << u"name"_s << u"   "_s << u"intake.name"_s;
        QTest::newRow("short cccd") << u"cccd"_s << u"0380900012"_s << u"cccd.length"_s;
        QTest::newRow("old cmnd") << u"cccd"_s << u"123456789"_s << u"cccd.old_id"_s;
        QTest::newRow("bad phone") << u"phone"_s << u"12345"_s << u"phone.invalid"_s;
        QTest::newRow("no procedure") << u"procedure"_s << QString() << u"intake.procedure"_s;
        QTest::newRow("unknown procedure") << u"procedure"_s << u"9.999999"_s << u"intake.procedure"_s;
    }

    void badInputIsRefusedAndNothingWritten()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        TempStore store;
        DossierDraft d = draft();
        if (field == u"name")
            d.applicantName = value;
        else if (field == u"cccd")
            d.applicantCccd = value;
        else if (field == u"phone")
            d.applicantPhone = value;
        else
            d.procedureCode = value;
        auto queued = IntakeService(store.db()).queue(d, desk(u"01"_s), QDateTime::currentDateTime());
        QVERIFY(!queued.has_value());
        QCOMPARE(queued.error().code, code);
        QVERIFY(!queued.error().message.isEmpty());
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM dossier"_s).toInt(), 0);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
