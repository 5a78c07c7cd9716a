#include "ProvincialStatus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace motcua {

QString ProvincialStatus::name(int code)
{
    switch (code) {
    case 1: return tr("Newly registered");
    case 2: return tr("Received");
    case 3: return tr("Not accepted");
    case 4: return tr("Being processed");
    case 5: return tr("Supplement requested");
    case 6: return tr("Financial obligation requested");
    case 7: return tr("Withdrawn at the citizen's request");
    case 8: return tr("Processing stopped");
    case 9: return tr("Processed");
    case 10: return tr("Result returned");
    default: return tr("Unknown status %1").arg(code);
    }
}

QString ProvincialStatus::supplementText(const QJsonObject &supplement)
{
    QStringList papers;
    for (const QJsonValue &p : supplement.value(u"papers"_s).toArray())
        papers.append(p.toString());
    QString text = tr("Papers asked: %1").arg(papers.join(u", "_s));
    const QString note = supplement.value(u"note"_s).toString();
    if (!note.isEmpty())
        text += u" — "_s + note;
    const QDateTime deadline =
        QDateTime::fromString(supplement.value(u"deadline"_s).toString(), u"yyyyMMddHHmmss"_s);
    if (deadline.isValid())
        text += u" "_s + tr("(by %1)").arg(QLocale().toString(deadline.date(), QLocale::ShortFormat));
    return text;
}

} // namespace motcua
