#include "ReportCsv.h"

#include <QDir>
#include <QIODevice>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace motcua {

QByteArray ReportCsv::header()
{
    return "group,carried_over,online,direct_postal,total,online_rate_percent,emc_rate_percent\n";
}

QByteArray ReportCsv::field(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n')
        && !utf8.contains('\r'))
        return utf8;
    return '"' + utf8.replace("\"", "\"\"") + '"';
}

QByteArray ReportCsv::toBytes(const Report &report)
{
    QByteArray out = header();
    for (const ReportRow &row : report.rows) {
        const qint64 total = row.total();
        out += field(row.group) + ',' + QByteArray::number(row.carriedOver) + ','
               + QByteArray::number(row.online) + ',' + QByteArray::number(row.directPostal) + ','
               + QByteArray::number(total) + ','
               + rateText(rateHundredths(row.online, total)).toLatin1() + ','
               + rateText(rateHundredths(row.emcOnline, total)).toLatin1() + '\n';
    }
    // Citizens' satisfaction, after an empty line, only when the period has ratings: the table
    // above stays exactly the monitor's sheet.
    const Satisfaction &s = report.satisfaction;
    if (s.total() > 0) {
        const QString unit = report.request.deskUnitCode.isEmpty() ? u"all"_s
                                                                    : report.request.deskUnitCode;
        out += "\nsatisfaction_unit,satisfied,normal,not_satisfied,ratings,satisfied_percent\n"
               + field(unit) + ',' + QByteArray::number(s.satisfied) + ','
               + QByteArray::number(s.normal) + ',' + QByteArray::number(s.notSatisfied) + ','
               + QByteArray::number(s.total()) + ','
               + rateText(s.satisfiedHundredths()).toLatin1() + '\n';
    }
    return out;
}

Result<void> ReportCsv::write(const Report &report, QIODevice &device)
{
    const QByteArray bytes = toBytes(report);
    if (device.write(bytes) != bytes.size())
        return fail(u"report.write"_s,
                    tr("The report could not be written (%1). Check the free space and try "
                       "again.").arg(device.errorString()),
                    device.errorString());
    return {};
}

Result<void> ReportCsv::writeFile(const Report &report, const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && write(report, file) && file.commit())
        return {};
    return fail(u"report.write"_s,
                tr("The report could not be saved as %1 (%2). Check that the folder exists, that "
                   "you may write in it and that the disk has free space, or choose another "
                   "file.").arg(QDir::toNativeSeparators(path), file.errorString()),
                file.errorString());
}

} // namespace motcua
