#include "TempStore.h"

#include "TestVault.h"
#include "intake/AttachmentStore.h"
#include "intake/IntakeService.h"
#include "store/CatalogRepository.h"
#include "store/DossierRepository.h"
#include "store/OutboxRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using motcua::DeskIdentity;
using motcua::DossierDraft;
using motcua::IntakeService;

namespace {

using motcua::AttachmentStore;
using motcua::Channel;
using motcua::Confirmation;
using motcua::PaperDraft;
using motcua::PaperForm;

DossierDraft draft()
{
    DossierDraft d;
    d.procedureCode = u"1.001193"_s;
    d.applicantName = u"  Lê   Văn Đức "_s;
    d.applicantCccd = u"038 090 001 234"_s;
    d.applicantPhone = u"+84 912 345 678"_s;
    d.papers = {PaperDraft::of(u"TK"_s, QString(), true, 1, PaperForm::OriginalSeen),
                PaperDraft::of(u"GCS"_s, QString(), true, 1, PaperForm::CopyKept)};
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

motcua::IntakeRules sampleRules()
{
    motcua::IntakeRules rules;
    rules.feePolicy = *motcua::FeePolicy::parseFile(u":/fees/sample-policy.json"_s);
    return rules;
}

QDateTime vn(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(7 * 3600));
}

// A small but complete PDF, different for each seed.
QString writePdf(const QString &dir, int seed)
{
    const QString path = dir + u"/scan-%1.pdf"_s.arg(seed);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write a test scan");
    f.write("%PDF-1.4\n1 0 obj << /Seed " + QByteArray::number(seed) + " >> endobj\ntrailer\n%%EOF\n");
    return path;
}

PaperDraft scanned(const QString &code, const motcua::StoredAttachment &a)
{
    PaperDraft p = PaperDraft::of(code, QString(), true, 1, PaperForm::ScanAttached);
    p.sha256 = a.sha256;
    p.mime = a.mime;
    p.size = a.size;
    p.originalName = u"scan.pdf"_s;
    return p;
}

QJsonObject onlyPayload(motcua::Database &db)
{
    auto batch = motcua::OutboxRepository(db).claimBatch(10, QDateTime::currentDateTimeUtc());
    if (!batch || batch->size() != 1)
        qFatal("expected exactly one outbox entry");
    return batch->first().payload();
}

int rows(motcua::Database &db, const QString &table)
{
    return scalar(db, u"SELECT count(*) FROM "_s + table).toInt();
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
            codes.append(intake.queue(draft(), desk(u"01"_s), now)->queued.code);
        codes.append(intake.queue(draft(), desk(u"02"_s), now)->queued.code);
        codes.append(intake.queue(draft(), desk(u"01"_s), now.addDays(1))->queued.code);
        QCOMPARE(codes, (QStringList{u"XA0001-261123-01-0001"_s, u"XA0001-261123-01-0002"_s,
                                     u"XA0001-261123-01-0003"_s, u"XA0001-261123-02-0001"_s,
                                     u"XA0001-261124-01-0001"_s}));
    }

    void savedDossierCarriesTheNationalRecord()
    {
        TempStore store;
        const QDateTime now(QDate(2026, 11, 23), QTime(2, 15, 30), QTimeZone::utc());
        auto saved = IntakeService(store.db()).queue(draft(), desk(u"01"_s), now);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->queued.state, motcua::OutboxState::Queued);
        const QJsonObject r = onlyPayload(store.db());
        QCOMPARE(r.value(u"MaHoSo"_s).toString(), saved->queued.code);
        QCOMPARE(r.value(u"MaTTHC"_s).toString(), u"1.001193"_s);
        QCOMPARE(r.value(u"TenTTHC"_s).toString(), saved->queued.procedureName);
        QCOMPARE(r.value(u"ChuHoSo"_s).toString(), u"Lê Văn Đức"_s);
        QCOMPARE(r.value(u"SoGiayToChuHoSo"_s).toString(), u"038090001234"_s);
        QCOMPARE(r.value(u"SoDienThoai"_s).toString(), u"0912345678"_s);
        QCOMPARE(r.value(u"KenhThucHien"_s).toInt(), 1);
        QCOMPARE(r.value(u"NgayTiepNhan"_s).toString(), u"20261123091530"_s); // UTC+7
        // 1.001193 takes 1 working day: Monday 09:15 → Tuesday at closing time.
        QCOMPARE(r.value(u"NgayHenTra"_s).toString(), u"20261124170000"_s);
        QCOMPARE(r.value(u"TrangThaiHoSo"_s).toInt(), 2);
        QCOMPARE(r.value(u"CanBoTiepNhan"_s).toString(), u"canbo01"_s);
        QCOMPARE(r.value(u"TaiKhoanDuocXacThucVoiVNeID"_s).toInt(), 0);
        QVERIFY(!r.contains(u"XacThucCongDan"_s));
        QCOMPARE(r.value(u"DanhSachTepDinhKemKhac"_s).toArray().size(), 2);
        QCOMPARE(r.value(u"HoSoCoThanhPhanSoHoa"_s).toInt(), 0);
        QCOMPARE(r.value(u"DinhDanhCHS"_s).toArray().first().toObject().value(u"SoDinhDanh"_s),
                 u"038090001234"_s);
        QCOMPARE(rows(store.db(), u"dossier_paper"_s), 2);
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
        QTest::newRow("paper of another procedure") << u"paper"_s << u"DDK"_s << u"intake.paper_unknown"_s;
        QTest::newRow("scan without file") << u"scan"_s << u"TK"_s << u"intake.paper_scan"_s;
        QTest::newRow("online, citizen never confirmed") << u"online"_s << QString() << u"intake.online_unconfirmed"_s;
        QTest::newRow("confirmed, no proof") << u"noproof"_s << QString() << u"intake.proof"_s;
        QTest::newRow("confirmed but direct") << u"direct-confirmed"_s << QString() << u"intake.channel"_s;
        QTest::newRow("unknown exemption") << u"exempt"_s << u"KHONG_CO"_s << u"fees.unknown_exemption"_s;
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
        else if (field == u"procedure")
            d.procedureCode = value;
        else if (field == u"paper")
            d.papers.append(PaperDraft::of(value, u"Đơn đăng ký"_s, true, 1, PaperForm::CopyKept));
        else if (field == u"scan")
            d.papers[0].form = PaperForm::ScanAttached; // no stored file behind it
        else if (field == u"online")
            d.channel = Channel::Online;
        else if (field == u"noproof")
            d.channel = Channel::Online, d.confirmation = Confirmation::Confirmed;
        else if (field == u"direct-confirmed")
            d.confirmation = Confirmation::Awaiting;
        else if (field == u"exempt")
            d.exemptionCodes = {value};
        auto queued = IntakeService(store.db(), sampleRules(), store.dir() + u"/attachments"_s)
                          .queue(d, desk(u"01"_s), QDateTime::currentDateTime());
        QVERIFY(!queued.has_value());
        QCOMPARE(queued.error().code, code);
        QVERIFY(!queued.error().message.isEmpty());
        QCOMPARE(rows(store.db(), u"dossier"_s), 0);
        QCOMPARE(rows(store.db(), u"outbox"_s), 0);
        QCOMPARE(rows(store.db(), u"dossier_paper"_s), 0);
    }

    void missingRequiredPapersAreListed()
    {
        TempStore store;
        DossierDraft d = draft();
        d.papers.clear();
        d.papers.append(PaperDraft::of(u"GCNKH"_s, QString(), false, 1, PaperForm::CopyKept)); // optional only
        auto queued = IntakeService(store.db()).queue(d, desk(u"01"_s), QDateTime::currentDateTime());
        QVERIFY(!queued);
        QCOMPARE(queued.error().code, u"intake.papers_missing"_s);
        auto procedure = motcua::CatalogRepository(store.db()).procedure(u"1.001193"_s);
        for (const motcua::ProcedurePaper &p : (*procedure)->papers) {
            QCOMPARE(queued.error().message.contains(p.name), p.required); // only the missing ones
        }
        QCOMPARE(rows(store.db(), u"dossier"_s), 0);
    }

    void scansAreStoredAndReusedForTheSameCitizenOnly()
    {
        TempStore store;
        const QString attachments = store.dir() + u"/attachments"_s;
        AttachmentStore scans(attachments, testVault());
        auto a = scans.import(writePdf(store.dir(), 1));
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        IntakeService intake(store.db(), {}, attachments);
        DossierDraft first = draft();
        first.papers[1] = scanned(u"GCS"_s, *a);
        auto saved = intake.queue(first, desk(u"01"_s), QDateTime::currentDateTime());
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(scalar(store.db(), u"SELECT sha256 FROM dossier_paper WHERE paper_code = 'GCS'"_s)
                     .toString(), a->sha256);
        QCOMPARE(rows(store.db(), u"attachment"_s), 1);

        motcua::DossierRepository dossiers(store.db());
        auto mine = dossiers.digitisedPapers(u"038090001234"_s);
        QVERIFY(mine && mine->size() == 1);
        QCOMPARE(mine->first().sha256, a->sha256);
        QCOMPARE(mine->first().paperCode, u"GCS"_s);
        QCOMPARE(mine->first().dossierCode, saved->queued.code);
        QVERIFY(dossiers.digitisedPapers(u"001195012345"_s)->isEmpty()); // another citizen

        // "Provide data only once": the second dossier reuses the scan, nothing is copied.
        (void)onlyPayload(store.db());
        DossierDraft second = draft();
        second.papers[1] = PaperDraft::of(u"GCS"_s, QString(), true, 1, PaperForm::ReusedDigitised, a->sha256);
        auto again = intake.queue(second, desk(u"01"_s), QDateTime::currentDateTime());
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(rows(store.db(), u"attachment"_s), 1);
        auto batch = motcua::OutboxRepository(store.db()).claimBatch(10, QDateTime::currentDateTimeUtc());
        QCOMPARE(batch->size(), 1);
        const QJsonObject doc = batch->first().payload().value(u"TaiLieuNop"_s).toArray().first().toObject();
        QCOMPARE(doc.value(u"TepDinhKemId"_s).toString(), a->sha256);
        QCOMPARE(doc.value(u"DuocTaiSuDung"_s).toInt(), 1);
        QCOMPARE(doc.value(u"MaThanhPhanHoSo"_s).toString(), u"GCS"_s);
        QCOMPARE(batch->first().payload().value(u"HoSoCoThanhPhanSoHoa"_s).toInt(), 1);
    }

    void aScanWhoseFileVanishedIsNotReferenced()
    {
        TempStore store;
        const QString attachments = store.dir() + u"/attachments"_s;
        AttachmentStore scans(attachments, testVault());
        auto a = scans.import(writePdf(store.dir(), 2));
        QVERIFY(a);
        QVERIFY(QFile::remove(scans.pathOf(a->sha256)));
        DossierDraft d = draft();
        d.papers[0] = scanned(u"TK"_s, *a);
        auto saved = IntakeService(store.db(), {}, attachments)
                         .queue(d, desk(u"01"_s), QDateTime::currentDateTime());
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, u"intake.paper_file"_s);
        QCOMPARE(rows(store.db(), u"dossier"_s), 0);
        QCOMPARE(rows(store.db(), u"attachment"_s), 0);
    }

    void awaitingCitizenIsOnlineButNotAuthenticated()
    {
        TempStore store;
        DossierDraft d = draft();
        d.procedureCode = u"1.012783"_s; // 810.000 đồng; the sample policy gives 50% online
        d.papers = {PaperDraft::of(u"DDK"_s, QString(), true, 1, PaperForm::CopyKept),
                    PaperDraft::of(u"GCN"_s, QString(), true, 1, PaperForm::OriginalSeen)};
        d.channel = Channel::Online;
        d.confirmation = Confirmation::Awaiting;
        auto saved = IntakeService(store.db(), sampleRules())
                         .queue(d, desk(u"01"_s), vn(2026, 11, 23, 9, 0));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const QJsonObject r = onlyPayload(store.db());
        QCOMPARE(r.value(u"KenhThucHien"_s).toInt(), 2);
        QCOMPARE(r.value(u"ChoCongDanXacNhan"_s).toInt(), 1);
        QCOMPARE(r.value(u"TaiKhoanDuocXacThucVoiVNeID"_s).toInt(), 0);
        QVERIFY(!r.contains(u"XacThucCongDan"_s));
        // Not authenticated yet: the online reduction does not apply, nor the shorter time.
        QCOMPARE(saved->receipt.feeTotal, 810000);
        QCOMPARE(r.value(u"DanhSachLePhi"_s).toArray().first().toObject().value(u"Gia"_s).toInt(), 810000);
        QCOMPARE(saved->queued.confirmation, Confirmation::Awaiting);
        QCOMPARE(scalar(store.db(), u"SELECT confirmation FROM dossier"_s).toString(), u"awaiting"_s);
    }

    void confirmedByTheCitizenCarriesTheProof()
    {
        TempStore store;
        IntakeService intake(store.db(), sampleRules());
        DossierDraft d = draft();
        d.procedureCode = u"1.012783"_s;
        d.papers = {PaperDraft::of(u"DDK"_s, QString(), true, 1, PaperForm::CopyKept),
                    PaperDraft::of(u"GCN"_s, QString(), true, 1, PaperForm::OriginalSeen)};
        d.channel = Channel::Online;
        d.confirmation = Confirmation::Confirmed;
        const QDateTime now = vn(2026, 11, 23, 9, 0);
        auto preview = intake.preview(d, desk(u"01"_s), now);
        QVERIFY(preview);
        QVERIFY(preview->summaryText.contains(u"Lê Văn Đức"_s));
        QVERIFY(preview->summaryText.contains(u"405.000 đồng"_s)); // 50% of 810.000
        QCOMPARE(preview->summaryHash, IntakeService::summaryHash(preview->summaryText));
        d.proof = {u"tok-secret"_s, preview->summaryHash, u"CD000123"_s, 2, now.addSecs(-60)};

        // A change after the citizen's consent invalidates it.
        DossierDraft changed = d;
        changed.papers.append(PaperDraft::of(u"MTD"_s, QString(), false, 1, PaperForm::CopyKept));
        auto refused = intake.queue(changed, desk(u"01"_s), now);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"intake.proof_changed"_s);
        QCOMPARE(rows(store.db(), u"dossier"_s), 0);

        auto saved = intake.queue(d, desk(u"01"_s), now.addSecs(90));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const QJsonObject r = onlyPayload(store.db());
        QCOMPARE(r.value(u"KenhThucHien"_s).toInt(), 2);
        QCOMPARE(r.value(u"TaiKhoanDuocXacThucVoiVNeID"_s).toInt(), 1);
        QCOMPARE(r.value(u"MaDoiTuong"_s).toString(), u"CD000123"_s);
        const QJsonObject proof = r.value(u"XacThucCongDan"_s).toObject();
        QCOMPARE(proof.value(u"MaXacThuc"_s).toString(), u"tok-secret"_s);
        QCOMPARE(proof.value(u"MaTomTat"_s).toString(), preview->summaryHash);
        QCOMPARE(proof.value(u"NoiDungTomTat"_s).toString(), preview->summaryText);
        QCOMPARE(proof.value(u"ThoiDiemDongY"_s).toString(), u"20261123085900"_s);
        QCOMPARE(r.value(u"NgayNopHoSo"_s).toString(), u"20261123085900"_s);
        QCOMPARE(r.value(u"CanBoTiepNhan"_s).toString(), u"canbo01"_s); // both actors
        QCOMPARE(saved->receipt.feeTotal, 405000);
        QVERIFY(saved->receipt.citizenConfirmed);
        QCOMPARE(scalar(store.db(), u"SELECT citizen_account FROM dossier"_s).toString(), u"CD000123"_s);
        // The token is a secret: only the outbox payload, which must carry it, holds it.
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM dossier WHERE fee_lines LIKE '%tok-secret%' "
                                    "OR citizen_account LIKE '%tok-secret%'"_s).toInt(), 0);
    }

    void provinceShortensTheOnlineProcessingTime()
    {
        TempStore store;
        IntakeService intake(store.db());
        DossierDraft d = draft();
        d.procedureCode = u"1.012790"_s; // 5 working days, 3 when the citizen submits online
        auto procedure = motcua::CatalogRepository(store.db()).procedure(d.procedureCode);
        d.papers.clear();
        for (const motcua::ProcedurePaper &p : (*procedure)->papers)
            d.papers.append(PaperDraft::of(p.code, p.name, p.required, 1, PaperForm::CopyKept));
        const QDateTime monday = vn(2026, 11, 23, 9, 0);
        auto direct = intake.preview(d, desk(u"01"_s), monday);
        QVERIFY(direct);
        QCOMPARE(direct->workingDays, 5);
        QCOMPARE(direct->dueAt, vn(2026, 11, 30, 17, 0));
        d.channel = Channel::Online;
        d.confirmation = Confirmation::Confirmed;
        auto online = intake.preview(d, desk(u"01"_s), monday);
        QCOMPARE(online->workingDays, 3);
        QVERIFY(online->shortenedOnline);
        QCOMPARE(online->dueAt, vn(2026, 11, 26, 17, 0));
        // Received after closing: counting starts the next working morning (Friday → Monday).
        d.channel = Channel::Direct;
        d.confirmation = Confirmation::None;
        QCOMPARE(intake.preview(d, desk(u"01"_s), vn(2026, 11, 27, 17, 30))->dueAt,
                 vn(2026, 12, 7, 17, 0));
    }

    void reprintRebuildsTheSameReceipt()
    {
        TempStore store;
        DossierDraft d = draft();
        d.exemptionCodes = {u"DUNG_HAN"_s};
        auto saved = IntakeService(store.db(), sampleRules())
                         .queue(d, desk(u"01"_s), vn(2026, 11, 23, 10, 0));
        QVERIFY(saved);
        auto row = motcua::DossierRepository(store.db()).find(saved->queued.id);
        QVERIFY(row && row->has_value());
        const motcua::Receipt again = IntakeService::receiptFor(**row);
        const motcua::Receipt &first = saved->receipt;
        QCOMPARE(again.dossierCode, first.dossierCode);
        QCOMPARE(again.unitName, first.unitName);
        QCOMPARE(again.applicantName, u"Lê Văn Đức"_s);
        QCOMPARE(again.papers.size(), 2);
        QCOMPARE(again.papers.at(1).form, PaperForm::CopyKept);
        QCOMPARE(again.feeTotal, first.feeTotal);
        QCOMPARE(again.fees.size(), first.fees.size());
        QCOMPARE(again.receivedAt, first.receivedAt);
        QCOMPARE(again.dueAt, first.dueAt);
        QCOMPARE(again.resultPlace, first.resultPlace);
        QCOMPARE(again.clerkName, u"canbo01"_s);
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
