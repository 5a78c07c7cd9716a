#pragma once

#include "JsonPositions.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <expected>

namespace motcua {

// A data file in one of motcua's JSON formats (catalogue, fee policy, calendar…): a UTF-8
// byte-order mark is dropped, the text is parsed, and the top level must be an object whose
// "format" is the one expected. Positions are kept so that every later message can name a line.
class JsonDataFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonDataFile)

public:
    struct Problem
    {
        int line = 1;
        QString syntaxError; // translated "not valid JSON: …"; empty when the format is wrong
    };

    static std::expected<JsonDataFile, Problem> parse(const QByteArray &raw, const QString &format);

    const QByteArray &json() const { return m_json; }
    const QJsonObject &top() const { return m_top; }
    const JsonPositions &positions() const { return m_positions; }

private:
    JsonDataFile(QByteArray json, QJsonObject top)
        : m_json(json), m_top(std::move(top)), m_positions(std::move(json)) {}

    QByteArray m_json;
    QJsonObject m_top;
    JsonPositions m_positions;
};

} // namespace motcua
