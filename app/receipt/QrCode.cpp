#include "QrCode.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

QRecLevel toLibrary(QrCode::Level level)
{
    switch (level) {
    case QrCode::Level::L:
        return QR_ECLEVEL_L;
    case QrCode::Level::M:
        return QR_ECLEVEL_M;
    case QrCode::Level::Q:
        return QR_ECLEVEL_Q;
    case QrCode::Level::H:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

int QrCode::maxBytes(Level level)
{
    // ISO/IEC 18004 table 7, version 40, byte mode.
    switch (level) {
    case Level::L:
        return 2953;
    case Level::M:
        return 2331;
    case Level::Q:
        return 1663;
    case Level::H:
        return 1273;
    }
    return 0;
}

Result<QrCode> QrCode::encode(const QByteArray &data, Level level)
{
    if (data.isEmpty())
        return fail(u"qr.empty"_s, tr("There is nothing to put in the QR code."));
    if (data.size() > maxBytes(level)) {
        return fail(u"qr.too_large"_s,
                    tr("The text is too long for a QR code (%1 bytes, at most %2).")
                        .arg(data.size())
                        .arg(maxBytes(level)));
    }

    errno = 0;
    const QrPtr code(QRcode_encodeData(int(data.size()),
                                       reinterpret_cast<const unsigned char *>(data.constData()),
                                       0, toLibrary(level)));
    if (!code) {
        const int why = errno;
        if (why == ERANGE) {
            return fail(u"qr.too_large"_s,
                        tr("The text is too long for a QR code (%1 bytes, at most %2).")
                            .arg(data.size())
                            .arg(maxBytes(level)));
        }
        return fail(u"qr.failed"_s, tr("The QR code could not be made."),
                    u"QRcode_encodeData failed, errno %1"_s.arg(why));
    }

    QrCode qr;
    qr.m_version = code->version;
    qr.m_width = code->width;
    const qsizetype count = qsizetype(code->width) * code->width;
    qr.m_modules.resize(count);
    for (qsizetype i = 0; i < count; ++i)
        qr.m_modules[i] = char(code->data[i] & 1); // bit 0 is the colour, the others are metadata
    return qr;
}

bool QrCode::dark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_width)
        return false;
    return m_modules.at(qsizetype(y) * m_width + x) != 0;
}

} // namespace motcua
