#include "CatalogIndex.h"

#include "core/TextFold.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

struct Scored
{
    const CatalogIndex::Entry *entry;
    std::array<int, 6> key; // smaller is better, compared in order
};

} // namespace

QStringList CatalogIndex::words(const QString &folded)
{
    static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
    return folded.split(nonWord, Qt::SkipEmptyParts);
}

void CatalogIndex::add(const ProcedureMatch &procedure)
{
    Entry e;
    e.match = procedure;
    e.foldedCode = foldVietnamese(procedure.code);
    const QString name = foldVietnamese(procedure.name);
    e.foldedTitle = name.startsWith(u"thu tuc "_s) ? name.mid(8) : name;
    e.nameText = u' ' + words(name).join(u' ');
    e.otherText = u' ' + (words(e.foldedCode) + words(foldVietnamese(procedure.fieldName))).join(u' ');
    m_entries.append(std::move(e));
}

void CatalogIndex::finish()
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.foldedTitle < b.foldedTitle; });
}

QList<ProcedureMatch> CatalogIndex::search(const QString &query, int limit) const
{
    const QString folded = foldVietnamese(query);
    const QStringList typed = words(folded);
    if (typed.isEmpty()) {
        // Nothing typed yet: the whole catalogue by field, then name.
        QList<const Entry *> all;
        for (const Entry &e : m_entries)
            all.append(&e);
        std::sort(all.begin(), all.end(), [](const Entry *a, const Entry *b) {
            return std::tie(a->match.fieldName, a->foldedTitle) < std::tie(b->match.fieldName, b->foldedTitle);
        });
        QList<ProcedureMatch> out;
        for (qsizetype i = 0; i < std::min<qsizetype>(limit, all.size()); ++i)
            out.append(all.at(i)->match);
        return out;
    }
    QStringList needles; // " word": the start of a word
    for (const QString &w : typed)
        needles.append(u' ' + w);
    QList<Scored> found;
    found.reserve(m_entries.size());
    for (const Entry &e : m_entries) {
        qsizetype first = -1;
        bool allInName = true;
        bool matches = true;
        for (const QString &needle : std::as_const(needles)) {
            const qsizetype at = e.nameText.indexOf(needle);
            if (first < 0 && at >= 0)
                first = at;
            if (at < 0) {
                allInName = false;
                if (!e.otherText.contains(needle)) {
                    matches = false;
                    break;
                }
            }
        }
        if (!matches)
            continue;
        found.append({&e,
                      {e.foldedCode == folded ? 0 : 1, e.foldedCode.startsWith(folded) ? 0 : 1,
                       e.foldedTitle.startsWith(folded) ? 0 : 1, allInName ? 0 : 1,
                       first < 0 ? 100000 : int(first), int(e.foldedTitle.size())}});
    }
    const qsizetype n = std::min<qsizetype>(limit, found.size());
    std::partial_sort(found.begin(), found.begin() + n, found.end(),
                      [](const Scored &a, const Scored &b) {
                          if (a.key != b.key)
                              return a.key < b.key;
                          return a.entry < b.entry; // entries are ordered by title
                      });
    QList<ProcedureMatch> out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        out.append(found.at(i).entry->match);
    return out;
}

} // namespace motcua
