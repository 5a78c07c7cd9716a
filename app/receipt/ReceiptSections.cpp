#include "ReceiptSections.h"

#include "QrCode.h"
#include "ReceiptFlow.h"
#include "ReceiptLabels.h"

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

constexpr qreal kBody = 10.5; // points
constexpr qreal kTable = 9.5;
constexpr qreal kQrSize = 28.0; // millimetres, quiet zone included

QString nfc(const QString &s)
{
    return s.trimmed().normalized(QString::NormalizationForm_C);
}

// The width of a column of labels: the widest label, at most 45% of the line.
qreal labelWidth(const ReceiptFlow &f, const QFont &font, const QStringList &labels)
{
    qreal w = 0;
    for (const QString &label : labels)
        w = qMax(w, f.advance(font, label));
    return qMin(w + 2.5, f.width() * 0.45);
}

// National motto on the right, the receiving unit on the left, then code and date line.
void header(ReceiptFlow &f, const Receipt &r, const ReceiptLabels &l)
{
    const qreal leftW = f.width() * 0.43;
    const qreal rightX = f.left() + leftW;
    const qreal rightW = f.width() - leftW;
    const qreal top = f.y();

    const QFont unitFont = f.font(11);
    const QFont officeFont = f.fitted(f.font(11, true), l.office, leftW);
    const QString unit = nfc(r.unitName).toUpper();
    qreal yl = top;
    const qreal unitH = f.measure(unitFont, unit, leftW, Qt::AlignHCenter);
    f.text(f.left(), yl, leftW, unitH, unitFont, unit, Qt::AlignHCenter);
    yl += unitH;
    const qreal officeH = f.measure(officeFont, l.office, leftW, Qt::AlignHCenter);
    f.text(f.left(), yl, leftW, officeH, officeFont, l.office, Qt::AlignHCenter);
    yl += officeH + 1.5;
    f.line(f.left() + leftW * 0.35, yl, f.left() + leftW * 0.65, yl, 0.3);

    const QFont nationFont = f.fitted(f.font(11, true), l.nation, rightW);
    const QFont mottoFont = f.font(12, true);
    qreal yr = top;
    const qreal nationH = f.measure(nationFont, l.nation, rightW, Qt::AlignHCenter);
    f.text(rightX, yr, rightW, nationH, nationFont, l.nation, Qt::AlignHCenter);
    yr += nationH;
    const qreal mottoH = f.measure(mottoFont, l.motto, rightW, Qt::AlignHCenter);
    f.text(rightX, yr, rightW, mottoH, mottoFont, l.motto, Qt::AlignHCenter);
    yr += mottoH + 1.5;
    const qreal mottoW = f.advance(mottoFont, l.motto);
    f.line(rightX + (rightW - mottoW) / 2, yr, rightX + (rightW + mottoW) / 2, yr, 0.3);

    const qreal second = qMax(yl, yr) + 2.5;
    const QFont codeFont = f.font(10);
    if (!r.unitCode.isEmpty()) {
        f.text(f.left(), second, leftW, 6.0, codeFont, l.unitCode.arg(nfc(r.unitCode)),
               Qt::AlignHCenter);
    }
    QString dateLine = ReceiptLabels::longDate(r.receivedAt);
    if (r.placeName.isEmpty())
        dateLine[0] = dateLine.at(0).toUpper();
    else
        dateLine = nfc(r.placeName) + u", "_s + dateLine;
    const QFont dateFont = f.font(11, false, true);
    f.text(rightX, second, rightW, 6.0, dateFont, dateLine, Qt::AlignHCenter);
    f.skip(second - f.y() + f.measure(dateFont, dateLine, rightW) + 5.0);
}

void title(ReceiptFlow &f, const Receipt &r, const ReceiptLabels &l)
{
    f.paragraph(f.fitted(f.font(14, true), l.title, f.width()), l.title, Qt::AlignHCenter, 0.5);
    f.paragraph(f.font(12, true), l.dossierCode.arg(nfc(r.dossierCode)), Qt::AlignHCenter, 4.0);
}

struct Field
{
    QString label;
    QString value;
    bool strong = false;
};

// "Label:  value" lines with the values aligned, `widthMm` wide from the left margin.
class Fields
{
public:
    Fields(const ReceiptFlow &f, QList<Field> items, bool boldLabels, qreal widthMm)
        : m_items(std::move(items)), m_label(f.font(kBody, boldLabels)), m_width(widthMm)
    {
        QStringList labels;
        for (const Field &i : m_items)
            labels.append(i.label);
        m_labelWidth = labelWidth(f, m_label, labels);
    }

    qreal height(const ReceiptFlow &f, const Field &i) const
    {
        return qMax(f.measure(m_label, i.label, m_labelWidth),
                    f.measure(f.font(kBody, i.strong), i.value, m_width - m_labelWidth));
    }

    qreal height(const ReceiptFlow &f) const
    {
        qreal h = 0;
        for (const Field &i : m_items)
            h += height(f, i) + kFieldGap;
        return h;
    }

    void draw(ReceiptFlow &f) const
    {
        for (const Field &i : m_items) {
            const qreal h = height(f, i);
            f.ensure(h);
            f.text(f.left(), f.y(), m_labelWidth, h, m_label, i.label);
            f.text(f.left() + m_labelWidth, f.y(), m_width - m_labelWidth, h,
                   f.font(kBody, i.strong), i.value);
            f.skip(h + kFieldGap);
        }
    }

private:
    static constexpr qreal kFieldGap = 0.6;
    QList<Field> m_items;
    QFont m_label;
    qreal m_width;
    qreal m_labelWidth = 0;
};

void applicant(ReceiptFlow &f, const Receipt &r, const ReceiptLabels &l)
{
    QString unit = nfc(r.unitName);
    if (!r.unitAddress.isEmpty())
        unit += u" ("_s + l.unitAddress.arg(nfc(r.unitAddress)) + u')';
    f.paragraph(f.font(kBody), l.intro.arg(unit), Qt::AlignLeft, 1.2);
    QList<Field> items{{l.applicant, nfc(r.applicantName), true}};
    if (!r.applicantId.isEmpty())
        items.append({l.applicantId, nfc(r.applicantId)});
    if (!r.applicantPhone.isEmpty())
        items.append({l.phone, nfc(r.applicantPhone)});
    if (!r.applicantAddress.isEmpty())
        items.append({l.address, nfc(r.applicantAddress)});
    QString request = nfc(r.procedureName);
    if (!r.procedureCode.isEmpty())
        request += u" ("_s + l.procedureCode.arg(nfc(r.procedureCode)) + u')';
    items.append({l.request, request, true});
    items.append({l.channel, ReceiptLabels::channelName(r.channel, r.citizenConfirmed)});
    Fields(f, items, false, f.width()).draw(f);
    f.skip(2.0);
}

void papers(ReceiptFlow &f, const Receipt &r, const ReceiptLabels &l)
{
    f.paragraph(f.font(kBody, true), l.papersHeading, Qt::AlignLeft, 1.0);
    if (r.papers.isEmpty()) {
        f.paragraph(f.font(kBody, false, true), l.noPapers, Qt::AlignLeft, 3.0);
        return;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < r.papers.size(); ++i) {
        const ReceivedPaper &p = r.papers.at(i);
        rows.append({QString::number(i + 1), nfc(p.name), QString::number(p.copies),
                     ReceiptLabels::paperForm(p.form)});
    }
    f.table({{9, Qt::AlignHCenter}, {0, Qt::AlignLeft}, {16, Qt::AlignHCenter},
             {57, Qt::AlignLeft}},
            {l.colNumber, l.colPaper, l.colCopies, l.colForm}, rows, f.font(kTable, true),
            f.font(kTable));
    f.skip(3.0);
}

void fees(ReceiptFlow &f, const Receipt &r, const ReceiptLabels &l)
{
    f.paragraph(f.font(kBody, true), l.feesHeading, Qt::AlignLeft, 1.0);
    if (r.fees.isEmpty()) {
        f.paragraph(f.font(kBody, false, true), l.noFees, Qt::AlignLeft, 3.0);
        return;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < r.fees.size(); ++i) {
        const FeeLine &fee = r.fees.at(i);
        QString applied = nfc(fee.applied);
        if (fee.exempt && applied.isEmpty())
            applied = l.exempt;
        rows.append({QString::number(i + 1), nfc(fee.name), ReceiptLabels::money(fee.listed),
                     applied, ReceiptLabels::money(fee.amount)});
    }
    rows.append({QString(), l.total, QString(), QString(), ReceiptLabels::money(r.feeTotal)});
    f.table({{9, Qt::AlignHCenter}, {0, Qt::AlignLeft}, {25, Qt::AlignRight},
             {52, Qt::AlignLeft}, {25, Qt::AlignRight}},
            {l.colNumber, l.colFee, l.colListed, l.colApplied, l.colAmount}, rows,
            f.font(kTable, true), f.font(kTable), true);
    f.skip(3.0);
}

// Times, where to collect, how to look up; the QR code on the right, kept on one page.
void schedule(ReceiptFlow &f, const Receipt &r, const ReceiptLabels &l, const QrCode *code)
{
    QString status = nfc(r.statusText);
    if (!r.statusUrl.isEmpty())
        status += (status.isEmpty() ? QString() : u": "_s) + r.statusUrl.toDisplayString();
    if (status.isEmpty())
        status = nfc(r.dossierCode);
    const Fields items(f,
                       {{l.receivedAt, ReceiptLabels::dateTime(r.receivedAt)},
                        {l.dueAt, ReceiptLabels::dateTime(r.dueAt), true},
                        {l.resultPlace, nfc(r.resultPlace)},
                        {l.status, status}},
                       true, f.width() - (code ? kQrSize + 3.0 : 0.0));
    const QFont captionFont = f.font(8, false, true);
    const qreal qrH = code ? kQrSize + f.measure(captionFont, l.scanToCheck, kQrSize) : 0.0;
    f.ensure(qMax(items.height(f), qrH));
    const qreal top = f.y();
    items.draw(f);
    if (code) {
        const qreal x = f.left() + f.width() - kQrSize;
        f.qr(x, top - 2.0, kQrSize, *code); // the quiet zone may overlap the space above
        f.text(x, top - 2.0 + kQrSize, kQrSize, qrH - kQrSize, captionFont, l.scanToCheck,
               Qt::AlignHCenter);
    }
    f.skip(qMax<qreal>(0, top - 2.0 + qrH - f.y()) + 1.5);
    const QFont note = f.font(9.5, false, true);
    f.paragraph(note, l.bringReceipt, Qt::AlignLeft, 0.5);
    if (r.reprintedAt.isValid())
        f.paragraph(note, l.reprinted.arg(ReceiptLabels::dateTime(r.reprintedAt)), Qt::AlignLeft, 0.5);
    f.skip(3.0);
}

void signatures(ReceiptFlow &f, const Receipt &r, const ReceiptLabels &l)
{
    const qreal colW = f.width() / 2;
    const QFont roleFont = f.font(11, true);
    const QFont hintFont = f.font(10, false, true);
    const QFont nameFont = f.font(11, true);
    const qreal roleH = f.measure(roleFont, l.signClerk, colW, Qt::AlignHCenter);
    const qreal hintH = f.measure(hintFont, l.signHint, colW, Qt::AlignHCenter);
    const qreal space = 20.0;
    const qreal nameH = qMax(f.measure(nameFont, nfc(r.applicantName), colW, Qt::AlignHCenter),
                             f.measure(nameFont, nfc(r.clerkName), colW, Qt::AlignHCenter));
    f.ensure(roleH + hintH + space + nameH);
    const qreal top = f.y();
    const QList<std::pair<QString, QString>> columns = {{l.signApplicant, nfc(r.applicantName)},
                                                        {l.signClerk, nfc(r.clerkName)}};
    qreal x = f.left();
    for (const auto &[role, name] : columns) {
        f.text(x, top, colW, roleH, roleFont, role, Qt::AlignHCenter);
        f.text(x, top + roleH, colW, hintH, hintFont, l.signHint, Qt::AlignHCenter);
        f.text(x, top + roleH + hintH + space, colW, nameH, nameFont, name, Qt::AlignHCenter);
        x += colW;
    }
    f.skip(roleH + hintH + space + nameH);
}

} // namespace

void layoutReceipt(ReceiptFlow &flow, const Receipt &receipt, const QrCode *code)
{
    const ReceiptLabels &labels = ReceiptLabels::vi();
    flow.setFooter(labels.page.arg(nfc(receipt.dossierCode), u"%1"_s, u"%2"_s));
    header(flow, receipt, labels);
    title(flow, receipt, labels);
    applicant(flow, receipt, labels);
    papers(flow, receipt, labels);
    fees(flow, receipt, labels);
    schedule(flow, receipt, labels, code);
    signatures(flow, receipt, labels);
    flow.finish();
}

} // namespace motcua
