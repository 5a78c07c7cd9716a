#include "CalendarInstall.h"

#include "core/AdminFile.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
QString targetName(int year)
{
    return u"%1.json"_s.arg(year);
}
} // namespace

Result<CheckedCalendar> CalendarInstall::check(const QString &path, const QString &calendarDir)
{
    auto parsed = CalendarOverrides::parseFile(path);
    if (!parsed)
        return std::unexpected(parsed.error());
    // What is installed is what was checked: the bytes to install are checked again.
    auto bytes = AdminFile::read(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    const QString fileName = QFileInfo(path).fileName();
    const auto again = CalendarOverrides::parse(*bytes, fileName);
    if (!again || *again != *parsed)
        return fail(u"calendar.changed"_s,
                    tr("The file %1 changed while it was being installed. Install it again.")
                        .arg(QDir::toNativeSeparators(path)));

    // The intake reads every file of the folder and a later one of the same year wins: another
    // file of that year would silently take the place of this one.
    const QDir dir(calendarDir);
    const QString name = targetName(parsed->year);
    for (const QFileInfo &other : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        if (other.fileName() == name)
            continue;
        const auto o = CalendarOverrides::parseFile(other.filePath());
        if (o && o->year == parsed->year)
            return fail(u"calendar.other_file"_s,
                        tr("%1 in %2 is also a calendar of %3 and would be used instead. "
                           "Remove it, then install again.")
                            .arg(other.fileName(), QDir::toNativeSeparators(dir.path()))
                            .arg(parsed->year));
    }
    return CheckedCalendar{std::move(*parsed), std::move(*bytes), fileName};
}

Result<QString> CalendarInstall::install(const QString &calendarDir,
                                         const CheckedCalendar &checked)
{
    const QString target = QDir(calendarDir).filePath(targetName(checked.calendar.year));
    if (auto ok = AdminFile::install(target, checked.bytes); !ok)
        return std::unexpected(ok.error());
    return target;
}

QJsonObject CalendarInstall::auditDetail(const CheckedCalendar &checked)
{
    return {{u"year"_s, checked.calendar.year}, {u"file"_s, checked.fileName}};
}

QList<InstalledCalendar> CalendarInstall::installed(const QString &calendarDir)
{
    QList<InstalledCalendar> files;
    const QDir dir(calendarDir);
    for (const QFileInfo &file : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name))
        files.append({file.fileName(), CalendarOverrides::parseFile(file.filePath())});
    return files;
}

} // namespace motcua
