#include "Quarantine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Result<QString> Quarantine::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = path + u".damaged-"_s + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + u".damaged-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return fail(u"store.quarantine"_s,
                    Tr::tr("The local store %1 is damaged and could not be set aside. Nothing was "
                           "deleted. Close motcua and call your IT officer.").arg(path));
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

QStringList Quarantine::find(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    QStringList found;
    for (const QString &name :
         dir.entryList({info.fileName() + u".damaged-*"_s}, QDir::Files, QDir::Name)) {
        if (!name.endsWith(u"-wal") && !name.endsWith(u"-shm"))
            found.append(dir.filePath(name));
    }
    return found;
}

} // namespace motcua
