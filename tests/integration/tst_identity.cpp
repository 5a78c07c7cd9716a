#include "Await.h"
#include "SimProcess.h"
#include "TempStore.h"

#include "identity/IdentityService.h"
#include "store/IdentityRepository.h"
#include "sync/ClerkSession.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

struct Fixture
{
    explicit Fixture(const QStringList &simArgs = {})
    {
        if (!sim.start(QStringList{u"--test-endpoints"_s} + simArgs))
            qFatal("simulator did not start");
        api = std::make_unique<ProvincialApi>(sim.url());
        session = std::make_unique<ClerkSession>(*api, ClerkCredentials{u"canbo01"_s, u"motcua-demo"_s});
        service = std::make_unique<IdentityService>(store.db(), *session);
    }

    QJsonObject citizen(const QString &status)
    {
        const QJsonArray list = sim.getJson(u"/test/citizens"_s, u"status=%1&limit=1"_s.arg(status))
                                    .value(u"citizens"_s).toArray();
        if (list.isEmpty())
            qFatal("the simulator has no citizen with that status");
        return list.first().toObject();
    }

    QString lastCode(const QString &activationId)
    {
        for (const QJsonValue &v : sim.getJson(u"/test/sent-codes"_s).value(u"codes"_s).toArray()) {
            if (v.toObject().value(u"activation_id"_s).toString() == activationId)
                return v.toObject().value(u"code"_s).toString();
        }
        return {};
    }

    Result<IdentityAnswer> lookup(const LookupRequest &r)
    {
        return await<Result<IdentityAnswer>>([&](auto done) { service->lookup(r, done); });
    }
    Result<ActivationTicket> start(const QString &cccd, const QString &phone)
    {
        return await<Result<ActivationTicket>>(
            [&](auto done) { service->startActivation(cccd, phone, u"vneid"_s, done); });
    }
    ActivationOutcome verify(const QString &id, const QString &code)
    {
        return await<ActivationOutcome>([&](auto done) { service->verify(id, code, done); });
    }

    SimProcess sim;
    TempStore store;
    std::unique_ptr<ProvincialApi> api;
    std::unique_ptr<ClerkSession> session;
    std::unique_ptr<IdentityService> service;
};

LookupRequest requestFor(const QJsonObject &c)
{
    LookupRequest r;
    r.cccd = c.value(u"SoDinhDanh"_s).toString();
    r.name = c.value(u"HoVaTen"_s).toString();
    r.dateOfBirth = QDate::fromString(c.value(u"NgaySinh"_s).toString(), u"yyyyMMdd"_s);
    r.sex = c.value(u"GioiTinh"_s).toInt() == 1 ? Sex::Male : Sex::Female;
    r.purpose = u"tiep-nhan-ho-so"_s;
    return r;
}


} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

private slots:
    void lookupFindsTheCitizenAndTheirAccount()
    {
        Fixture f;
        const QJsonObject c = f.citizen(u"active"_s);
        LookupRequest r = requestFor(c);
        // Typed without diacritics and in capitals: still the same name.
        r.name = r.name.normalized(QString::NormalizationForm_D).toUpper();
        auto a = f.lookup(r);
        QVERIFY2(a.has_value(), qPrintable(a ? QString() : a.error().message));
        QCOMPARE(a->source, IdentitySource::Online);
        QVERIFY(a->found);
        QCOMPARE(a->nameMatches, std::optional<bool>(true));
        QCOMPARE(a->dateOfBirthMatches, std::optional<bool>(true));
        QCOMPARE(a->sexMatches, std::optional<bool>(true));
        QVERIFY(a->canLogIn());
        QVERIFY(a->vneid()->level == 1 || a->vneid()->level == 2);
        QCOMPARE(scalar(f.store.db(), u"SELECT clerk || '/' || purpose || '/' || source FROM identity_lookup"_s)
                     .toString(), u"canbo01/tiep-nhan-ho-so/online"_s);
    }

    void mismatchAndUnknownNumber()
    {
        Fixture f;
        LookupRequest r = requestFor(f.citizen(u"none"_s));
        r.name = u"Người Khác Hẳn"_s;
        r.dateOfBirth = r.dateOfBirth.addDays(1);
        auto a = f.lookup(r);
        QVERIFY(a && a->found);
        QCOMPARE(a->nameMatches, std::optional<bool>(false));
        QCOMPARE(a->dateOfBirthMatches, std::optional<bool>(false));
        QVERIFY(!a->canLogIn());
        QVERIFY(!a->registeredName.isEmpty());

        LookupRequest stranger;
        stranger.cccd = u"096199999999"_s; // valid structure, not in the register
        stranger.purpose = u"tiep-nhan-ho-so"_s;
        auto b = f.lookup(stranger);
        QVERIFY(b.has_value());
        QVERIFY(!b->found);
    }

    void refusesBadNumberAndMissingPurpose()
    {
        Fixture f;
        LookupRequest r;
        r.cccd = u"12345"_s;
        r.purpose = u"x"_s;
        QCOMPARE(f.lookup(r).error().code, u"cccd.length"_s);
        r = requestFor(f.citizen(u"active"_s));
        r.purpose.clear();
        QCOMPARE(f.lookup(r).error().code, u"identity.purpose"_s);
        QCOMPARE(scalar(f.store.db(), u"SELECT count(*) FROM identity_lookup"_s).toInt(), 0);
    }

    void offlineAnswersFromCacheWithItsAgeOrSaysUnknown()
    {
        Fixture f;
        const LookupRequest known = requestFor(f.citizen(u"active"_s));
        auto online = f.lookup(known);
        QVERIFY(online && online->found);
        f.sim.stop();

        auto cached = f.lookup(known);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->source, IdentitySource::Cache);
        QVERIFY(cached->found);
        QVERIFY(cached->canLogIn());
        QCOMPARE(cached->checkedAt.toSecsSinceEpoch(), online->checkedAt.toSecsSinceEpoch());
        QVERIFY(!cached->offlineReason.isEmpty());
        QVERIFY(!cached->nameMatches.has_value()); // not compared again: never a guess as fact

        LookupRequest never = known;
        never.cccd = u"001090000001"_s;
        auto unknown = f.lookup(never);
        QVERIFY(unknown.has_value());
        QCOMPARE(unknown->source, IdentitySource::Unknown);
        QVERIFY(!unknown->found);
        QCOMPARE(scalar(f.store.db(), u"SELECT group_concat(source, ',') FROM "
                                      "(SELECT source FROM identity_lookup ORDER BY id)"_s).toString(),
                 u"online,cache,unknown"_s);
    }

    void activationWithTheCitizensCode()
    {
        Fixture f;
        const QJsonObject c = f.citizen(u"not_activated"_s);
        const QString cccd = c.value(u"SoDinhDanh"_s).toString();
        QCOMPARE(f.start(cccd, u"0999999999"_s).error().code, u"identity.phone"_s);
        auto ticket = f.start(cccd, c.value(u"SoDienThoai"_s).toString());
        QVERIFY2(ticket.has_value(), qPrintable(ticket ? QString() : ticket.error().message));
        QVERIFY(ticket->expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(!ticket->phoneHint.contains(c.value(u"SoDienThoai"_s).toString()));
        const QString code = f.lastCode(ticket->remoteId);
        QCOMPARE(code.size(), 6);

        const ActivationOutcome wrong = f.verify(ticket->remoteId, wrongCode(code));
        QCOMPARE(wrong.kind, ActivationOutcome::WrongCode);
        QCOMPARE(wrong.attemptsLeft, ticket->maxAttempts - 1);
        const ActivationOutcome right = f.verify(ticket->remoteId, code);
        QCOMPARE(right.kind, ActivationOutcome::Activated);
        QVERIFY(!right.citizenToken.isEmpty());
        QVERIFY(f.lookup(requestFor(c))->canLogIn());
        // The day is Vietnam's (UTC+7): from 17:00 UTC it is already tomorrow there.
        const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
        QCOMPARE(*IdentityRepository(f.store.db()).activatedCount(u"canbo01"_s, today), 1);
        QCOMPARE(*IdentityRepository(f.store.db()).activatedCount(u"canbo02"_s, today), 0);
        // Activating again is refused: there is nothing left to activate.
        QCOMPARE(f.start(cccd, c.value(u"SoDienThoai"_s).toString()).error().code,
                 u"identity.already_active"_s);
    }

    void tooManyWrongCodesLock()
    {
        Fixture f({u"--otp-max-attempts"_s, u"3"_s});
        const QJsonObject c = f.citizen(u"none"_s);
        auto ticket = f.start(c.value(u"SoDinhDanh"_s).toString(), c.value(u"SoDienThoai"_s).toString());
        QVERIFY(ticket.has_value());
        const QString code = f.lastCode(ticket->remoteId);
        ActivationOutcome last;
        for (int i = 0; i < 3; ++i)
            last = f.verify(ticket->remoteId, wrongCode(code));
        QVERIFY(last.kind == ActivationOutcome::Locked || last.attemptsLeft == 0);
        // Even the right code is refused once locked.
        QCOMPARE(f.verify(ticket->remoteId, code).kind, ActivationOutcome::Locked);
        QCOMPARE(scalar(f.store.db(), u"SELECT state FROM activation"_s).toString(), u"locked"_s);
    }

    void codesExpire()
    {
        Fixture f({u"--otp-ttl"_s, u"1"_s});
        const QJsonObject c = f.citizen(u"none"_s);
        auto ticket = f.start(c.value(u"SoDinhDanh"_s).toString(), c.value(u"SoDienThoai"_s).toString());
        QVERIFY(ticket.has_value());
        const QString code = f.lastCode(ticket->remoteId);
        QTest::qWait(1600);
        QCOMPARE(f.verify(ticket->remoteId, code).kind, ActivationOutcome::Expired);
    }

    void resendIsRateLimitedAndReplacesTheCode()
    {
        Fixture f({u"--otp-resend-after"_s, u"1"_s});
        const QJsonObject c = f.citizen(u"none"_s);
        auto ticket = f.start(c.value(u"SoDinhDanh"_s).toString(), c.value(u"SoDienThoai"_s).toString());
        QVERIFY(ticket.has_value());
        const QString first = f.lastCode(ticket->remoteId);
        auto tooSoon = await<Result<ActivationTicket>>(
            [&](auto done) { f.service->resend(ticket->remoteId, done); });
        QCOMPARE(tooSoon.error().code, u"identity.too_soon"_s);
        QTest::qWait(1200);
        auto again = await<Result<ActivationTicket>>(
            [&](auto done) { f.service->resend(ticket->remoteId, done); });
        QVERIFY(again.has_value());
        const QString second = f.lastCode(ticket->remoteId);
        if (second != first) // a new code replaces the old one
            QCOMPARE(f.verify(ticket->remoteId, first).kind, ActivationOutcome::WrongCode);
        QCOMPARE(f.verify(ticket->remoteId, second).kind, ActivationOutcome::Activated);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
