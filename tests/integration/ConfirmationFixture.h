// The confirmation tests' fixture: a simulator, a desk store and the identity client, with the
// steps a citizen takes (a code to their phone, typed by them) as blocking calls.
#pragma once

#include "Await.h"
#include "SimProcess.h"
#include "TempStore.h"

#include "identity/IdentityService.h"
#include "sync/ClerkSession.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace motcua::test {

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

    // The n-th citizen of the register with that VNeID status.
    QJsonObject citizen(const QString &status, int n = 0)
    {
        const QJsonArray list = sim.getJson(u"/test/citizens"_s, u"status=%1&limit=%2"_s.arg(status).arg(n + 1))
                                    .value(u"citizens"_s).toArray();
        if (list.size() <= n)
            qFatal("the simulator has too few citizens with that status");
        return list.at(n).toObject();
    }

    QList<QJsonObject> sent(const QString &purpose)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : sim.getJson(u"/test/sent-codes"_s).value(u"codes"_s).toArray()) {
            if (v.toObject().value(u"purpose"_s).toString() == purpose)
                out.append(v.toObject());
        }
        return out;
    }

    QString lastCode(const QString &purpose, const QString &idField, const QString &id)
    {
        for (const QJsonObject &o : sent(purpose)) {
            if (o.value(idField).toString() == id)
                return o.value(u"code"_s).toString();
        }
        return {};
    }

    Result<ConfirmationStart> start(const QString &cccd, const QString &summary,
                                    const QString &activationToken = {})
    {
        return await<Result<ConfirmationStart>>([&](auto done) {
            service->startConfirmation(cccd, IdentityService::summaryHash(summary), summary,
                                       activationToken, done);
        });
    }
    ConfirmationOutcome verify(const QString &id, const QString &code, const QString &summary)
    {
        return await<ConfirmationOutcome>([&](auto done) {
            service->verifyConfirmation(id, code, IdentityService::summaryHash(summary), done);
        });
    }

    // The whole confirmation as the citizen does it: a code to their phone, typed by them.
    CitizenProof proofFor(const QJsonObject &c, const QString &summary)
    {
        auto started = start(c.value(u"SoDinhDanh"_s).toString(), summary);
        if (!started || !started->ticket)
            qFatal("the confirmation did not start with a code");
        const QString id = started->ticket->remoteId;
        const ConfirmationOutcome out =
            verify(id, lastCode(u"confirmation"_s, u"confirmation_id"_s, id), summary);
        if (out.kind != ConfirmationOutcome::Confirmed)
            qFatal("the citizen's code was refused");
        return out.proof;
    }

    QString activationToken(const QJsonObject &c)
    {
        auto ticket = await<Result<ActivationTicket>>([&](auto done) {
            service->startActivation(c.value(u"SoDinhDanh"_s).toString(),
                                     c.value(u"SoDienThoai"_s).toString(), u"vneid"_s, done);
        });
        if (!ticket)
            qFatal("the activation did not start");
        const QString code = lastCode(u"activation"_s, u"activation_id"_s, ticket->remoteId);
        const ActivationOutcome out = await<ActivationOutcome>(
            [&](auto done) { service->verify(ticket->remoteId, code, done); });
        if (out.kind != ActivationOutcome::Activated)
            qFatal("the activation failed");
        return out.citizenToken;
    }

    // One push of these records; the per-record results.
    QJsonArray push(const QJsonArray &records)
    {
        auto reply = await<Result<ApiReply>>([&](auto done) {
            session->call(u"/api/v1/dossiers/push"_s,
                          {{u"service"_s, u"DongBoHoSoMC"_s}, {u"data"_s, records}}, done);
        });
        if (!reply || reply->httpStatus != 200)
            qFatal("the push was not answered 200");
        return reply->body.value(u"results"_s).toArray();
    }
    QJsonObject pushOne(const QJsonObject &record) { return push({record}).first().toObject(); }

    // The citizen's own phone: no clerk's session.
    ApiReply confirmFromPhone(const QString &maHoSo, const QString &code)
    {
        auto reply = await<Result<ApiReply>>([&](auto done) {
            api->call(u"/api/v1/public/dossiers/confirm"_s,
                      {{u"MaHoSo"_s, maHoSo}, {u"code"_s, code}}, QString(), done);
        });
        if (!reply)
            qFatal("the public confirmation was not answered");
        return *reply;
    }

    int stat(const QString &key) { return sim.getJson(u"/admin/stats"_s).value(key).toInt(-1); }

    SimProcess sim;
    TempStore store;
    std::unique_ptr<ProvincialApi> api;
    std::unique_ptr<ClerkSession> session;
    std::unique_ptr<IdentityService> service;
};

// A national record of this citizen with a fresh key and dossier code.
inline QJsonObject record(const QJsonObject &c, int channel)
{
    static int sequence = 0;
    ++sequence;
    return {{u"IdempotencyKey"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"MaHoSo"_s, u"XA0001-261123-01-%1"_s.arg(sequence, 4, 10, QChar(u'0'))},
            {u"MaTTHC"_s, u"1.001193"_s},
            {u"TenTTHC"_s, u"Đăng ký khai sinh"_s},
            {u"KenhThucHien"_s, channel},
            {u"ChuHoSo"_s, c.value(u"HoVaTen"_s).toString()},
            {u"SoGiayToChuHoSo"_s, c.value(u"SoDinhDanh"_s).toString()},
            {u"NgayTiepNhan"_s, u"20261123093000"_s},
            {u"NgayHenTra"_s, u"20261126170000"_s},
            {u"CanBoTiepNhan"_s, u"canbo01"_s},
            {u"DanhSachLePhi"_s, QJsonArray{}},
            {u"TaiLieuNop"_s, QJsonArray{}},
            {u"TaiKhoanDuocXacThucVoiVNeID"_s, 0}};
}

inline QJsonObject withProof(QJsonObject r, const CitizenProof &proof)
{
    r[u"XacThucCongDan"_s] = QJsonObject{{u"MaXacThuc"_s, proof.token},
                                         {u"MaTomTat"_s, proof.summaryHash},
                                         {u"ThoiDiemDongY"_s, u"20261123093500"_s}};
    r[u"MaDoiTuong"_s] = proof.accountId;
    r[u"TaiKhoanDuocXacThucVoiVNeID"_s] = 1;
    return r;
}

// "created", or "invalid/<reason>".
inline QString resultOf(const QJsonObject &r)
{
    const QString reason = r.value(u"reason"_s).toString();
    return reason.isEmpty() ? r.value(u"result"_s).toString()
                            : r.value(u"result"_s).toString() + u'/' + reason;
}

} // namespace motcua::test
