#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>

namespace motcua {

// A QR code symbol made by libqrencode (8-bit mode, smallest version that fits). The library's
// buffer is owned only inside encode(); a QrCode is a plain copyable value.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    enum class Level { L, M, Q, H }; // error correction: about 7%, 15%, 25%, 30% recoverable

    // Errors: qr.empty, qr.too_large (more than maxBytes(level)), qr.failed.
    static Result<QrCode> encode(const QByteArray &data, Level level = Level::M);

    // The most bytes one symbol carries (version 40, 8-bit mode).
    static int maxBytes(Level level);

    int version() const { return m_version; }
    int width() const { return m_width; } // modules per side: 21 + 4 * (version - 1)
    bool dark(int x, int y) const;        // false outside the symbol (the quiet zone)

    static constexpr int kQuietZone = 4; // light modules around the symbol, as the standard asks

private:
    QrCode() = default;

    int m_version = 0;
    int m_width = 0;
    QByteArray m_modules; // width * width, row by row, 1 = dark
};

} // namespace motcua
