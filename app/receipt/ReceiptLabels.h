#pragma once

#include "receipt/Receipt.h"

#include <QString>

namespace motcua {

// Every fixed text printed on the receipt, in Vietnamese, in one place. The receipt is an
// administrative document and is always Vietnamese, whatever the language of the UI, so these
// are deliberately not tr() strings (docs/receipt.md).
struct ReceiptLabels
{
    QString nation;
    QString motto;
    QString office;
    QString unitCode;
    QString title;
    QString dossierCode;
    QString intro;
    QString unitAddress;
    QString applicant;
    QString applicantId;
    QString phone;
    QString address;
    QString request;
    QString procedureCode;
    QString channel;
    QString papersHeading;
    QString colNumber;
    QString colPaper;
    QString colCopies;
    QString colForm;
    QString noPapers;
    QString feesHeading;
    QString colFee;
    QString colListed;
    QString colApplied;
    QString colAmount;
    QString exempt;
    QString total;
    QString noFees;
    QString receivedAt;
    QString dueAt;
    QString resultPlace;
    QString status;
    QString scanToCheck;
    QString bringReceipt;
    QString reprinted;
    QString signApplicant;
    QString signClerk;
    QString signHint;
    QString page;
    QString documentTitle;

    static const ReceiptLabels &vi();

    // Vietnamese formats. Times are shown in Vietnam time (UTC+7).
    static QString money(qint64 dong);                 // 1.234.000 đ
    static QString date(const QDateTime &t);           // 03/03/2025
    static QString time(const QDateTime &t);           // 09:15
    static QString dateTime(const QDateTime &t);       // 09:15 ngày 03/03/2025
    static QString longDate(const QDateTime &t);       // ngày 03 tháng 03 năm 2025
    static QString paperForm(PaperForm form);
    static QString channelName(Channel channel, bool citizenConfirmed);
};

} // namespace motcua
