// The citizen's own confirmation of a dossier ("không làm thay") against the real simulator:
// the client API (IdentityService) obtains the proof, and pushes show which online dossiers the
// provincial system accepts and counts as confirmed by the citizen.
#include "ConfirmationFixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace motcua;
using namespace motcua::test;

namespace {

const QString kSummary = u"Đăng ký khai sinh — Nguyễn Văn An — lệ phí 0 đ — hẹn trả 26/11/2026"_s;

} // namespace

class TestConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void summaryHashIsOfTheNfcText()
    {
        const QString nfc = u"Đăng ký khai sinh"_s;
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        QVERIFY(nfd != nfc);
        QCOMPARE(IdentityService::summaryHash(nfd), IdentityService::summaryHash(nfc));
        QCOMPARE(IdentityService::summaryHash(u"abc"_s),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }

    void theCitizensCodeGivesAProof()
    {
        Fixture f;
        const QJsonObject c = f.citizen(u"active"_s);
        auto started = f.start(c.value(u"SoDinhDanh"_s).toString(), kSummary);
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
        QVERIFY(started->ticket && !started->proof);
        QVERIFY(started->ticket->expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(!started->ticket->phoneHint.contains(c.value(u"SoDienThoai"_s).toString()));
        const QString id = started->ticket->remoteId;
        const QList<QJsonObject> sms = f.sent(u"confirmation"_s);
        QCOMPARE(sms.size(), 1);
        QCOMPARE(sms.first().value(u"phone"_s).toString(), c.value(u"SoDienThoai"_s).toString());
        QVERIFY(sms.first().value(u"text"_s).toString().contains(u"Đăng ký khai sinh"_s));
        const QString code = f.lastCode(u"confirmation"_s, u"confirmation_id"_s, id);
        QCOMPARE(code.size(), 6);

        const ConfirmationOutcome wrong = f.verify(id, wrongCode(code), kSummary);
        QCOMPARE(wrong.kind, ConfirmationOutcome::WrongCode);
        QCOMPARE(wrong.attemptsLeft, started->ticket->maxAttempts - 1);
        QVERIFY(!wrong.proof.isValid());

        const ConfirmationOutcome right = f.verify(id, code, kSummary);
        QCOMPARE(right.kind, ConfirmationOutcome::Confirmed);
        QVERIFY(right.proof.isValid());
        QCOMPARE(right.proof.summaryHash, IdentityService::summaryHash(kSummary));
        QCOMPARE(right.proof.accountId, c.value(u"MaDoiTuong"_s).toString());
        QVERIFY(right.proof.accountId.startsWith(u"CD"_s));
        QCOMPARE(right.proof.level, c.value(u"vneid_level"_s).toInt());
        QVERIFY(qAbs(right.proof.confirmedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(right.proof.token.size() >= 43); // 32 random bytes, base64url

        // Done once: the same code proves nothing a second time.
        QCOMPARE(f.verify(id, code, kSummary).kind, ConfirmationOutcome::Failed);
    }

    void resendReplacesTheCode()
    {
        Fixture f({u"--otp-resend-after"_s, u"1"_s});
        const QJsonObject c = f.citizen(u"active"_s);
        auto started = f.start(c.value(u"SoDinhDanh"_s).toString(), kSummary);
        QVERIFY(started && started->ticket);
        const QString id = started->ticket->remoteId;
        auto tooSoon = await<Result<ActivationTicket>>(
            [&](auto done) { f.service->resendConfirmation(id, done); });
        QCOMPARE(tooSoon.error().code, u"identity.too_soon"_s);
        QTest::qWait(1200);
        const QString first = f.lastCode(u"confirmation"_s, u"confirmation_id"_s, id);
        auto again = await<Result<ActivationTicket>>(
            [&](auto done) { f.service->resendConfirmation(id, done); });
        QVERIFY(again.has_value());
        QCOMPARE(f.sent(u"confirmation"_s).size(), 2);
        const QString second = f.lastCode(u"confirmation"_s, u"confirmation_id"_s, id);
        QVERIFY(second != first);
        QCOMPARE(f.verify(id, first, kSummary).kind, ConfirmationOutcome::WrongCode);
        QCOMPARE(f.verify(id, second, kSummary).kind, ConfirmationOutcome::Confirmed);
    }

    void withoutAnActiveAccountActivateFirst()
    {
        Fixture f;
        for (const QString &status : {u"not_activated"_s, u"none"_s}) {
            const QJsonObject c = f.citizen(status);
            auto started = f.start(c.value(u"SoDinhDanh"_s).toString(), kSummary);
            QVERIFY(!started.has_value());
            QCOMPARE(started.error().code, u"identity.not_active"_s);
            QVERIFY(started.error().detail.contains(u"HTTP 409"_s));
        }
        QCOMPARE(f.start(u"096199999999"_s, kSummary).error().code, u"identity.not_found"_s);
        QCOMPARE(f.start(f.citizen(u"active"_s).value(u"SoDinhDanh"_s).toString(), u" "_s).error().code,
                 u"identity.summary"_s);
        QVERIFY(f.sent(u"confirmation"_s).isEmpty());
    }

    void aFreshActivationConfirmsWithoutASecondCode()
    {
        Fixture f;
        const QJsonObject c = f.citizen(u"not_activated"_s);
        const QJsonObject other = f.citizen(u"not_activated"_s, 1);
        const QString cccd = c.value(u"SoDinhDanh"_s).toString();
        const QString token = f.activationToken(c);
        const QString otherToken = f.activationToken(other);

        // Another citizen's activation is no shortcut: a code goes to this citizen's phone.
        auto foreign = f.start(cccd, kSummary, otherToken);
        QVERIFY(foreign && foreign->ticket && !foreign->proof);

        auto started = f.start(cccd, kSummary, token);
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
        QVERIFY(started->proof && !started->ticket);
        QVERIFY(started->proof->isValid());
        QVERIFY(started->proof->token != token); // a new token, bound to the summary
        QCOMPARE(started->proof->summaryHash, IdentityService::summaryHash(kSummary));
        QVERIFY(started->proof->accountId.startsWith(u"CD"_s));
        QCOMPARE(f.sent(u"confirmation"_s).size(), 1); // only the foreign attempt's

        // An activation is exchanged once: the next dossier needs the citizen's code.
        auto second = f.start(cccd, u"Chứng thực bản sao"_s, token);
        QVERIFY(second && second->ticket && !second->proof);

        // The shortcut's proof is accepted for the dossier it was made for.
        const QJsonObject r = f.pushOne(withProof(record(c, 2), *started->proof));
        QCOMPARE(resultOf(r), u"created"_s);
    }

    void anActivationTooOldIsNoShortcut()
    {
        // Shown by the rule's boundary, not by waiting 15 minutes: the store keeps when the
        // activation token was issued; here it is made older than the window.
        Fixture f;
        const QJsonObject c = f.citizen(u"not_activated"_s);
        const QString token = f.activationToken(c);
        f.sim.stop();
        QVERIFY(ageActivationTokens(f.sim.dataDir(), 16));
        QVERIFY(f.sim.start({u"--test-endpoints"_s}));
        f.api = std::make_unique<ProvincialApi>(f.sim.url());
        f.session = std::make_unique<ClerkSession>(*f.api, ClerkCredentials{u"canbo01"_s, u"motcua-demo"_s});
        f.service = std::make_unique<IdentityService>(f.store.db(), *f.session);
        auto started = f.start(c.value(u"SoDinhDanh"_s).toString(), kSummary, token);
        QVERIFY(started && started->ticket && !started->proof);
    }

    void onlineDossiersNeedTheirOwnValidProof()
    {
        Fixture f;
        const QJsonObject an = f.citizen(u"active"_s, 0);
        const QJsonObject binh = f.citizen(u"active"_s, 1);

        const CitizenProof proof = f.proofFor(an, kSummary);
        const QJsonObject online = withProof(record(an, 2), proof);
        const QJsonObject created = f.pushOne(online);
        QCOMPARE(resultOf(created), u"created"_s);
        QCOMPARE(created.value(u"citizen_confirmation"_s).toString(), u"confirmed"_s);
        QVERIFY(!created.value(u"MaHoSoTinh"_s).toString().isEmpty());

        // Sent again (a lost answer): the same dossier, acknowledged as a duplicate.
        const QJsonObject again = f.pushOne(online);
        QCOMPARE(resultOf(again), u"duplicate"_s);
        QCOMPARE(again.value(u"MaHoSoTinh"_s), created.value(u"MaHoSoTinh"_s));

        // The same proof for a second dossier of the same citizen.
        QCOMPARE(resultOf(f.pushOne(withProof(record(an, 2), proof))),
                 u"invalid/citizen_proof_used"_s);

        // No proof at all.
        const QJsonObject missing = f.pushOne(record(an, 2));
        QCOMPARE(resultOf(missing), u"invalid/citizen_proof_missing"_s);
        QVERIFY(missing.value(u"message"_s).toString().contains(u"KenhThucHien"_s));

        // Binh's dossier with An's proof.
        const CitizenProof anAgain = f.proofFor(an, kSummary);
        QCOMPARE(resultOf(f.pushOne(withProof(record(binh, 2), anAgain))),
                 u"invalid/citizen_proof_other_citizen"_s);

        // The summary changed after the citizen confirmed it.
        CitizenProof changed = anAgain;
        changed.summaryHash = IdentityService::summaryHash(kSummary + u" (sửa)"_s);
        QCOMPARE(resultOf(f.pushOne(withProof(record(an, 2), changed))),
                 u"invalid/citizen_proof_summary_mismatch"_s);

        // The text sent with the proof must be the one hashed, and about this procedure and
        // citizen.
        const QString aboutAn = u"Thủ tục: 1.001193 — Đăng ký khai sinh; số định danh "_s
                                + an.value(u"SoDinhDanh"_s).toString();
        const CitizenProof withText = f.proofFor(an, aboutAn);
        QJsonObject wrongText = withProof(record(an, 2), withText);
        QJsonObject textProof = wrongText.value(u"XacThucCongDan"_s).toObject();
        textProof[u"NoiDungTomTat"_s] = QString(aboutAn + u" (sửa)"_s);
        wrongText[u"XacThucCongDan"_s] = textProof;
        QCOMPARE(resultOf(f.pushOne(wrongText)), u"invalid/citizen_proof_summary_mismatch"_s);
        const CitizenProof otherProcedure =
            f.proofFor(an, u"Thủ tục: 1.000894 — Đăng ký kết hôn"_s);
        QJsonObject aboutOther = withProof(record(an, 2), otherProcedure);
        QJsonObject otherText = aboutOther.value(u"XacThucCongDan"_s).toObject();
        otherText[u"NoiDungTomTat"_s] = u"Thủ tục: 1.000894 — Đăng ký kết hôn"_s;
        aboutOther[u"XacThucCongDan"_s] = otherText;
        QCOMPARE(resultOf(f.pushOne(aboutOther)), u"invalid/citizen_proof_summary_mismatch"_s);
        textProof[u"NoiDungTomTat"_s] = aboutAn;
        wrongText[u"XacThucCongDan"_s] = textProof;
        QCOMPARE(resultOf(f.pushOne(wrongText)), u"created"_s);

        // Another account than the one the citizen confirmed with, or not flagged as VNeID.
        QJsonObject otherAccount = withProof(record(an, 2), anAgain);
        otherAccount[u"MaDoiTuong"_s] = binh.value(u"MaDoiTuong"_s);
        QCOMPARE(resultOf(f.pushOne(otherAccount)), u"invalid/citizen_proof_account_mismatch"_s);
        QJsonObject notFlagged = withProof(record(an, 2), anAgain);
        notFlagged[u"TaiKhoanDuocXacThucVoiVNeID"_s] = 0;
        QCOMPARE(resultOf(f.pushOne(notFlagged)), u"invalid/citizen_proof_account_mismatch"_s);

        // A token the provincial system never issued.
        CitizenProof forged = anAgain;
        forged.token = u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
        QCOMPARE(resultOf(f.pushOne(withProof(record(an, 2), forged))),
                 u"invalid/citizen_proof_invalid"_s);

        // A proof on a direct dossier, and the citizen's confirmation of nothing.
        QCOMPARE(resultOf(f.pushOne(withProof(record(an, 1), anAgain))),
                 u"invalid/citizen_proof_not_online"_s);
        // After all the refusals, the unused proof still proves its own dossier, once.
        const QJsonArray batch = f.push({withProof(record(an, 2), anAgain),
                                         withProof(record(an, 2), anAgain)});
        QCOMPARE(resultOf(batch.at(0).toObject()), u"created"_s);
        QCOMPARE(resultOf(batch.at(1).toObject()), u"invalid/citizen_proof_used"_s);

        // Direct and postal dossiers need no proof.
        QCOMPARE(resultOf(f.pushOne(record(binh, 1))), u"created"_s);
        QCOMPARE(resultOf(f.pushOne(record(binh, 3))), u"created"_s);

        QCOMPARE(f.stat(u"dossiers"_s), 5); // with the one whose summary text was right
        QCOMPARE(f.stat(u"online"_s), 3);
        QCOMPARE(f.stat(u"online_citizen_confirmed"_s), 3);
        QCOMPARE(f.stat(u"awaiting_citizen"_s), 0);
        QCOMPARE(f.stat(u"direct"_s), 1);
        QCOMPARE(f.stat(u"postal"_s), 1);
        QCOMPARE(f.stat(u"invalid"_s), 11); // with the two wrong summary texts
        QCOMPARE(f.stat(u"duplicates"_s), 1);
    }

    void anExpiredProofIsRefused()
    {
        Fixture f({u"--proof-ttl"_s, u"1"_s});
        const QJsonObject c = f.citizen(u"active"_s);
        const CitizenProof proof = f.proofFor(c, kSummary);
        QTest::qWait(1500);
        QCOMPARE(resultOf(f.pushOne(withProof(record(c, 2), proof))),
                 u"invalid/citizen_proof_expired"_s);
        QCOMPARE(f.stat(u"online"_s), 0);
    }

    void aDeferredConfirmationCountsOnceTheCitizenConfirms()
    {
        Fixture f;
        const QJsonObject c = f.citizen(u"active"_s);
        QJsonObject deferred = record(c, 2);
        deferred[u"ChoCongDanXacNhan"_s] = 1;
        const QString maHoSo = deferred.value(u"MaHoSo"_s).toString();
        const QJsonObject created = f.pushOne(deferred);
        QCOMPARE(resultOf(created), u"created"_s);
        QCOMPARE(created.value(u"citizen_confirmation"_s).toString(), u"awaiting"_s);
        QCOMPARE(f.stat(u"online"_s), 1);
        QCOMPARE(f.stat(u"awaiting_citizen"_s), 1);
        QCOMPARE(f.stat(u"online_citizen_confirmed"_s), 0);

        const QList<QJsonObject> sms = f.sent(u"dossier_confirmation"_s);
        QCOMPARE(sms.size(), 1);
        QCOMPARE(sms.first().value(u"MaHoSo"_s).toString(), maHoSo);
        QCOMPARE(sms.first().value(u"phone"_s).toString(), c.value(u"SoDienThoai"_s).toString());
        QVERIFY(sms.first().value(u"text"_s).toString().contains(maHoSo));
        const QString code = sms.first().value(u"code"_s).toString();

        // Sent again: a duplicate, and no second code.
        QCOMPARE(resultOf(f.pushOne(deferred)), u"duplicate"_s);
        QCOMPARE(f.sent(u"dossier_confirmation"_s).size(), 1);

        const ApiReply wrong = f.confirmFromPhone(maHoSo, wrongCode(code));
        QCOMPARE(wrong.httpStatus, 422);
        QCOMPARE(wrong.errorCode(), 6);
        QCOMPARE(wrong.body.value(u"attempts_left"_s).toInt(), 4);
        QCOMPARE(f.confirmFromPhone(u"XA0001-000000-01-9999"_s, code).httpStatus, 404);
        QCOMPARE(f.stat(u"online_citizen_confirmed"_s), 0);

        const ApiReply right = f.confirmFromPhone(maHoSo, code);
        QCOMPARE(right.httpStatus, 200);
        QCOMPARE(right.errorCode(), 0);
        QCOMPARE(f.stat(u"online_citizen_confirmed"_s), 1);
        QCOMPARE(f.stat(u"awaiting_citizen"_s), 0);
        QCOMPARE(f.stat(u"online"_s), 1);
        QCOMPARE(f.confirmFromPhone(maHoSo, code).httpStatus, 409);

        // The resend of a confirmed dossier is still a duplicate, now said to be confirmed.
        const QJsonObject resent = f.pushOne(deferred);
        QCOMPARE(resultOf(resent), u"duplicate"_s);
        QCOMPARE(resent.value(u"citizen_confirmation"_s).toString(), u"confirmed"_s);
    }

    void aDeferredConfirmationLocksAfterTooManyWrongCodes()
    {
        Fixture f({u"--otp-max-attempts"_s, u"2"_s});
        const QJsonObject c = f.citizen(u"active"_s);
        QJsonObject deferred = record(c, 2);
        deferred[u"ChoCongDanXacNhan"_s] = 1;
        const QString maHoSo = deferred.value(u"MaHoSo"_s).toString();
        QCOMPARE(resultOf(f.pushOne(deferred)), u"created"_s);
        const QString code = f.sent(u"dossier_confirmation"_s).first().value(u"code"_s).toString();
        QCOMPARE(f.confirmFromPhone(maHoSo, wrongCode(code)).httpStatus, 422);
        QCOMPARE(f.confirmFromPhone(maHoSo, wrongCode(code)).httpStatus, 423);
        QCOMPARE(f.confirmFromPhone(maHoSo, code).httpStatus, 423);
        QCOMPARE(f.stat(u"online_citizen_confirmed"_s), 0);
    }

    void aDeferredConfirmationNeedsACitizenWhoCanConfirm()
    {
        Fixture f;
        for (const QString &status : {u"not_activated"_s, u"none"_s}) {
            QJsonObject r = record(f.citizen(status), 2);
            r[u"ChoCongDanXacNhan"_s] = 1;
            QCOMPARE(resultOf(f.pushOne(r)), u"invalid/citizen_account_inactive"_s);
        }
        QJsonObject stranger = record(f.citizen(u"active"_s), 2);
        stranger[u"SoGiayToChuHoSo"_s] = u"096199999999"_s;
        stranger[u"ChoCongDanXacNhan"_s] = 1;
        QCOMPARE(resultOf(f.pushOne(stranger)), u"invalid/citizen_unknown"_s);

        // Either the proof or the deferral, and only on online dossiers.
        const QJsonObject c = f.citizen(u"active"_s);
        QJsonObject both = withProof(record(c, 2), f.proofFor(c, kSummary));
        both[u"ChoCongDanXacNhan"_s] = 1;
        QCOMPARE(resultOf(f.pushOne(both)), u"invalid/citizen_proof_ambiguous"_s);
        QJsonObject direct = record(c, 1);
        direct[u"ChoCongDanXacNhan"_s] = 1;
        QCOMPARE(resultOf(f.pushOne(direct)), u"invalid/citizen_proof_not_online"_s);
        QVERIFY(f.sent(u"dossier_confirmation"_s).isEmpty());
        QCOMPARE(f.stat(u"dossiers"_s), 0);
    }

private:
    // Moves the issue time of every activation token `minutes` into the past, in the stopped
    // simulator's own store.
    static bool ageActivationTokens(const QString &dataDir, int minutes);
};

bool TestConfirmation::ageActivationTokens(const QString &dataDir, int minutes)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age-tokens"_s);
        db.setDatabaseName(dataDir + u"/provincial-sim.db"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE citizen_tokens SET issued_at = ?"_s);
            q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-60 * minutes)
                               .toString(Qt::ISODateWithMs));
            ok = q.exec() && q.numRowsAffected() > 0;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"age-tokens"_s);
    return ok;
}

QTEST_GUILESS_MAIN(TestConfirmation)
#include "tst_confirmation.moc"
