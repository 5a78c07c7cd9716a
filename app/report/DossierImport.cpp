#include "DossierImport.h"

#include "DossierImportWriter.h"
#include "ImportRecord.h"
#include "UnitRepository.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReportImport, "motcua.report")

namespace motcua {

namespace {

constexpr qint64 kChunkBytes = 8 * 1024 * 1024; // about 12,000 records of 700 bytes

struct Chunk
{
    QByteArray data; // whole lines
    bool first = false;
};

struct ParsedLine
{
    qint64 line = 0; // counted from 0 in its chunk
    std::expected<ImportRecord, ImportProblem> record;
};

struct ParsedChunk
{
    QList<ParsedLine> lines; // the non-blank ones
    qint64 lineCount = 0;    // blank ones included
    qint64 bytes = 0;
};

// Runs on the pool's threads: lines are counted here too, off the writing thread.
ParsedChunk parseChunk(const Chunk &chunk)
{
    ParsedChunk out;
    out.bytes = chunk.data.size();
    out.lines.reserve(chunk.data.size() / 500 + 1);
    const QByteArrayView data(chunk.data);
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArrayView text = data.sliced(start, end - start);
        if (chunk.first && start == 0 && text.startsWith("\xEF\xBB\xBF"))
            text = text.sliced(3);
        if (!text.trimmed().isEmpty())
            out.lines.append({out.lineCount, ImportRecord::parse(text)});
        start = end + 1;
        ++out.lineCount;
    }
    return out;
}

// A JSONL file is UTF-8 text: no NUL byte, no broken sequence in its first bytes (a PDF, a
// spreadsheet or a zip fails here rather than as "line 1 is not JSON").
bool looksLikeText(QByteArrayView head, bool whole)
{
    if (head.contains('\0') || head.startsWith("%PDF"))
        return false;
    if (!whole) {
        // Do not judge a character cut at the end of the sample.
        qsizetype cut = head.size();
        while (cut > 0 && head.size() - cut < 4 && (uchar(head.at(cut - 1)) & 0xC0) == 0x80)
            --cut;
        if (cut > 0 && uchar(head.at(cut - 1)) >= 0xC0)
            --cut;
        head = head.first(cut);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(head);
    return !decoder.hasError();
}

// Reads or sets a pragma; the first column of its answer, if any.
QString pragma(Database &db, const QString &text)
{
    QSqlQuery q(db.sql());
    if (!q.exec(u"PRAGMA "_s + text) || !q.next())
        return QString();
    return q.value(0).toString();
}

} // namespace

QString DossierImport::lineMessage(qint64 line, const QString &field, const QString &text)
{
    if (field.isEmpty())
        return tr("line %1: %2").arg(line).arg(text);
    return tr("line %1, field %2: %3").arg(line).arg(field, text);
}

Result<ImportSummary> DossierImport::importFile(const QString &path, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || QFileInfo(path).isDir())
        return fail(u"import.read"_s,
                    tr("The file %1 cannot be read (%2). Check its name and that it is a file.")
                        .arg(QDir::toNativeSeparators(path),
                             file.isOpen() ? tr("it is a folder") : file.errorString()),
                    u"open failed"_s);
    ImportSummary summary;
    const qint64 total = file.size();
    const QByteArray head = file.peek(4096);
    if (!looksLikeText(head, head.size() == total))
        return fail(u"import.format"_s,
                    tr("The file %1 is not a JSONL text file (one dossier record in JSON per "
                       "line, UTF-8). Export the dossiers as JSONL and import that file.")
                        .arg(QDir::toNativeSeparators(path)),
                    u"not text"_s);

    qint64 lines = 0; // before the chunk being written
    qint64 bytesDone = 0;
    qint64 waitMs = 0; // the writer waiting for parsed lines
    auto readBatch = [&]() -> Result<QList<Chunk>> {
        QList<Chunk> batch;
        const int width = std::max(2, QThreadPool::globalInstance()->maxThreadCount());
        while (batch.size() < width && !file.atEnd()) {
            const bool first = file.pos() == 0;
            Chunk c{file.read(kChunkBytes), first};
            if (!c.data.endsWith('\n') && !file.atEnd())
                c.data += file.readLine(); // complete the last line
            if (file.error() != QFileDevice::NoError)
                return fail(u"import.read"_s,
                            tr("The file %1 could not be read to the end (%2); nothing was "
                               "imported.").arg(QDir::toNativeSeparators(path), file.errorString()),
                            file.errorString());
            batch.append(std::move(c));
        }
        return batch;
    };

    auto work = [&]() -> Result<void> {
        DossierImportWriter writer(m_db);
        if (auto ok = writer.prepare(); !ok)
            return ok;
        auto batch = readBatch();
        if (!batch)
            return std::unexpected(batch.error());
        QFuture<ParsedChunk> parsing = QtConcurrent::mapped(*batch, parseChunk);
        while (!batch->isEmpty()) {
            QElapsedTimer waited;
            waited.start();
            const QList<ParsedChunk> parsed = parsing.results();
            waitMs += waited.elapsed();
            batch = readBatch();
            if (!batch)
                return std::unexpected(batch.error());
            // The next lines are parsed while these are written.
            parsing = QtConcurrent::mapped(*batch, parseChunk);
            auto refuse = [&](qint64 line, const ImportProblem &p) -> Result<void> {
                parsing.cancel();
                parsing.waitForFinished();
                return fail(u"import.line"_s, lineMessage(line, p.field, p.text),
                            u"line %1 field %2"_s.arg(line).arg(p.field));
            };
            for (const ParsedChunk &chunk : parsed) {
                for (const ParsedLine &p : chunk.lines) {
                    const qint64 lineNo = lines + p.line + 1;
                    if (!p.record)
                        return refuse(lineNo, p.record.error());
                    const ImportRecord &r = *p.record;
                    if (auto wrong = writer.checkUnit(r))
                        return refuse(lineNo, *wrong);
                    auto written = writer.write(r, lineNo);
                    if (!written) {
                        parsing.cancel();
                        parsing.waitForFinished();
                        return std::unexpected(written.error());
                    }
                    if (written->outcome == DossierImportWriter::Outcome::Duplicate)
                        return refuse(lineNo, {u"MaHoSo"_s,
                                               tr("the dossier %1 is already on line %2; keep "
                                                  "one record per dossier.")
                                                   .arg(r.code)
                                                   .arg(written->firstLine)});
                    ++summary.records;
                    switch (written->outcome) {
                    case DossierImportWriter::Outcome::Added: ++summary.added; break;
                    case DossierImportWriter::Outcome::Replaced: ++summary.replaced; break;
                    case DossierImportWriter::Outcome::Kept: ++summary.kept; break;
                    case DossierImportWriter::Outcome::Duplicate: break;
                    }
                }
                lines += chunk.lineCount;
                bytesDone += chunk.bytes;
            }
            if (progress)
                progress(bytesDone, total);
        }
        // Decided here, so that a file with no record commits nothing at all.
        if (summary.records == 0)
            return fail(u"import.format"_s,
                        tr("The file %1 holds no dossier record; nothing was imported. Check that "
                           "it is the right file.").arg(QDir::toNativeSeparators(path)),
                        u"no records"_s);
        auto merged = writer.finish();
        if (!merged)
            return std::unexpected(merged.error());
        if (*merged > 0)
            qCInfo(lcReportImport) << "removed" << *merged << "imported rows that are desk "
                                   << "dossiers under their provincial code";
        // Units on the list are shown under the list's names.
        if (auto names = UnitRepository(m_db).refreshReport(UnitRepository::vietnamToday());
            !names)
            return std::unexpected(names.error());
        return {};
    };
    // The index on MaHoSo is written in random order: with SQLite's default 2 MB of cache most
    // inserts would read its pages back from the file.
    const QString cacheBefore = pragma(m_db, u"cache_size"_s);
    pragma(m_db, u"cache_size = -65536"_s);
    auto done = m_db.transaction(work);
    pragma(m_db, u"cache_size = "_s + cacheBefore);
    if (!done) {
        // A refused file is the administrator's to fix; a store failure is worth a warning.
        if (done.error().code.startsWith(u"store."))
            qCWarning(lcReportImport) << "dossier import failed:" << done.error().code
                                      << done.error().detail;
        else
            qCInfo(lcReportImport) << "dossier import refused:" << done.error().code
                                   << done.error().detail;
        return std::unexpected(done.error());
    }
    summary.lines = lines;
    summary.bytes = total;
    qCInfo(lcReportImport) << "imported" << summary.records << "dossier records in"
                           << timer.elapsed() << "ms (" << waitMs << "ms waiting for the parsers):"
                           << summary.added << "new,"
                           << summary.replaced << "replaced," << summary.kept << "kept";
    return summary;
}

} // namespace motcua
