#include "ReceiptLabels.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

QDateTime vietnamTime(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(7 * 3600));
}

ReceiptLabels makeVietnamese()
{
    ReceiptLabels l;
    l.nation = u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s;
    l.motto = u"Độc lập - Tự do - Hạnh phúc"_s;
    l.office = u"BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"_s;
    l.unitCode = u"Mã đơn vị: %1"_s;
    l.title = u"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"_s;
    l.dossierCode = u"Mã hồ sơ: %1"_s;
    l.intro = u"Bộ phận Tiếp nhận và Trả kết quả %1 đã tiếp nhận hồ sơ của:"_s;
    l.unitAddress = u"địa chỉ: %1"_s;
    l.applicant = u"Ông/Bà:"_s;
    l.applicantId = u"Số định danh cá nhân:"_s;
    l.phone = u"Số điện thoại:"_s;
    l.address = u"Địa chỉ:"_s;
    l.request = u"Nội dung yêu cầu giải quyết:"_s;
    l.procedureCode = u"Mã thủ tục: %1"_s;
    l.channel = u"Hình thức nộp hồ sơ:"_s;
    l.papersHeading = u"1. Thành phần hồ sơ đã nhận gồm:"_s;
    l.colNumber = u"TT"_s;
    l.colPaper = u"Tên giấy tờ"_s;
    l.colCopies = u"Số bản"_s;
    l.colForm = u"Hình thức"_s;
    l.noPapers = u"Không có giấy tờ kèm theo."_s;
    l.feesHeading = u"2. Phí, lệ phí:"_s;
    l.colFee = u"Khoản thu"_s;
    l.colListed = u"Mức thu"_s;
    l.colApplied = u"Miễn, giảm"_s;
    l.colAmount = u"Phải nộp"_s;
    l.exempt = u"Miễn"_s;
    l.total = u"Tổng cộng"_s;
    l.noFees = u"Không thu phí, lệ phí."_s;
    l.receivedAt = u"3. Thời gian nhận hồ sơ:"_s;
    l.dueAt = u"4. Thời gian trả kết quả:"_s;
    l.resultPlace = u"5. Nơi nhận kết quả:"_s;
    l.status = u"6. Tra cứu tình trạng hồ sơ:"_s;
    l.scanToCheck = u"Quét mã để tra cứu"_s;
    l.bringReceipt =
        u"Khi đến nhận kết quả, ông/bà vui lòng mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả này."_s;
    l.reprinted = u"Bản in lại lúc %1."_s;
    l.signApplicant = u"NGƯỜI NỘP HỒ SƠ"_s;
    l.signClerk = u"NGƯỜI TIẾP NHẬN HỒ SƠ"_s;
    l.signHint = u"(Ký và ghi rõ họ tên)"_s;
    l.page = u"Mã hồ sơ %1 - Trang %2/%3"_s;
    l.documentTitle = u"Giấy tiếp nhận hồ sơ và hẹn trả kết quả %1"_s;
    return l;
}

} // namespace

const ReceiptLabels &ReceiptLabels::vi()
{
    static const ReceiptLabels labels = makeVietnamese();
    return labels;
}

QString ReceiptLabels::money(qint64 dong)
{
    static const QLocale vietnam(QLocale::Vietnamese, QLocale::Vietnam);
    return vietnam.toString(dong) + u" đ"_s;
}

QString ReceiptLabels::date(const QDateTime &t)
{
    return vietnamTime(t).toString(u"dd/MM/yyyy"_s);
}

QString ReceiptLabels::time(const QDateTime &t)
{
    return vietnamTime(t).toString(u"HH:mm"_s);
}

QString ReceiptLabels::dateTime(const QDateTime &t)
{
    return time(t) + u" ngày "_s + date(t);
}

QString ReceiptLabels::longDate(const QDateTime &t)
{
    return vietnamTime(t).toString(u"'ngày' dd 'tháng' MM 'năm' yyyy"_s);
}

QString ReceiptLabels::paperForm(PaperForm form)
{
    switch (form) {
    case PaperForm::OriginalSeen:
        return u"Đã đối chiếu bản chính"_s;
    case PaperForm::CopyKept:
        return u"Bản sao lưu hồ sơ"_s;
    case PaperForm::ScanAttached:
        return u"Bản quét điện tử"_s;
    case PaperForm::ReusedDigitised:
        return u"Dữ liệu đã số hóa (tái sử dụng)"_s;
    }
    return {};
}

QString ReceiptLabels::channelName(Channel channel, bool citizenConfirmed)
{
    switch (channel) {
    case Channel::Direct:
        return u"Trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả"_s;
    case Channel::Online:
        return citizenConfirmed
            ? u"Trực tuyến, công dân đã xác nhận bằng tài khoản định danh điện tử của mình"_s
            : u"Trực tuyến, đang chờ công dân xác nhận bằng tài khoản định danh điện tử của mình"_s;
    case Channel::Postal:
        return u"Qua dịch vụ bưu chính công ích"_s;
    }
    return {};
}

} // namespace motcua
