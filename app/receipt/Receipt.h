#pragma once

#include "core/Dossier.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace motcua {

struct ReceivedPaper
{
    QString name;
    int copies = 1;
    PaperForm form = PaperForm::CopyKept;
};

// One fee or charge. Amounts are whole đồng.
struct FeeLine
{
    QString name;
    qint64 listed = 0;  // the amount in the fee schedule
    qint64 amount = 0;  // what the citizen pays after the policy below
    QString applied;    // e.g. "Giảm 50% nộp trực tuyến"; empty when nothing was applied
    bool exempt = false; // exempted: amount must then be 0
};

// Everything printed on a "Giấy tiếp nhận hồ sơ và hẹn trả kết quả". Plain data: the intake
// module fills it when a dossier is saved and the queue rebuilds it for a reprint. Texts are
// printed as given (normalised to NFC); the renderer adds the Vietnamese labels.
struct Receipt
{
    // The receiving unit.
    QString unitName;    // e.g. "UBND xã Tân Lập"
    QString unitCode;    // e.g. "XA0001"
    QString unitAddress;
    QString placeName;   // địa danh for the date line, e.g. "Tân Lập"; may be empty

    QString dossierCode; // e.g. "XA0001-250303-01-0001"

    // The applicant.
    QString applicantName;
    QString applicantId; // số định danh cá nhân (CCCD)
    QString applicantPhone;
    QString applicantAddress;

    // What is requested.
    QString procedureCode;
    QString procedureName;

    QList<ReceivedPaper> papers;
    QList<FeeLine> fees;
    qint64 feeTotal = 0; // must equal the sum of fees[].amount

    Channel channel = Channel::Direct;
    bool citizenConfirmed = false; // Online only: the citizen confirmed with their own account

    QDateTime receivedAt; // printed in Vietnam time (UTC+7) whatever its own zone
    QDateTime dueAt;
    QString resultPlace; // where to collect the result
    QString clerkName;

    QString statusText; // how to look the status up, e.g. "Cổng Dịch vụ công tỉnh"
    QUrl statusUrl;     // optional; the QR then carries this address with the dossier code

    QDateTime reprintedAt; // set when the receipt is printed again from the queue
};

} // namespace motcua
