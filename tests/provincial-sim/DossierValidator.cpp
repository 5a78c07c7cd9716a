#include "DossierValidator.h"

#include <QCryptographicHash>

#include "CanonicalJson.h"
#include "ConfirmationService.h"

#include <QtCore/QDate>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QTime>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Required string fields, in the order protocol.md lists them (KenhThucHien sits between TenTTHC
// and ChuHoSo and is checked in that position).
constexpr std::array kStringsBeforeChannel{u"IdempotencyKey", u"MaHoSo", u"MaTTHC", u"TenTTHC"};
constexpr std::array kStringsAfterChannel{u"ChuHoSo", u"SoGiayToChuHoSo", u"CanBoTiepNhan"};
constexpr QStringView kChannel = u"KenhThucHien";
constexpr QStringView kReceivedAt = u"NgayTiepNhan";
// Optional fields checked for their type only; stored as sent.
constexpr std::array kOptionalStrings{u"MaDoiTuong"};
constexpr std::array kOptionalArrays{u"DanhSachLePhi", u"TaiLieuNop", u"DanhSachTepDinhKemKhac"};
constexpr QStringView kProof = u"XacThucCongDan";
constexpr QStringView kDeferred = u"ChoCongDanXacNhan";
constexpr QStringView kVneidFlag = u"TaiKhoanDuocXacThucVoiVNeID";

QString missing(QStringView field)
{
    return u"missing field "_s + field;
}

QString wrongType(QStringView field, QLatin1String expected)
{
    return u"wrong type for field "_s + field + u" (expected "_s + expected + u')';
}

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// A required string: present, a JSON string, not blank.
QString checkString(const QJsonObject &record, QStringView field)
{
    const QJsonValue value = record.value(field);
    if (absent(value))
        return missing(field);
    if (!value.isString())
        return wrongType(field, QLatin1String("string"));
    if (value.toString().trimmed().isEmpty())
        return missing(field);
    return {};
}

// A number field that is absent or one of the flags 0 and 1.
bool isFlag(const QJsonValue &v)
{
    return absent(v) || (v.isDouble() && (v.toDouble() == 0.0 || v.toDouble() == 1.0));
}

RecordProblem proof(QLatin1StringView reason, const QString &message)
{
    return RecordProblem{QString(reason), message};
}

} // namespace

std::optional<RecordProblem> DossierValidator::problem(const QJsonValue &value)
{
    if (!value.isObject())
        return RecordProblem{QString(ProblemReason::Malformed), u"record is not a JSON object"_s};
    const QJsonObject record = value.toObject();
    QString p = fieldProblem(record);
    if (p.isEmpty())
        p = optionalFieldProblem(record);
    if (!p.isEmpty())
        return RecordProblem{QString(ProblemReason::Malformed), p};
    return proofProblem(record);
}

QString DossierValidator::fieldProblem(const QJsonObject &record)
{
    for (const auto field : kStringsBeforeChannel) {
        if (QString p = checkString(record, field); !p.isEmpty())
            return p;
    }

    const QJsonValue channel = record.value(kChannel);
    if (absent(channel))
        return missing(kChannel);
    if (!channel.isDouble())
        return wrongType(kChannel, QLatin1String("number"));
    const double c = channel.toDouble();
    if (c != 1.0 && c != 2.0 && c != 3.0)
        return u"invalid value for field KenhThucHien (expected 1, 2 or 3)"_s;

    for (const auto field : kStringsAfterChannel) {
        if (QString p = checkString(record, field); !p.isEmpty())
            return p;
    }

    if (QString p = checkString(record, kReceivedAt); !p.isEmpty())
        return p;
    if (!isTimestamp(record.value(kReceivedAt).toString()))
        return u"invalid value for field NgayTiepNhan (expected yyyyMMddHHmmss)"_s;
    return {};
}

QString DossierValidator::optionalFieldProblem(const QJsonObject &record)
{
    for (const auto field : kOptionalStrings) {
        const QJsonValue v = record.value(field);
        if (!absent(v) && !v.isString())
            return wrongType(field, QLatin1String("string"));
    }
    const QJsonValue due = record.value(u"NgayHenTra");
    if (!absent(due) && !due.isString())
        return wrongType(u"NgayHenTra", QLatin1String("string"));
    if (!due.toString().trimmed().isEmpty() && !isTimestamp(due.toString()))
        return u"invalid value for field NgayHenTra (expected yyyyMMddHHmmss)"_s;
    for (const auto field : kOptionalArrays) {
        const QJsonValue v = record.value(field);
        if (!absent(v) && !v.isArray())
            return wrongType(field, QLatin1String("array"));
    }
    if (!isFlag(record.value(kVneidFlag)))
        return u"invalid value for field TaiKhoanDuocXacThucVoiVNeID (expected 0 or 1)"_s;
    if (!isFlag(record.value(kDeferred)))
        return u"invalid value for field ChoCongDanXacNhan (expected 1, or absent)"_s;
    return {};
}

std::optional<RecordProblem> DossierValidator::proofProblem(const QJsonObject &record)
{
    using namespace ProblemReason;
    const bool online = record.value(kChannel).toDouble() == 2.0;
    const QJsonValue given = record.value(kProof);
    const bool hasProof = !absent(given);
    const bool deferred = record.value(kDeferred).toDouble() == 1.0;

    if (!online) {
        if (hasProof || deferred)
            return proof(ProofNotOnline, u"XacThucCongDan and ChoCongDanXacNhan belong only to"
                                         " online dossiers (KenhThucHien 2)"_s);
        return std::nullopt;
    }
    if (hasProof && deferred)
        return proof(ProofAmbiguous, u"send either XacThucCongDan or ChoCongDanXacNhan, not"
                                     " both"_s);
    if (!hasProof && !deferred)
        return proof(ProofMissing,
                     u"an online dossier (KenhThucHien 2) needs the citizen's own confirmation:"
                     " XacThucCongDan, or ChoCongDanXacNhan 1 when the desk was offline; without"
                     " it, receive the dossier as direct (KenhThucHien 1)"_s);
    if (deferred)
        return std::nullopt;

    if (!given.isObject())
        return proof(ProofMalformed, wrongType(kProof, QLatin1String("object")));
    const QJsonObject p = given.toObject();
    const QJsonValue token = p.value(u"MaXacThuc");
    if (!token.isString() || token.toString().trimmed().isEmpty())
        return proof(ProofMalformed, u"missing field XacThucCongDan.MaXacThuc"_s);
    if (!ConfirmationService::isDigest(p.value(u"MaTomTat").toString()))
        return proof(ProofMalformed, u"invalid value for field XacThucCongDan.MaTomTat (expected"
                                     " 64 lower-case hex digits)"_s);
    // The text the citizen agreed to, when the desk sends it (motcua does): it must be the one
    // hashed into MaTomTat and be about this procedure and this citizen.
    if (const QJsonValue text = p.value(u"NoiDungTomTat"); !text.isUndefined()) {
        const QString summary = text.toString();
        const QByteArray digest = QCryptographicHash::hash(
            summary.normalized(QString::NormalizationForm_C).toUtf8(),
            QCryptographicHash::Sha256).toHex();
        if (!text.isString() || QString::fromLatin1(digest) != p.value(u"MaTomTat").toString())
            return proof(ProofSummaryMismatch, u"XacThucCongDan.NoiDungTomTat is not the text"
                                               " hashed into MaTomTat"_s);
        if (!summary.contains(record.value(u"MaTTHC").toString())
            || !summary.contains(record.value(u"SoGiayToChuHoSo").toString()))
            return proof(ProofSummaryMismatch, u"the summary the citizen confirmed is about"
                                               " another procedure or another citizen"_s);
    }
    if (!isTimestamp(p.value(u"ThoiDiemDongY").toString()))
        return proof(ProofMalformed, u"invalid value for field XacThucCongDan.ThoiDiemDongY"
                                     " (expected yyyyMMddHHmmss)"_s);
    if (record.value(kVneidFlag).toDouble() != 1.0)
        return proof(ProofAccountMismatch, u"TaiKhoanDuocXacThucVoiVNeID must be 1 for a dossier"
                                           " the citizen confirmed with their account"_s);
    if (record.value(u"MaDoiTuong").toString().trimmed().isEmpty())
        return proof(ProofAccountMismatch, u"missing field MaDoiTuong (the citizen's account,"
                                           " given with the confirmation)"_s);
    return std::nullopt;
}

DossierSubmission DossierValidator::submission(const QJsonObject &record)
{
    DossierSubmission s;
    s.idempotencyKey = record.value(u"IdempotencyKey").toString();
    s.maHoSo = record.value(u"MaHoSo").toString();
    s.canonicalJson = CanonicalJson::serialize(record);
    s.contentHash = CanonicalJson::sha256Hex(s.canonicalJson); // serialised once per record
    s.channel = record.value(kChannel).toInt();
    s.applicantNumber = record.value(u"SoGiayToChuHoSo").toString();
    s.accountId = record.value(u"MaDoiTuong").toString();
    const QJsonObject p = record.value(kProof).toObject();
    s.proofToken = p.value(u"MaXacThuc").toString();
    s.proofSummary = p.value(u"MaTomTat").toString();
    s.proofSummaryText = p.value(u"NoiDungTomTat").toString();
    // What the simulator keeps: never the token itself, only its digest.
    s.storedJson = s.canonicalJson;
    if (!s.proofToken.isEmpty()) {
        QJsonObject kept = record;
        QJsonObject keptProof = p;
        keptProof[u"MaXacThuc"_s] = QString(u"sha256:"_s
            + QString::fromLatin1(QCryptographicHash::hash(s.proofToken.toUtf8(),
                                                           QCryptographicHash::Sha256).toHex()));
        kept[kProof.toString()] = keptProof;
        s.storedJson = CanonicalJson::serialize(kept);
    }
    s.deferred = record.value(kDeferred).toDouble() == 1.0;
    return s;
}

bool DossierValidator::isTimestamp(const QString &value)
{
    if (value.size() != 14)
        return false;
    int digits[14];
    for (int i = 0; i < 14; ++i) {
        const char16_t ch = value.at(i).unicode();
        if (ch < u'0' || ch > u'9')
            return false;
        digits[i] = ch - u'0';
    }
    const auto number = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + digits[i];
        return n;
    };
    // Date and time checked separately: the value is a wall-clock time in Asia/Ho_Chi_Minh and
    // must not depend on the simulator host's own time zone rules. (Read digit by digit: a
    // format string parse cost more than the rest of a record's validation.)
    return QDate(number(0, 4), number(4, 2), number(6, 2)).isValid()
        && QTime::isValid(number(8, 2), number(10, 2), number(12, 2));
}
