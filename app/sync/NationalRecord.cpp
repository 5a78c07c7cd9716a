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
    r[u"NgayNopHoSo"_s] = received;
    r[u"NgayTiepNhan"_s] = received;
    r[u"TrangThaiHoSo"_s] = row.status;
    r[u"DonViXuLy"_s] = row.desk.unitCode;
    r[u"NoiNopHoSo"_s] = row.desk.unitCode;
    r[u"HoSoCoThanhPhanSoHoa"_s] = 0;
    r[u"TaiKhoanDuocXacThucVoiVNeID"_s] = 0;
    r[u"DuocThanhToanTrucTuyen"_s] = 0;
    return r;
}

} // namespace motcua
