#include "ReportXlsx.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

Error saveError(const QString &path, const QString &why)
{
    return Error{u"report.write"_s,
                 ReportXlsx::tr("The report could not be saved as %1 (%2). Check that the folder "
                                "exists, that you may write in it and that the disk has free "
                                "space, or choose another file.")
                     .arg(QDir::toNativeSeparators(path), why),
                 why};
}

// The first error of a series of libxlsxwriter calls: a cell it refuses (a string longer than
// Excel allows, a row out of range…) is otherwise left out silently and the workbook still
// closes without an error.
class FirstError
{
public:
    void operator()(lxw_error e)
    {
        if (m_first == LXW_NO_ERROR)
            m_first = e;
    }
    lxw_format *operator()(lxw_format *format)
    {
        if (!format)
            (*this)(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return format;
    }
    lxw_error first() const { return m_first; }

private:
    lxw_error m_first = LXW_NO_ERROR;
};

// Fills the sheet; returns the first error of libxlsxwriter, LXW_NO_ERROR when every call
// succeeded.
lxw_error fill(lxw_workbook *book, lxw_worksheet *sheet, const Report &report)
{
    FirstError check;
    lxw_format *title = check(workbook_add_format(book));
    lxw_format *header = check(workbook_add_format(book));
    lxw_format *rate = check(workbook_add_format(book));
    lxw_format *totalText = check(workbook_add_format(book));
    lxw_format *totalCount = check(workbook_add_format(book));
    lxw_format *totalRate = check(workbook_add_format(book));
    if (check.first() != LXW_NO_ERROR)
        return check.first();
    format_set_bold(title);
    format_set_font_size(title, 13);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_num_format(rate, "0.00");
    format_set_bold(totalText);
    format_set_bold(totalCount);
    format_set_bold(totalRate);
    format_set_num_format(totalRate, "0.00");

    check(worksheet_write_string(sheet, 0, 0,
                                 ReportXlsx::title(report.request).toUtf8().constData(), title));
    const QStringList columns = ReportXlsx::columnTitles();
    for (int c = 0; c < columns.size(); ++c)
        check(worksheet_write_string(sheet, 1, lxw_col_t(c), columns.at(c).toUtf8().constData(),
                                     header));
    check(worksheet_set_row(sheet, 1, 32, nullptr));
    worksheet_freeze_panes(sheet, 2, 0);
    check(worksheet_set_column(sheet, 0, 0, 16, nullptr));
    check(worksheet_set_column(sheet, 1, 1, 40, nullptr));
    check(worksheet_set_column(sheet, 2, lxw_col_t(columns.size() - 1), 14, nullptr));

    lxw_row_t r = 2;
    for (const ReportRow &row : report.rows) {
        const bool all = row.isTotal();
        lxw_format *text = all ? totalText : nullptr;
        lxw_format *count = all ? totalCount : nullptr;
        lxw_format *percent = all ? totalRate : rate;
        const QString name = row.name.isEmpty() ? ReportXlsx::groupLabel(row) : row.name;
        const qint64 total = row.total();
        check(worksheet_write_string(sheet, r, 0, row.group.toUtf8().constData(), text));
        check(worksheet_write_string(sheet, r, 1, name.toUtf8().constData(), text));
        const double numbers[] = {double(row.carriedOver), double(row.online),
                                  double(row.directPostal), double(total)};
        for (int c = 0; c < 4; ++c)
            check(worksheet_write_number(sheet, r, lxw_col_t(2 + c), numbers[c], count));
        check(worksheet_write_number(
            sheet, r, 6, double(rateHundredths(row.online, total)) / 100.0, percent));
        check(worksheet_write_number(sheet, r, 7, double(row.emcOnline), count));
        check(worksheet_write_number(
            sheet, r, 8, double(rateHundredths(row.emcOnline, total)) / 100.0, percent));
        check(worksheet_write_number(sheet, r, 9, double(row.assisted), count));
        check(worksheet_write_number(sheet, r, 10, double(row.accountsActivated), count));
        ++r;
    }
    return check.first();
}

// The second sheet: the citizens' satisfaction for the period and the desk's unit.
lxw_error fillSatisfaction(lxw_workbook *book, lxw_worksheet *sheet, const Report &report)
{
    FirstError check;
    lxw_format *bold = check(workbook_add_format(book));
    lxw_format *rate = check(workbook_add_format(book));
    if (check.first() != LXW_NO_ERROR)
        return check.first();
    format_set_bold(bold);
    format_set_num_format(rate, "0.00");
    const ReportRequest &r = report.request;
    const QString title = ReportXlsx::tr("Citizen satisfaction from %1 to %2, unit %3")
                              .arg(r.from.toString(u"dd/MM/yyyy"_s), r.to.toString(u"dd/MM/yyyy"_s),
                                   r.deskUnitCode.isEmpty() ? ReportXlsx::tr("all")
                                                            : r.deskUnitCode);
    check(worksheet_write_string(sheet, 0, 0, title.toUtf8().constData(), bold));
    const QStringList columns{ReportXlsx::tr("Satisfied"), ReportXlsx::tr("Normal"),
                              ReportXlsx::tr("Not satisfied"), ReportXlsx::tr("Ratings"),
                              ReportXlsx::tr("Satisfied share (%)")};
    const Satisfaction &s = report.satisfaction;
    const double values[] = {double(s.satisfied), double(s.normal), double(s.notSatisfied),
                             double(s.total()), double(s.satisfiedHundredths()) / 100.0};
    check(worksheet_set_column(sheet, 0, 4, 16, nullptr));
    for (int c = 0; c < 5; ++c) {
        check(worksheet_write_string(sheet, 1, lxw_col_t(c), columns.at(c).toUtf8().constData(),
                                     bold));
        check(worksheet_write_number(sheet, 2, lxw_col_t(c), values[c], c == 4 ? rate : nullptr));
    }
    return check.first();
}

} // namespace

QString ReportXlsx::title(const ReportRequest &request)
{
    QString by;
    switch (request.by) {
    case ReportGrouping::Level: by = tr("administrative level"); break;
    case ReportGrouping::Unit: by = tr("unit"); break;
    case ReportGrouping::Field: by = tr("field"); break;
    case ReportGrouping::Procedure: by = tr("procedure"); break;
    }
    return tr("Online dossiers from %1 to %2, by %3")
        .arg(request.from.toString(u"dd/MM/yyyy"_s), request.to.toString(u"dd/MM/yyyy"_s), by);
}

QStringList ReportXlsx::columnTitles()
{
    return {tr("Group"), tr("Name"), tr("Carried over"), tr("Online"),
            tr("Direct and postal"), tr("Total"), tr("Online rate (%)"),
            tr("Online with own account (EMC)"), tr("EMC rate (%)"),
            tr("Assisted at the counter"), tr("Accounts activated")};
}

QString ReportXlsx::groupLabel(const ReportRow &row)
{
    if (row.group == u"province")
        return tr("Province");
    if (row.group == u"district")
        return tr("District");
    if (row.group == u"commune")
        return tr("Commune");
    if (row.isTotal())
        return tr("All");
    return {};
}

Result<void> ReportXlsx::write(const Report &report, const QString &path)
{
    QTemporaryDir work;
    if (!work.isValid())
        return std::unexpected(saveError(path, work.errorString()));
    const QByteArray tmpdir = QFile::encodeName(work.path());
    const QString built = work.filePath(u"report.xlsx"_s);
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(built).constData(), &options);
    if (!book)
        return std::unexpected(saveError(path, u"libxlsxwriter: workbook_new_opt failed"_s));
    // Excel refuses these characters and more than 31 characters in a sheet name.
    QString sheetName = tr("Online rate").left(31);
    for (const QChar bad : u"[]:*?/\\"_s)
        sheetName.replace(bad, u' ');
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.toUtf8().constData());
    lxw_error filled = sheet ? fill(book, sheet, report) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (filled == LXW_NO_ERROR) {
        lxw_worksheet *ratings =
            workbook_add_worksheet(book, tr("Satisfaction").left(31).toUtf8().constData());
        filled = ratings ? fillSatisfaction(book, ratings, report) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    const lxw_error closed = workbook_close(book); // frees the workbook in every case
    // The first error is the cause; the file is not put in place after any.
    const lxw_error first = filled != LXW_NO_ERROR ? filled : closed;
    if (first != LXW_NO_ERROR)
        return std::unexpected(saveError(
            path, u"libxlsxwriter: %1"_s.arg(QString::fromUtf8(lxw_strerror(first)))));

    QFile in(built);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(saveError(path, in.errorString()));
    const QByteArray bytes = in.readAll();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return std::unexpected(saveError(path, out.errorString()));
    return {};
}

} // namespace motcua
