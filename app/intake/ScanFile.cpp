#include "ScanFile.h"

#include <QBuffer>
#include <QIODevice>
#include <QImageReader>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

QByteArray tail(QIODevice &file, qint64 bytes)
{
    const qint64 from = std::max<qint64>(0, file.size() - bytes);
    file.seek(from);
    QByteArray t = file.read(bytes);
    file.seek(0);
    return t;
}

// The file ends the way a complete file of its kind ends.
bool isComplete(const QString &mime, QIODevice &file)
{
    if (mime == u"application/pdf")
        return tail(file, 1024).contains("%%EOF");
    if (mime == u"image/jpeg") {
        QByteArray t = tail(file, 64);
        while (!t.isEmpty() && (t.back() == '\0' || t.back() == '\n' || t.back() == '\r'))
            t.chop(1);
        return t.endsWith("\xFF\xD9");
    }
    if (mime == u"image/png")
        return tail(file, 12) == QByteArray("\0\0\0\0IEND\xAE\x42\x60\x82", 12);
    return false;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

Result<ScanFile> ScanCheck::check(QIODevice &file, const QString &name, const ScanLimits &limits)
{
    if (!file.isOpen() || !file.isReadable() || file.isSequential())
        return fail(u"file.read"_s, tr("The file %1 cannot be read. Check that it is still there "
                                       "and try again.").arg(name));
    ScanFile scan;
    scan.size = file.size();
    if (scan.size == 0)
        return fail(u"file.empty"_s, tr("The file %1 is empty. Scan the paper again.").arg(name));
    if (scan.size > limits.maxBytes)
        return fail(u"file.too_large"_s,
                    tr("The file %1 is %2 MB; the limit is %3 MB. Scan it again at a lower "
                       "resolution or in black and white.")
                        .arg(name, megabytes(scan.size), megabytes(limits.maxBytes)));
    file.seek(0);
    const QByteArray head = file.peek(4096);
    if (head.startsWith("\x7F" "ELF") || head.startsWith("MZ") || head.startsWith("#!"))
        return fail(u"file.program"_s,
                    tr("The file %1 is a program, not a scan, whatever its name says. It was not "
                       "attached. Scan the paper again.").arg(name));
    scan.mime = QMimeDatabase().mimeTypeForData(head).name();
    if (scan.mime != u"application/pdf" && scan.mime != u"image/jpeg" && scan.mime != u"image/png")
        return fail(u"file.type"_s,
                    tr("The file %1 is not a PDF, JPEG or PNG scan (its content is %2). Save the "
                       "scan as PDF, JPEG or PNG and attach it again.").arg(name, scan.mime),
                    scan.mime);
    if (!isComplete(scan.mime, file))
        return fail(u"file.truncated"_s,
                    tr("The file %1 is cut short (incomplete copy or download). Scan or copy it "
                       "again.").arg(name));
    if (scan.mime != u"application/pdf") {
        QImageReader reader(&file);
        reader.setDecideFormatFromContent(true);
        scan.pixels = reader.size();
        file.seek(0);
        if (!scan.pixels.isValid())
            return fail(u"file.damaged"_s,
                        tr("The image %1 is damaged and cannot be read. Scan the paper again.")
                            .arg(name));
        if (scan.pixels.width() > limits.maxPixelsPerSide
            || scan.pixels.height() > limits.maxPixelsPerSide)
            return fail(u"file.too_many_pixels"_s,
                        tr("The image %1 is %2 × %3 pixels; the limit is %4 per side. Scan it "
                           "again at 300 dpi.")
                            .arg(name)
                            .arg(scan.pixels.width())
                            .arg(scan.pixels.height())
                            .arg(limits.maxPixelsPerSide));
    }
    return scan;
}

} // namespace motcua
