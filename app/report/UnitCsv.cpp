#include "UnitCsv.h"

#include "AdminUnitCheck.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

struct Record
{
    int line = 0;
    QStringList fields;
};

std::unexpected<Error> refuse(int line, int column, const QString &text)
{
    return fail(u"units.csv"_s, UnitCsv::lineMessage(line, column, text),
                u"units csv refused at line %1 column %2"_s.arg(line).arg(column));
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
Result<QList<Record>> records(const QString &text)
{
    QList<Record> out;
    Record current{1, {}};
    QString field;
    bool quoted = false;   // inside a quoted field
    bool wasQuoted = false; // the field was quoted and its closing quote has been seen
    int line = 1;
    const qsizetype n = text.size();
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endField();
            // A blank line is no record.
            if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
                out.append(current);
            current = Record{++line, {}};
        } else if (wasQuoted) {
            return refuse(line, int(current.fields.size()) + 1,
                          UnitCsv::tr("a closing quote must be followed by a comma or the end of "
                                      "the line; double a quote that is part of the value."));
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return refuse(current.line, int(current.fields.size()) + 1,
                      UnitCsv::tr("a quoted value is not closed; add the closing quote."));
    if (!field.isEmpty() || wasQuoted || !current.fields.isEmpty()) {
        endField();
        out.append(current);
    }
    return out;
}

} // namespace

QString UnitCsv::lineMessage(int line, int column, const QString &text)
{
    const QString name = AdminUnitCheck::columnName(column);
    if (name.isEmpty())
        return tr("line %1, column %2: %3").arg(line).arg(column).arg(text);
    return tr("line %1, column %2 (%3): %4").arg(line).arg(column).arg(name, text);
}

Result<QList<AdminUnit>> UnitCsv::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"units.read"_s,
                    tr("The file %1 cannot be read (%2). Check the name and that it is a file.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    file.errorString());
    if (file.size() > kMaxBytes)
        return fail(u"units.csv"_s,
                    tr("The file %1 is too large for a list of units (more than 64 MiB). Check "
                       "that it is the right file.").arg(QDir::toNativeSeparators(path)));
    return parse(file.readAll());
}

Result<QList<AdminUnit>> UnitCsv::parse(const QByteArray &bytes)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError() || text.contains(QChar(0)))
        return fail(u"units.csv"_s,
                    tr("The file is not UTF-8 text. Save the list as CSV in UTF-8 and import it "
                       "again."));
    auto rows = records(text);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return refuse(1, 1, tr("the file is empty; the first line must be the header "
                               "code,name,level,parent_code,valid_from,valid_to."));

    const Record &header = rows->first();
    const qsizetype width = std::max<qsizetype>(header.fields.size(), 6);
    for (int c = 1; c <= width; ++c) {
        if (c > 6 || header.fields.value(c - 1).trimmed() != AdminUnitCheck::columnName(c))
            return refuse(header.line, c,
                          tr("the header must be exactly code,name,level,parent_code,valid_from,"
                             "valid_to; correct the first line."));
    }

    QList<AdminUnit> units;
    units.reserve(rows->size() - 1);
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const Record &rec = rows->at(r);
        if (rec.fields.size() != 6)
            return refuse(rec.line, rec.fields.size() < 6 ? int(rec.fields.size()) + 1 : 7,
                          tr("the line has %1 columns instead of 6; put quotes around a value "
                             "that contains a comma.").arg(rec.fields.size()));
        AdminUnit u;
        u.line = rec.line;
        u.code = rec.fields.at(0).trimmed();
        u.name = rec.fields.at(1).trimmed();
        const auto level = AdminUnitText::parseLevel(rec.fields.at(2));
        if (!level)
            return refuse(rec.line, AdminUnitCheck::Level,
                          tr("“%1” is not a level; write 1 or province, 2 or district, 3 or "
                             "commune.").arg(rec.fields.at(2)));
        u.level = *level;
        u.parentCode = rec.fields.at(3).trimmed();
        for (int c : {int(AdminUnitCheck::ValidFrom), int(AdminUnitCheck::ValidTo)}) {
            const auto day = AdminUnitText::parseDate(rec.fields.at(c - 1));
            if (!day)
                return refuse(rec.line, c,
                              tr("“%1” is not a date; write it as YYYY-MM-DD, or leave it empty "
                                 "when the version has no end there.").arg(rec.fields.at(c - 1)));
            (c == AdminUnitCheck::ValidFrom ? u.validFrom : u.validTo) = *day;
        }
        units.append(u);
    }
    // A header alone would empty the list: every unit would count as "not on the list".
    if (units.isEmpty())
        return refuse(header.line + 1, 1,
                      tr("the file holds no unit; the list in place was kept. Add the units after "
                         "the header, one version per line, or check that it is the right file."));
    if (auto problem = AdminUnitCheck::checkList(units))
        return refuse(units.at(problem->index).line, problem->column, problem->text);
    return units;
}

} // namespace motcua
