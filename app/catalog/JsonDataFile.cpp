#include "JsonDataFile.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace motcua {

std::expected<JsonDataFile, JsonDataFile::Problem> JsonDataFile::parse(const QByteArray &raw,
                                                                       const QString &format)
{
    const QByteArray json = raw.startsWith("\xEF\xBB\xBF") ? raw.mid(3) : raw;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(Problem{JsonPositions(json).lineOf(parseError.offset),
                                       tr("not valid JSON: %1").arg(parseError.errorString())});
    if (!doc.isObject() || doc.object().value(u"format"_s).toString() != format)
        return std::unexpected(Problem{1, {}});
    return JsonDataFile(json, doc.object());
}

} // namespace motcua
