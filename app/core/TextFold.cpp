#include "TextFold.h"

namespace motcua {

QString foldVietnamese(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        if (c == u'đ' || c == u'Đ')
            out.append(u'd');
        else
            out.append(c.toLower());
    }
    return out;
}

} // namespace motcua
