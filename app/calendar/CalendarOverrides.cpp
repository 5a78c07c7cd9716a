#include "CalendarOverrides.h"

#include "LunarCalendar.h"
#include "catalog/JsonDataFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

Error located(const QString &file, int line, const QString &what)
{
    return Error{u"calendar.invalid"_s,
                 CalendarOverrides::tr("The calendar file %1 was refused (line %2: %3). The "
                                       "calendar in use was not changed. Correct the file and "
                                       "load it again.")
                     .arg(file)
                     .arg(line)
                     .arg(what),
                 u"%1:%2: %3"_s.arg(file).arg(line).arg(what)};
}

QDate strictDate(const QJsonValue &v)
{
    const QString text = v.toString();
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    return text.size() == 10 && date.isValid() ? date : QDate();
}

// Reads one list of dates; `what` is the key, for messages. Returns the first problem, if any.
class DateList
{
public:
    DateList(const QByteArray &json, const QJsonObject &top, const QString &key, int year)
        : m_positions(json), m_items(top.value(key).toArray()),
          m_at(m_positions.elementOffsets(key.toUtf8())), m_year(year)
    {
    }
    qsizetype size() const { return m_items.size(); }
    QJsonValue at(qsizetype i) const { return m_items.at(i); }
    int lineOf(qsizetype i) const { return m_positions.lineOf(m_at.value(i, 0)); }

    // The date of an element (a string, or the "date" of an object), or a reason in `problem`.
    QDate date(const QJsonValue &v, QString *problem) const
    {
        const QJsonValue text = v.isObject() ? v.toObject().value(u"date"_s) : v;
        const QDate d = strictDate(text);
        if (!d.isValid())
            *problem = CalendarOverrides::tr("\"%1\" is not a date written YYYY-MM-DD")
                           .arg(text.isString() ? text.toString() : u"…"_s);
        else if (d.year() != m_year)
            *problem = CalendarOverrides::tr("%1 is not in the year %2")
                           .arg(text.toString())
                           .arg(m_year);
        return problem->isEmpty() ? d : QDate();
    }

private:
    JsonPositions m_positions;
    QJsonArray m_items;
    QList<qsizetype> m_at;
    int m_year;
};

} // namespace

Result<CalendarOverride> CalendarOverrides::parse(const QByteArray &rawJson, const QString &label)
{
    const auto file = JsonDataFile::parse(rawJson, u"motcua.calendar"_s);
    if (!file)
        return std::unexpected(located(label, file.error().line,
                                       file.error().syntaxError.isEmpty()
                                           ? tr("the file is not a motcua calendar "
                                                "(\"format\" is not \"motcua.calendar\")")
                                           : file.error().syntaxError));
    const QByteArray &json = file->json();
    const JsonPositions &positions = file->positions();
    const QJsonObject &top = file->top();
    const auto keyLine = [&](const QString &key) { return positions.lineOfKey(key); };
    static const QStringList known{u"format"_s, u"format_version"_s, u"year"_s, u"days_off"_s,
                                   u"working_days"_s, u"note"_s};
    for (const QString &key : top.keys()) {
        if (!known.contains(key))
            return std::unexpected(located(label, keyLine(key), tr("unknown field \"%1\"").arg(key)));
    }
    if (top.contains(u"format_version"_s)) {
        const QJsonValue v = top.value(u"format_version"_s);
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 1)
            return std::unexpected(located(label, keyLine(u"format_version"_s),
                                           tr("\"format_version\" must be a whole number")));
        if (v.toDouble() > kFormatVersion)
            return std::unexpected(located(label, keyLine(u"format_version"_s),
                                           tr("calendar format %1 is newer than this motcua "
                                              "understands (%2); update motcua")
                                               .arg(v.toInteger())
                                               .arg(kFormatVersion)));
    }
    const QJsonValue yearValue = top.value(u"year"_s);
    const double y = yearValue.toDouble(0);
    if (!yearValue.isDouble() || y != std::floor(y) || y < LunarCalendar::kFirstYear
        || y > LunarCalendar::kLastYear)
        return std::unexpected(located(label, keyLine(u"year"_s),
                                       tr("\"year\" must be a year from %1 to %2")
                                           .arg(LunarCalendar::kFirstYear)
                                           .arg(LunarCalendar::kLastYear)));
    CalendarOverride result;
    result.year = int(y);
    result.source = label;
    if (top.contains(u"note"_s)) {
        if (!top.value(u"note"_s).isString())
            return std::unexpected(located(label, keyLine(u"note"_s), tr("\"note\" must be a text")));
        result.note = top.value(u"note"_s).toString().trimmed();
    }

    if (!top.value(u"days_off"_s).isArray() || top.value(u"days_off"_s).toArray().isEmpty())
        return std::unexpected(located(label, keyLine(u"days_off"_s),
                                       tr("\"days_off\" must be a list of at least one date")));
    const DateList off(json, top, u"days_off"_s, result.year);
    for (qsizetype i = 0; i < off.size(); ++i) {
        const QJsonValue v = off.at(i);
        QString problem;
        QString name;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (const QString &key : o.keys()) {
                if (key != u"date" && key != u"name")
                    problem = tr("unknown field \"%1\" in a day off").arg(key);
            }
            if (o.contains(u"name"_s) && (!o.value(u"name"_s).isString()
                                          || o.value(u"name"_s).toString().trimmed().isEmpty()))
                problem = tr("the \"name\" of a day off must be a non-empty text");
            name = o.value(u"name"_s).toString().trimmed().normalized(QString::NormalizationForm_C);
        } else if (!v.isString()) {
            problem = tr("a day off must be a date \"YYYY-MM-DD\" or {\"date\": …, \"name\": …}");
        }
        const QDate date = problem.isEmpty() ? off.date(v, &problem) : QDate();
        if (problem.isEmpty() && std::any_of(result.daysOff.cbegin(), result.daysOff.cend(),
                                             [&](const Holiday &h) { return h.date == date; }))
            problem = tr("the day off %1 is listed twice").arg(date.toString(Qt::ISODate));
        if (!problem.isEmpty())
            return std::unexpected(located(label, off.lineOf(i), problem));
        result.daysOff.append(Holiday{date, HolidayKind::Official, name});
    }

    if (top.contains(u"working_days"_s) && !top.value(u"working_days"_s).isArray())
        return std::unexpected(located(label, keyLine(u"working_days"_s),
                                       tr("\"working_days\" must be a list of dates")));
    const DateList work(json, top, u"working_days"_s, result.year);
    for (qsizetype i = 0; i < work.size(); ++i) {
        QString problem;
        const QDate date = work.at(i).isString() ? work.date(work.at(i), &problem) : QDate();
        if (!work.at(i).isString())
            problem = tr("a working day must be a date written \"YYYY-MM-DD\"");
        else if (problem.isEmpty() && !HolidayRules::isWeekend(date))
            problem = tr("%1 is not a Saturday or a Sunday: list only weekend days worked")
                          .arg(date.toString(Qt::ISODate));
        else if (problem.isEmpty() && result.workingDays.contains(date))
            problem = tr("the working day %1 is listed twice").arg(date.toString(Qt::ISODate));
        else if (problem.isEmpty() && std::any_of(result.daysOff.cbegin(), result.daysOff.cend(),
                                                  [&](const Holiday &h) { return h.date == date; }))
            problem = tr("%1 is listed both as a day off and as a working day")
                          .arg(date.toString(Qt::ISODate));
        if (!problem.isEmpty())
            return std::unexpected(located(label, work.lineOf(i), problem));
        result.workingDays.append(date);
    }
    std::sort(result.daysOff.begin(), result.daysOff.end(),
              [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    std::sort(result.workingDays.begin(), result.workingDays.end());
    return result;
}

Result<CalendarOverride> CalendarOverrides::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"calendar.read"_s,
                    tr("The calendar file %1 cannot be read (%2). Check the path and try again.")
                        .arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return fail(u"calendar.too_large"_s,
                    tr("The file %1 is too large to be a calendar file. Check that you chose the "
                       "right file.").arg(path));
    return parse(file.readAll(), QFileInfo(path).fileName());
}

QByteArray CalendarOverrides::toJson(const CalendarOverride &override)
{
    QJsonArray off;
    for (const Holiday &h : override.daysOff) {
        const QString date = h.date.toString(Qt::ISODate);
        if (h.name.isEmpty())
            off.append(date);
        else
            off.append(QJsonObject{{u"date"_s, date}, {u"name"_s, h.name}});
    }
    QJsonArray work;
    for (const QDate &d : override.workingDays)
        work.append(d.toString(Qt::ISODate));
    QJsonObject top{{u"format"_s, u"motcua.calendar"_s}, {u"format_version"_s, kFormatVersion},
                    {u"year"_s, override.year}, {u"days_off"_s, off}, {u"working_days"_s, work}};
    if (!override.note.isEmpty())
        top.insert(u"note"_s, override.note);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

Result<QList<CalendarOverride>> CalendarOverrides::bundled()
{
    QList<CalendarOverride> all;
    const QDir dir(u":/calendar"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        auto parsed = parseFile(dir.filePath(name));
        if (!parsed)
            return std::unexpected(parsed.error());
        all.append(*parsed);
    }
    return all;
}

} // namespace motcua
