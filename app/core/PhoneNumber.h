#pragma once

#include "Error.h"

namespace motcua {

// Vietnamese phone numbers: 10 digits starting with 0, or +84 followed by 9 digits. Returned in
// the national form 0XXXXXXXXX.
Result<QString> normalizePhoneNumber(const QString &typed);

} // namespace motcua
