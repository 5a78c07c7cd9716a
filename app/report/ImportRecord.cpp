#include "ImportRecord.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

using Problem = std::unexpected<ImportProblem>;

Problem problem(const QString &field, const QString &text)
{
    return Problem(ImportProblem{field, text});
}

// A text field: missing, null and blank are "absent"; another type is refused.
std::expected<QString, ImportProblem> text(const QJsonObject &o, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return problem(key, ImportRecord::tr("the field is missing; every record needs it."));
        return QString();
    }
    if (!v.isString())
        return problem(key, ImportRecord::tr("the value must be a text in quotes."));
    const QString s = v.toString().trimmed();
    if (s.isEmpty() && required)
        return problem(key, ImportRecord::tr("the value is empty; every record needs it."));
    return s;
}

// A small code such as KenhThucHien: a whole number or the same digits in quotes. 0 when absent.
std::expected<int, ImportProblem> number(const QJsonObject &o, const QString &key, bool required,
                                         int low, int high, const QString &allowed)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return problem(key, ImportRecord::tr("the field is missing; every record needs it "
                                                 "(%1).").arg(allowed));
        return 0;
    }
    int n = -1;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= low && d <= high && d == double(int(d)))
            n = int(d);
    } else if (v.isString()) {
        bool ok = false;
        const int parsed = v.toString().trimmed().toInt(&ok);
        if (ok)
            n = parsed;
    } else if (v.isBool() && low == 0) {
        n = v.toBool() ? 1 : 0;
    }
    if (n < low || n > high)
        return problem(key, ImportRecord::tr("the value must be %1.").arg(allowed));
    return n;
}

// yyyyMMddHHmmss, a real day and time. Empty when absent.
std::expected<QString, ImportProblem> stamp(const QJsonObject &o, const QString &key,
                                            bool required)
{
    auto s = text(o, key, required);
    if (!s || s->isEmpty())
        return s;
    const QString &t = *s;
    bool digits = t.size() == 14;
    for (qsizetype i = 0; digits && i < 14; ++i)
        digits = t.at(i) >= u'0' && t.at(i) <= u'9';
    auto part = [&](int at, int len) { return QStringView(t).mid(at, len).toInt(); };
    if (!digits || !QDate(part(0, 4), part(4, 2), part(6, 2)).isValid() || part(8, 2) > 23
        || part(10, 2) > 59 || part(12, 2) > 59)
        return problem(key, ImportRecord::tr("“%1” is not a date and time; write it as "
                                             "yyyyMMddHHmmss in Vietnam time.").arg(t));
    return t;
}

qint64 julianDay(const QString &stamp)
{
    const QStringView t(stamp);
    return QDate(t.mid(0, 4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt()).toJulianDay();
}

} // namespace

std::expected<ImportRecord, ImportProblem> ImportRecord::parse(QByteArrayView line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return problem(QString(), tr("the line is not JSON (%1 at character %2); each line must "
                                     "hold one dossier record.")
                                      .arg(error.errorString())
                                      .arg(error.offset + 1));
    if (!doc.isObject())
        return problem(QString(), tr("the line is not a JSON object; each line must hold one "
                                     "dossier record {…}."));
    const QJsonObject o = doc.object();
    ImportRecord r;
    const QString channels = tr("1 (direct), 2 (online) or 3 (public postal service)");
    const QString levels = tr("1 (province), 2 (district) or 3 (commune)");
    auto code = text(o, u"MaHoSo"_s, true);
    if (!code)
        return Problem(code.error());
    r.code = *code;
    for (auto [key, out] : {std::pair{u"MaTTHC"_s, &r.procedureCode},
                            std::pair{u"MaLinhVuc"_s, &r.fieldCode}}) {
        auto v = text(o, key, true);
        if (!v)
            return Problem(v.error());
        *out = *v;
    }
    auto channel = number(o, u"KenhThucHien"_s, true, 1, 3, channels);
    if (!channel)
        return Problem(channel.error());
    r.channel = *channel;
    auto received = stamp(o, u"NgayTiepNhan"_s, true);
    if (!received)
        return Problem(received.error());
    auto unit = text(o, u"MaDonVi"_s, true);
    if (!unit)
        return Problem(unit.error());
    r.unitCode = *unit;
    auto level = number(o, u"CapDonVi"_s, true, 1, 3, levels);
    if (!level)
        return Problem(level.error());
    r.unitLevel = *level;
    auto status = number(o, u"TrangThaiHoSo"_s, false, 1, 10, tr("a status from 1 to 10"));
    if (!status)
        return Problem(status.error());

    // The first end date closes the dossier; none may come before its receipt.
    QString finished;
    for (const QString &key : {u"NgayKetThucXuLy"_s, u"NgayTra"_s, u"NgayTuChoi"_s}) {
        auto end = stamp(o, key, false);
        if (!end)
            return Problem(end.error());
        if (end->isEmpty())
            continue;
        if (*end < *received)
            return problem(key, tr("%1 is before NgayTiepNhan %2; correct one of the dates.")
                                    .arg(*end, *received));
        if (finished.isEmpty() || *end < finished)
            finished = *end;
    }
    if (finished.isEmpty() && (*status == 3 || (*status >= 7 && *status <= 10))) {
        const QString wanted = *status == 3 ? u"NgayTuChoi"_s
                                            : *status == 10 ? u"NgayTra"_s : u"NgayKetThucXuLy"_s;
        return problem(u"TrangThaiHoSo"_s,
                       tr("status %1 ends the processing, but the record has no end date; add "
                          "%2.").arg(*status).arg(wanted));
    }

    // The citizen's own account (MaDoiTuong) and proof of their login (MaXacThuc).
    auto subject = text(o, u"MaDoiTuong"_s, false);
    if (!subject)
        return Problem(subject.error());
    auto clerk = text(o, u"CanBoTiepNhan"_s, false);
    if (!clerk)
        return Problem(clerk.error());
    QString proof;
    const QJsonValue auth = o.value(u"XacThucCongDan"_s);
    if (auth.isObject()) {
        auto token = text(auth.toObject(), u"MaXacThuc"_s, false);
        if (!token)
            return problem(u"XacThucCongDan.MaXacThuc"_s, token.error().text);
        proof = *token;
    } else if (!auth.isUndefined() && !auth.isNull()) {
        return problem(u"XacThucCongDan"_s, tr("the value must be an object with MaXacThuc."));
    }
    auto awaiting = number(o, u"ChoCongDanXacNhan"_s, false, 0, 1, tr("0 or 1"));
    if (!awaiting)
        return Problem(awaiting.error());
    auto vneid = number(o, u"TaiKhoanDuocXacThucVoiVNeID"_s, false, 0, 1, tr("0 or 1"));
    if (!vneid)
        return Problem(vneid.error());
    // Counted only on positive evidence of the citizen's own login: CanBoTiepNhan and
    // XacThucCongDan are motcua's additions, which a plain national export never has, so a
    // missing clerk proves nothing. Without a proof code, only a VNeID-authenticated account
    // with no clerk named counts.
    r.emc = r.channel == 2 && !subject->isEmpty() && !(*awaiting == 1 && proof.isEmpty())
            && (!proof.isEmpty() || (clerk->isEmpty() && *vneid == 1));
    r.assisted = r.emc && !clerk->isEmpty() && !proof.isEmpty();

    for (auto [key, out, fallback] :
         {std::tuple{u"TenTTHC"_s, &r.procedureName, r.procedureCode},
          std::tuple{u"TenLinhVuc"_s, &r.fieldName, r.fieldCode},
          std::tuple{u"TenDonVi"_s, &r.unitName, r.unitCode}}) {
        auto v = text(o, key, false);
        if (!v)
            return Problem(v.error());
        *out = v->isEmpty() ? fallback : *v;
    }
    r.receivedDay = julianDay(*received);
    // A status that leaves the dossier open (1, 2, 4, 5, 6: a supplement requested, say) wins
    // over an end date, as for the desk's own dossiers (trigger report_dossier_event); without a
    // status the earliest end date decides.
    const bool open = *status != 0 && *status != 3 && *status < 7;
    r.finishedDay = finished.isEmpty() || open ? 0 : julianDay(finished);
    return r;
}

} // namespace motcua
