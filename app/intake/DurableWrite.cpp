#include "DurableWrite.h"

#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

QString failure(const char *step)
{
    return u"%1: %2"_s.arg(QLatin1StringView(step), QString::fromLocal8Bit(std::strerror(errno)));
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

// One flush of the data, checked (QSaveFile flushes too but ignores a failure, and a second flush
// would cost a device cache flush for nothing).
QString writeDurably(const QString &path, const QByteArray &bytes)
{
    const QByteArray final = QFile::encodeName(path);
    QByteArray temp = final + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return failure("create");
    QString error;
    if (!writeAll(fd, bytes))
        error = failure("write");
    else if (::fdatasync(fd) != 0)
        error = failure("flush");
    if (::close(fd) != 0 && error.isEmpty())
        error = failure("close");
    if (error.isEmpty() && ::rename(temp.constData(), final.constData()) != 0)
        error = failure("rename");
    if (!error.isEmpty()) {
        ::unlink(temp.constData());
        return error;
    }
    const qsizetype slash = final.lastIndexOf('/');
    if (!syncFolder(slash > 0 ? QFile::decodeName(final.left(slash)) : u"."_s))
        return failure("flush folder");
    return {};
}

bool syncFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace motcua
