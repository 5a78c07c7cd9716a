#pragma once

#include "core/Procedure.h"

#include <QList>
#include <QStringList>

namespace motcua {

// The catalogue's folded words in memory, for search as the clerk types. FTS5 was measured too
// slow for this (docs/performance.md): one or two typed letters match most of the catalogue, and
// ranking every match in SQL costs tens of milliseconds at 6,000 procedures; this index answers in
// well under a millisecond.
//
// A procedure matches when every typed word is the start of a word of its code, name or field.
// Ranking: exact code, code prefix, name starting with what was typed (a leading "Thủ tục" is
// ignored), all words found in the name itself, earliest first word, shorter name, then name.
class CatalogIndex
{
public:
    struct Entry
    {
        ProcedureMatch match;
        QString foldedCode;
        QString foldedTitle; // folded name without a leading "thu tuc"
        QString nameText;  // " word word …": a word starts after each space
        QString otherText; // the same for the code and the field
    };

    void add(const ProcedureMatch &procedure);
    void finish(); // after the last add(): orders entries by title, the final tie-break
    QList<ProcedureMatch> search(const QString &query, int limit) const;
    qsizetype size() const { return m_entries.size(); }

    static QStringList words(const QString &folded);

private:
    QList<Entry> m_entries;
};

} // namespace motcua
