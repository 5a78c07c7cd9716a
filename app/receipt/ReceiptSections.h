#pragma once

#include "receipt/Receipt.h"

namespace motcua {

class QrCode;
class ReceiptFlow;

// The content of the receipt, section by section, following the administrative form "Giấy
// tiếp nhận hồ sơ và hẹn trả kết quả". `code` may be null (no QR code).
void layoutReceipt(ReceiptFlow &flow, const Receipt &receipt, const QrCode *code);

} // namespace motcua
