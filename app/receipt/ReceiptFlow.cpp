#include "ReceiptFlow.h"

#include "QrCode.h"
#include "ReceiptRenderer.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

namespace motcua {

namespace {

// A4, with the margins of an administrative document, kept narrow enough for a counter receipt.
constexpr qreal kSheetWidth = 210.0;
constexpr qreal kMarginLeft = 20.0;
constexpr qreal kMarginRight = 15.0;
constexpr qreal kMarginTop = 15.0;
constexpr qreal kMarginBottom = 12.0;
constexpr qreal kFooterHeight = 6.0; // reserved on every page, above the bottom margin
constexpr qreal kCellPadding = 1.2;
constexpr qreal kHuge = 1.0e6;

} // namespace

ReceiptFlow::ReceiptFlow(QPainter &painter, const QRectF &page, Mode mode, int target)
    : m_painter(painter), m_sheet(page), m_mode(mode), m_target(target),
      m_unit(page.width() / kSheetWidth), m_y(kMarginTop)
{
}

QFont ReceiptFlow::font(qreal points, bool bold, bool italic) const
{
    QFont f(ReceiptRenderer::fontFamily());
    f.setPixelSize(qMax(1, qRound(mm(points * 25.4 / 72.0))));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QFont ReceiptFlow::fitted(QFont f, const QString &text, qreal widthMm) const
{
    while (f.pixelSize() > 1
           && QFontMetricsF(f, m_painter.device()).horizontalAdvance(text) > mm(widthMm))
        f.setPixelSize(f.pixelSize() - 1);
    return f;
}

qreal ReceiptFlow::left() const
{
    return kMarginLeft;
}

qreal ReceiptFlow::width() const
{
    return kSheetWidth - kMarginLeft - kMarginRight;
}

bool ReceiptFlow::painting() const
{
    return m_mode == Mode::AllPages || (m_mode == Mode::OnePage && m_page == m_target);
}

bool ReceiptFlow::ensure(qreal heightMm)
{
    const qreal bottom = m_sheet.height() / m_unit - kMarginBottom - kFooterHeight;
    if (m_y + heightMm <= bottom || m_y <= kMarginTop + 0.01)
        return false; // fits, or the page is empty (an oversized block is then cut, not looped)
    newPage();
    return true;
}

void ReceiptFlow::newPage()
{
    finish();
    if (m_mode == Mode::AllPages) {
        auto *device = dynamic_cast<QPagedPaintDevice *>(m_painter.device());
        if (!device || !device->newPage())
            m_broken = true;
    }
    ++m_page;
    m_y = kMarginTop;
}

void ReceiptFlow::finish()
{
    if (m_pageCount < 2 || m_footer.isEmpty())
        return;
    const QFont small = font(8.5, false, true);
    const qreal top = m_sheet.height() / m_unit - kMarginBottom - kFooterHeight + 2.0;
    text(left(), top, width(), kFooterHeight, small,
         m_footer.arg(m_page + 1).arg(m_pageCount), Qt::AlignHCenter | Qt::AlignBottom);
}

qreal ReceiptFlow::advance(const QFont &f, const QString &s) const
{
    return QFontMetricsF(f, m_painter.device()).horizontalAdvance(s) / m_unit;
}

qreal ReceiptFlow::measure(const QFont &f, const QString &s, qreal widthMm, int flags) const
{
    const QFontMetricsF metrics(f, m_painter.device());
    const QRectF r = metrics.boundingRect(QRectF(0, 0, mm(widthMm), kHuge),
                                          flags | Qt::TextWordWrap, s);
    return qMax(r.height(), metrics.lineSpacing()) / m_unit;
}

void ReceiptFlow::text(qreal x, qreal y, qreal widthMm, qreal heightMm, const QFont &f,
                       const QString &s, int flags)
{
    if (!painting() || s.isEmpty())
        return;
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_sheet.left() + mm(x), m_sheet.top() + mm(y), mm(widthMm),
                              mm(heightMm)),
                       flags | Qt::TextWordWrap, s);
}

void ReceiptFlow::paragraph(const QFont &f, const QString &s, int flags, qreal after)
{
    const qreal h = measure(f, s, width(), flags);
    ensure(h);
    text(left(), m_y, width(), h, f, s, flags | Qt::AlignTop);
    m_y += h + after;
}

void ReceiptFlow::line(qreal x1, qreal y1, qreal x2, qreal y2, qreal penMm)
{
    if (!painting())
        return;
    m_painter.setPen(QPen(Qt::black, mm(penMm)));
    m_painter.drawLine(QPointF(m_sheet.left() + mm(x1), m_sheet.top() + mm(y1)),
                       QPointF(m_sheet.left() + mm(x2), m_sheet.top() + mm(y2)));
}

void ReceiptFlow::box(qreal x, qreal y, qreal w, qreal h, qreal penMm)
{
    if (!painting())
        return;
    m_painter.setPen(QPen(Qt::black, mm(penMm)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(QRectF(m_sheet.left() + mm(x), m_sheet.top() + mm(y), mm(w), mm(h)));
}

void ReceiptFlow::qr(qreal x, qreal y, qreal sizeMm, const QrCode &code)
{
    if (!painting() || code.width() == 0)
        return;
    const int n = code.width() + 2 * QrCode::kQuietZone;
    const qreal module = mm(sizeMm) / n;
    const QPointF origin(m_sheet.left() + mm(x) + QrCode::kQuietZone * module,
                         m_sheet.top() + mm(y) + QrCode::kQuietZone * module);
    m_painter.fillRect(QRectF(m_sheet.left() + mm(x), m_sheet.top() + mm(y), mm(sizeMm), mm(sizeMm)),
                       Qt::white);
    // One rectangle per horizontal run of dark modules, all in one path: vector, compact, and
    // no hairline seams inside a run.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int row = 0; row < code.width(); ++row) {
        for (int col = 0; col < code.width();) {
            if (!code.dark(col, row)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < code.width() && code.dark(end, row))
                ++end;
            path.addRect(QRectF(origin.x() + col * module, origin.y() + row * module,
                                (end - col) * module, module));
            col = end;
        }
    }
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    m_painter.fillPath(path, Qt::black);
    m_painter.restore();
}

qreal ReceiptFlow::rowHeight(const QList<qreal> &widths, const QStringList &cells,
                             const QFont &f) const
{
    qreal h = 0;
    for (qsizetype i = 0; i < widths.size() && i < cells.size(); ++i)
        h = qMax(h, measure(f, cells.at(i), widths.at(i) - 2 * kCellPadding));
    return h + 2 * kCellPadding;
}

void ReceiptFlow::row(const QList<qreal> &widths, const QList<Column> &columns,
                      const QStringList &cells, const QFont &f, qreal height)
{
    qreal x = left();
    for (qsizetype i = 0; i < widths.size(); ++i) {
        box(x, m_y, widths.at(i), height);
        if (i < cells.size()) {
            text(x + kCellPadding, m_y + kCellPadding, widths.at(i) - 2 * kCellPadding,
                 height - 2 * kCellPadding, f, cells.at(i), columns.at(i).align | Qt::AlignVCenter);
        }
        x += widths.at(i);
    }
    m_y += height;
}

void ReceiptFlow::table(const QList<Column> &columns, const QStringList &header,
                        const QList<QStringList> &rows, const QFont &headerFont,
                        const QFont &bodyFont, bool boldLast)
{
    qreal fixed = 0;
    int flexible = 0;
    for (const Column &c : columns) {
        fixed += qMax<qreal>(c.widthMm, 0);
        flexible += c.widthMm <= 0 ? 1 : 0;
    }
    QList<qreal> widths;
    for (const Column &c : columns)
        widths.append(c.widthMm > 0 ? c.widthMm : (width() - fixed) / qMax(flexible, 1));

    QList<Column> headerColumns = columns;
    for (Column &c : headerColumns)
        c.align = Qt::AlignHCenter;
    const qreal headerHeight = rowHeight(widths, header, headerFont);
    const qreal first = rows.isEmpty() ? 0 : rowHeight(widths, rows.first(), bodyFont);
    ensure(headerHeight + first); // never a header alone at the foot of a page
    row(widths, headerColumns, header, headerFont, headerHeight);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QFont &font = boldLast && i == rows.size() - 1 ? headerFont : bodyFont;
        const qreal h = rowHeight(widths, rows.at(i), font);
        if (ensure(h))
            row(widths, headerColumns, header, headerFont, headerHeight);
        row(widths, columns, rows.at(i), font, h);
    }
}

} // namespace motcua
