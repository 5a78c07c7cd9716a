#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace motcua {

class QrCode;

// The small page-layout engine behind ReceiptRenderer (not for other modules). Content is laid
// out top to bottom from a cursor; ensure() starts a new page when a block does not fit. Lengths
// are in millimetres of an A4 sheet and scaled to the page given, so the same code measures,
// paints one page (preview) or paints all pages (printer, PDF) and always breaks at the same
// places.
class ReceiptFlow
{
public:
    enum class Mode { Measure, OnePage, AllPages };

    ReceiptFlow(QPainter &painter, const QRectF &page, Mode mode, int target = 0);

    void setFooter(const QString &text) { m_footer = text; } // "%1" page, "%2" page count
    void setPageCount(int count) { m_pageCount = count; }

    qreal mm(qreal v) const { return v * m_unit; }
    QFont font(qreal points, bool bold = false, bool italic = false) const;
    QFont fitted(QFont font, const QString &text, qreal widthMm) const; // shrinks to one line

    qreal left() const;  // content box, in millimetres
    qreal width() const;
    qreal y() const { return m_y; }
    void skip(qreal heightMm) { m_y += heightMm; }
    int page() const { return m_page; }
    bool broken() const { return m_broken; } // a device refused a new page

    // Starts a new page when `heightMm` does not fit below the cursor; true if it did.
    bool ensure(qreal heightMm);
    void newPage();
    void finish(); // the footer of the last page

    qreal advance(const QFont &font, const QString &text) const; // one line, millimetres
    // Height of `text` wrapped in `widthMm`.
    qreal measure(const QFont &font, const QString &text, qreal widthMm,
                  int flags = Qt::AlignLeft) const;
    // Draws `text` wrapped in the box (x, y relative to the page, millimetres).
    void text(qreal x, qreal y, qreal widthMm, qreal heightMm, const QFont &font,
              const QString &text, int flags = Qt::AlignLeft | Qt::AlignTop);
    // Draws text at the cursor across the content width and moves the cursor below it.
    void paragraph(const QFont &font, const QString &text, int flags = Qt::AlignLeft,
                   qreal after = 1.0);
    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal penMm = 0.25);
    void box(qreal x, qreal y, qreal w, qreal h, qreal penMm = 0.2);
    void qr(qreal x, qreal y, qreal sizeMm, const QrCode &code); // quiet zone included

    // A table with a header row; rows break across pages and the header is repeated. The last
    // row is set in the header font when `boldLast` (a total).
    struct Column
    {
        qreal widthMm; // <= 0: takes what the other columns leave
        int align;
    };
    void table(const QList<Column> &columns, const QStringList &header,
               const QList<QStringList> &rows, const QFont &headerFont, const QFont &bodyFont,
               bool boldLast = false);

private:
    bool painting() const;
    qreal rowHeight(const QList<qreal> &widths, const QStringList &cells, const QFont &font) const;
    void row(const QList<qreal> &widths, const QList<Column> &columns, const QStringList &cells,
             const QFont &font, qreal height);

    QPainter &m_painter;
    QRectF m_sheet;
    Mode m_mode;
    int m_target;
    qreal m_unit; // device units per millimetre
    qreal m_y;
    int m_page = 0;
    int m_pageCount = 0;
    bool m_broken = false;
    QString m_footer;
};

} // namespace motcua
