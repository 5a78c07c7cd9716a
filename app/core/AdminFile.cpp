#include "AdminFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace motcua {

Result<void> AdminFile::install(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(u"file.install"_s,
                    tr("The file could not be installed as %1 (%2). The file in use was not "
                       "changed. Check the desk's data folder and its free space.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    file.errorString());
    }
    return {};
}

Result<QByteArray> AdminFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"file.read"_s, tr("The file %1 cannot be read (%2).")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

} // namespace motcua
