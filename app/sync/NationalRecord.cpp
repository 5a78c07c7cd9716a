#include "NationalRecord.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace motcua {

QDateTime NationalRecord::vietnamTime(const QDateTime &when)
{
    // Asia/Ho_Chi_Minh has no daylight saving: a fixed UTC+7 needs no time-zone database.
    return when.toTimeZone(QTimeZone(7 * 3600));
}

QString NationalRecord::formatDate(const QDateTime &when)
{
    return vietnamTime(when).toString(u"yyyyMMddHHmmss"_s);
}

QJsonObject NationalRecord::fromDossier(const DossierRow &row)
{
    const QString received = formatDate(row.receivedAt);
    const bool confirmed = row.confirmation == Confirmation::Confirmed;
    QJsonObject r;
    r[u"MaHoSo"_s] = row.code;
    r[u"MaTTHC"_s] = row.procedureCode;
    r[u"TenTTHC"_s] = row.procedureName;
    r[u"MaLinhVuc"_s] = row.fieldCode;
    r[u"TenLinhVuc"_s] = row.fieldName;
    r[u"KenhThucHien"_s] = int(row.channel);
    r[u"ChuHoSo"_s] = row.applicantName;
    r[u"LoaiDoiTuong"_s] = 1; // citizen
    r[u"SoGiayToChuHoSo"_s] = row.applicantCccd;
    r[u"DinhDanhCHS"_s] = QJsonArray{
        QJsonObject{{u"LoaiDinhDanh"_s, u"CCCD"_s}, {u"SoDinhDanh"_s, row.applicantCccd}}};
    r[u"SoDienThoai"_s] = row.applicantPhone;
    r[u"TrichYeuHoSo"_s] = row.procedureName;
    // The citizen submitted when they confirmed; a direct dossier when it was received.
    r[u"NgayNopHoSo"_s] = confirmed && row.proof.confirmedAt.isValid()
                              ? formatDate(row.proof.confirmedAt) : received;
    r[u"NgayTiepNhan"_s] = received;
    if (row.dueAt.isValid())
        r[u"NgayHenTra"_s] = formatDate(row.dueAt);
    r[u"TrangThaiHoSo"_s] = row.status;
    r[u"DonViXuLy"_s] = row.desk.unitCode;
    r[u"NoiNopHoSo"_s] = row.desk.unitCode;
    r[u"CanBoTiepNhan"_s] = row.desk.clerk; // the clerk who helped (both actors are recorded)

    QJsonArray digitised, other;
    for (const PaperDraft &p : row.papers) {
        if (!p.form)
            continue;
        if (*p.form == PaperForm::ScanAttached || *p.form == PaperForm::ReusedDigitised) {
            digitised.append(QJsonObject{
                {u"TepDinhKemId"_s, p.sha256}, {u"TenTepDinhKem"_s, p.name},
                {u"IsDeleted"_s, false}, {u"MaThanhPhanHoSo"_s, p.code},
                {u"DuongDanTaiTepTin"_s, QString()}, {u"DuocSoHoa"_s, 1},
                {u"DuocTaiSuDung"_s, *p.form == PaperForm::ReusedDigitised ? 1 : 0},
                {u"DuocLayTuKhoDMQG"_s, 0}, {u"MaKetQuaThayThe"_s, QString()}});
        } else {
            other.append(QJsonObject{{u"TenGiayTo"_s, p.name}, {u"SoLuong"_s, p.copies},
                                     {u"LoaiGiayTo"_s, paperFormKey(*p.form)},
                                     {u"MaThanhPhanHoSo"_s, p.code}});
        }
    }
    r[u"TaiLieuNop"_s] = digitised;
    r[u"DanhSachTepDinhKemKhac"_s] = other;
    r[u"HoSoCoThanhPhanSoHoa"_s] = digitised.isEmpty() ? 0 : 1;

    QJsonArray fees;
    for (const FeeLine &f : row.fees)
        fees.append(QJsonObject{{u"TenPhiLePhi"_s, f.name}, {u"MaPhiLePhi"_s, row.procedureCode},
                                {u"HinhThucThu"_s, 1}, {u"Gia"_s, double(f.amount)},
                                {u"LoaiPhiLePhi"_s, 2}});
    r[u"DanhSachLePhi"_s] = fees;
    r[u"DuocThanhToanTrucTuyen"_s] = 0;

    // "Không làm thay": online only with the citizen's own confirmation, or awaiting it.
    r[u"TaiKhoanDuocXacThucVoiVNeID"_s] = confirmed ? 1 : 0;
    if (confirmed) {
        r[u"MaDoiTuong"_s] = row.proof.accountId;
        r[u"XacThucCongDan"_s] = QJsonObject{{u"MaXacThuc"_s, row.proof.token},
                                             {u"MaTomTat"_s, row.proof.summaryHash},
                                             {u"NoiDungTomTat"_s, row.confirmedSummary},
                                             {u"ThoiDiemDongY"_s,
                                              formatDate(row.proof.confirmedAt)}};
    } else if (row.confirmation == Confirmation::Awaiting) {
        r[u"ChoCongDanXacNhan"_s] = 1;
    }
    return r;
}

} // namespace motcua
