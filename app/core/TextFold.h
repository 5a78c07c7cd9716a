#pragma once

#include <QString>

namespace motcua {

// Folds Vietnamese text for search: lower case, diacritics removed, đ/Đ → d, runs of white space
// collapsed. "Đăng ký khai sinh" and "dang KY khai sinh" fold to the same string.
QString foldVietnamese(const QString &text);

} // namespace motcua
