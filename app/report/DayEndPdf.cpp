#include "DayEndPdf.h"

#include "Report.h"
#include "receipt/ReceiptRenderer.h"

#include <QBuffer>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

constexpr qreal kMargin = 50; // points: the writer paints at 72 dpi
constexpr qreal kGap = 4;

class Sheet
{
public:
    explicit Sheet(QPdfWriter &writer) : m_writer(writer), m_painter(&writer)
    {
        m_width = m_painter.viewport().width() - 2 * kMargin;
        m_bottom = m_painter.viewport().height() - kMargin;
        m_y = kMargin;
    }

    void text(const QString &s, qreal size = 10, bool bold = false, qreal indent = 0,
              qreal width = -1)
    {
        const QRectF box = measure(s, size, bold, indent, width);
        room(box.height());
        m_painter.drawText(QRectF(kMargin + indent, m_y, box.width(), box.height()),
                           Qt::TextWordWrap, s);
        m_y += box.height() + kGap;
    }

    // Several columns on one line; the tallest cell sets the line's height.
    void cells(const QStringList &cells, const QList<qreal> &widths, bool bold = false)
    {
        qreal height = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            height = std::max(height, measure(cells.at(i), 9, bold, 0, widths.at(i) - 6).height());
        room(height);
        qreal x = kMargin;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            m_painter.drawText(QRectF(x, m_y, widths.at(i) - 6, height), Qt::TextWordWrap,
                               cells.at(i));
            x += widths.at(i);
        }
        m_y += height + kGap;
    }

    void space(qreal points) { m_y += points; }
    qreal width() const { return m_width; }

private:
    QRectF measure(const QString &s, qreal size, bool bold, qreal indent, qreal width)
    {
        QFont font(ReceiptRenderer::fontFamily());
        font.setPointSizeF(size);
        font.setBold(bold);
        m_painter.setFont(font);
        const qreal w = width > 0 ? width : m_width - indent;
        return m_painter.boundingRect(QRectF(0, 0, w, 10000), Qt::TextWordWrap, s);
    }

    void room(qreal height)
    {
        if (m_y + height <= m_bottom || m_y <= kMargin)
            return;
        m_writer.newPage();
        m_y = kMargin;
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    qreal m_width = 0, m_bottom = 0, m_y = 0;
};

} // namespace

QByteArray DayEndPdf::pdf(const DayEndSummary &s, const QLocale &locale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(tr("Day-end summary"));
        Sheet sheet(writer);
        const auto n = [&locale](qint64 v) { return locale.toString(v); };
        const auto pct = [&locale](qint64 h) -> QString { // not a QStringBuilder of temporaries
            return locale.toString(double(h) / 100.0, 'f', 2) + locale.percent();
        };
        const auto line = [&sheet](const QString &caption, const QString &value) {
            sheet.text(caption + u": "_s + value, 11, false, 12);
        };
        sheet.text(tr("Day-end summary"), 16, true);
        QString where = tr("%1, unit %2").arg(locale.toString(s.request.day, QLocale::LongFormat),
                                              s.request.unitCode);
        if (!s.request.deskCode.isEmpty())
            where += tr(", desk %1").arg(s.request.deskCode);
        sheet.text(where, 11);
        sheet.text(tr("Printed at %1")
                       .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)),
                   9);
        sheet.space(8);
        sheet.text(tr("Dossiers received on the day"), 12, true);
        line(tr("Direct at the desk"), n(s.direct));
        line(tr("By post"), n(s.postal));
        line(tr("Online, confirmed by the citizen"), n(s.onlineConfirmed));
        line(tr("Online, awaiting the citizen's confirmation"), n(s.onlineAwaiting));
        if (s.onlineUnconfirmed > 0)
            line(tr("Online, no confirmation by the citizen recorded"), n(s.onlineUnconfirmed));
        line(tr("Received in all"), n(s.received()));
        sheet.space(6);
        sheet.text(tr("The day as the online-rate report counts it"), 12, true);
        line(tr("Carried over (received earlier, still open when the day began)"),
             n(s.carriedOver));
        line(tr("Online share"), pct(s.onlineShareHundredths()));
        line(tr("Counted by the national monitor (citizen's own account)"),
             pct(s.emcShareHundredths()));
        line(tr("Accounts activated"), n(s.accountsActivated));
        sheet.space(6);
        sheet.text(tr("Still to do at the desk"), 12, true);
        line(tr("Awaiting the citizen's confirmation"), n(s.awaitingConfirmation));
        line(tr("Not yet synced"), n(s.notSynced));
        line(tr("Failures needing action"), n(s.failures.size()));
        if (!s.failures.isEmpty()) {
            sheet.space(6);
            const qreal w = sheet.width();
            const QList<qreal> widths{w * 0.22, w * 0.33, w * 0.45};
            sheet.cells({tr("Dossier code"), tr("Procedure"), tr("Reason")}, widths, true);
            for (const DayEndFailure &f : s.failures)
                sheet.cells({f.code, f.procedureName, f.reason}, widths);
        }
    }
    return bytes;
}

Result<void> DayEndPdf::write(const DayEndSummary &summary, const QString &path,
                              const QLocale &locale)
{
    const QByteArray bytes = pdf(summary, locale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(u"report.write"_s,
                    tr("The day-end summary was not saved as %1. Check that the folder exists, "
                       "that you may write to it and that the disk is not full.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    return {};
}

} // namespace motcua
