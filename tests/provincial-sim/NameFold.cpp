#include "NameFold.h"

QString NameFold::fold(const QString &name)
{
    const QString decomposed = name.toLower().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.isMark())
            continue;
        folded.append(ch == u'đ' ? QChar(u'd') : ch); // đ has no decomposition
    }
    return folded.simplified();
}
