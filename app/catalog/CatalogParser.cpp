#include "CatalogParser.h"

#include "JsonDataFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

// Days and copies are ints: a larger number in a file is refused, not wrapped around.
constexpr qint64 kMaxInt = std::numeric_limits<int>::max();

// Reads typed values out of one JSON object and remembers the first problem.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)

public:
    Reader(const QJsonObject &o, QString where) : m_o(o), m_where(std::move(where)) {}

    QString text(const QString &key, bool required = true)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(tr("the field \"%1\" is missing").arg(key));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            problem(tr("the field \"%1\" must be a non-empty text").arg(key));
            return {};
        }
        return v.toString().trimmed().normalized(QString::NormalizationForm_C);
    }

    // `maximum` keeps values that go into an int (days, copies) from wrapping around.
    qint64 whole(const QString &key, qint64 minimum, std::optional<qint64> fallback = {},
                 qint64 maximum = qint64(9e15))
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (v.isUndefined() || v.isNull()) {
            problem(tr("the field \"%1\" is missing").arg(key));
            return minimum;
        }
        const double d = v.toDouble(-1);
        if (v.isDouble() && d == std::floor(d) && d > double(maximum)) {
            problem(tr("the field \"%1\" must be a whole number of at most %2")
                        .arg(key)
                        .arg(maximum));
            return minimum;
        }
        if (!v.isDouble() || d != std::floor(d) || d < double(minimum) || d > 9e15) {
            problem(tr("the field \"%1\" must be a whole number of at least %2").arg(key).arg(minimum));
            return minimum;
        }
        return qint64(d);
    }

    bool flag(const QString &key, std::optional<bool> fallback)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (!v.isBool()) {
            problem(tr("the field \"%1\" must be true or false").arg(key));
            return false;
        }
        return v.toBool();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isArray()) {
            problem(v.isUndefined() ? tr("the field \"%1\" is missing").arg(key)
                                    : tr("the field \"%1\" must be a list").arg(key));
            return {};
        }
        return v.toArray();
    }

    void problem(const QString &message)
    {
        adopt(tr("%1: %2").arg(m_where, message));
    }
    void adopt(const QString &finished)
    {
        if (m_error.isEmpty())
            m_error = finished;
    }
    const QString &error() const { return m_error; }
    const QString &where() const { return m_where; }

private:
    QJsonObject m_o;
    QString m_where;
    QString m_error;
};

Error located(const QString &file, int line, const QString &what)
{
    return Error{u"catalog.invalid"_s,
                 CatalogParser::tr("The catalogue %1 was refused (line %2: %3). The catalogue in "
                                   "use was not changed. Correct the file and import it again.")
                     .arg(file)
                     .arg(line)
                     .arg(what),
                 u"%1:%2: %3"_s.arg(file).arg(line).arg(what)};
}

} // namespace

Result<Catalog> CatalogParser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"catalog.read"_s,
                    tr("The catalogue file %1 cannot be read (%2). Check the path and try again.")
                        .arg(path, file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return fail(u"catalog.too_large"_s,
                    tr("The file %1 is too large to be a catalogue. Check that you chose the right "
                       "file.").arg(path));
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Result<Catalog> CatalogParser::parse(const QByteArray &rawJson, const QString &label)
{
    const auto file = JsonDataFile::parse(rawJson, u"motcua.catalog"_s);
    if (!file)
        return std::unexpected(located(label, file.error().line,
                                       file.error().syntaxError.isEmpty()
                                           ? tr("the file is not a motcua catalogue "
                                                "(\"format\" is not \"motcua.catalog\")")
                                           : file.error().syntaxError));
    const JsonPositions &positions = file->positions();
    const QJsonObject &top = file->top();
    Reader head(top, tr("catalogue"));
    const qint64 version = head.whole(u"format_version"_s, 1);
    if (head.error().isEmpty() && version > kFormatVersion)
        return std::unexpected(located(label, 1, tr("catalogue format %1 is newer than this "
                                                    "motcua understands (%2); update motcua")
                                                     .arg(version)
                                                     .arg(kFormatVersion)));
    Catalog catalog;
    catalog.version = head.text(u"catalog_version"_s);
    catalog.issuer = head.text(u"issuer"_s, false);
    const QJsonArray fields = head.array(u"fields"_s);
    const QJsonArray procedures = head.array(u"procedures"_s);
    if (!head.error().isEmpty())
        return std::unexpected(located(label, 1, head.error()));

    QHash<QString, QString> fieldNames;
    const QList<qsizetype> fieldAt = positions.elementOffsets("fields");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const int line = positions.lineOf(fieldAt.value(i, 0));
        Reader r(fields.at(i).toObject(), tr("field %1").arg(i + 1));
        if (!fields.at(i).isObject())
            r.problem(tr("it is not an object"));
        const ProcedureField f{r.text(u"code"_s), r.text(u"name"_s)};
        if (r.error().isEmpty() && fieldNames.contains(f.code))
            r.problem(tr("the field code \"%1\" appears twice").arg(f.code));
        if (!r.error().isEmpty())
            return std::unexpected(located(label, line, r.error()));
        fieldNames.insert(f.code, f.name);
        catalog.fields.append(f);
    }

    if (procedures.isEmpty())
        return std::unexpected(located(label, 1, tr("the catalogue holds no procedure")));
    const QList<qsizetype> procedureAt = positions.elementOffsets("procedures");
    QSet<QString> codes;
    static const QSet<QString> knownLevels{u"province"_s, u"district"_s, u"commune"_s};
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const int line = positions.lineOf(procedureAt.value(i, 0));
        const QJsonObject o = procedures.at(i).toObject();
        const QString code = o.value(u"code"_s).toString();
        Reader r(o, code.isEmpty() ? tr("procedure %1").arg(i + 1)
                                   : tr("procedure %1 (%2)").arg(i + 1).arg(code));
        if (!procedures.at(i).isObject())
            r.problem(tr("it is not an object"));
        Procedure p;
        p.code = r.text(u"code"_s);
        p.codeConfirmed = r.flag(u"code_confirmed"_s, false);
        p.name = r.text(u"name"_s);
        p.field.code = r.text(u"field"_s);
        p.field.name = fieldNames.value(p.field.code);
        for (const QJsonValue &level : r.array(u"levels"_s)) {
            if (!knownLevels.contains(level.toString()))
                r.problem(tr("unknown level \"%1\" (use province, district or commune)")
                              .arg(level.toString()));
            p.levels.append(level.toString());
        }
        const QString online = r.text(u"online_level"_s);
        if (r.error().isEmpty() && online != u"full" && online != u"partial")
            r.problem(tr("\"online_level\" must be \"full\" or \"partial\""));
        p.onlineLevel = online == u"full" ? OnlineLevel::Full : OnlineLevel::Partial;
        p.feeVnd = r.whole(u"fee_vnd"_s, 0);
        p.feeNote = r.text(u"fee_note"_s, false);
        p.processingDays = int(r.whole(u"processing_days"_s, 0, {}, kMaxInt));
        p.processingDaysOnline = int(r.whole(u"processing_days_online"_s, 0, -1, kMaxInt));
        if (r.error().isEmpty() && p.processingDaysOnline > p.processingDays)
            r.problem(tr("\"processing_days_online\" must not be longer than \"processing_days\""));
        QSet<QString> paperCodes;
        const QJsonArray papers = r.array(u"papers"_s);
        for (qsizetype k = 0; k < papers.size() && r.error().isEmpty(); ++k) {
            Reader pr(papers.at(k).toObject(), tr("%1, paper %2").arg(r.where()).arg(k + 1));
            ProcedurePaper paper;
            paper.code = pr.text(u"code"_s);
            paper.name = pr.text(u"name"_s);
            paper.required = pr.flag(u"required"_s, std::nullopt);
            paper.copies = int(pr.whole(u"copies"_s, 1, 1, kMaxInt));
            if (pr.error().isEmpty() && paperCodes.contains(paper.code))
                pr.problem(tr("the paper code \"%1\" appears twice").arg(paper.code));
            paperCodes.insert(paper.code);
            if (!pr.error().isEmpty())
                r.adopt(pr.error());
            p.papers.append(paper);
        }
        if (r.error().isEmpty() && p.levels.isEmpty())
            r.problem(tr("\"levels\" is empty"));
        if (r.error().isEmpty() && !fieldNames.contains(p.field.code))
            r.problem(tr("the field \"%1\" is not listed in \"fields\"").arg(p.field.code));
        if (r.error().isEmpty() && codes.contains(p.code))
            r.problem(tr("the procedure code appears twice"));
        if (!r.error().isEmpty())
            return std::unexpected(located(label, line, r.error()));
        codes.insert(p.code);
        catalog.procedures.append(p);
    }
    return catalog;
}

} // namespace motcua
