// libFuzzer target for the catalogue import: any bytes given to `motcua-cli catalog import` (or
// published by the provincial system) must be refused with a located reason or accepted as a
// consistent catalogue, never crash, hang or assert.
#include "catalog/CatalogParser.h"
#include "core/TextFold.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
// Aborts so that libFuzzer records the input that broke an invariant.
void require(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // What CatalogParser::parseFile does once it has read the file.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto catalog = motcua::CatalogParser::parse(bytes, u"fuzz.json"_s);
    if (!catalog) {
        require(!catalog.error().code.isEmpty() && !catalog.error().message.isEmpty());
        require(catalog.error().message.contains(u"fuzz.json"_s));
        return 0;
    }
    require(!catalog->version.isEmpty());
    require(!catalog->procedures.isEmpty());
    QSet<QString> codes;
    for (const motcua::Procedure &p : catalog->procedures) {
        require(!p.code.isEmpty() && !p.name.isEmpty());
        require(!codes.contains(p.code));
        codes.insert(p.code);
        require(!p.levels.isEmpty());
        require(p.feeVnd >= 0);
        require(p.processingDays >= 0);
        require(p.processingDaysOnline >= -1 && p.processingDaysOnline <= p.processingDays);
        QSet<QString> papers;
        for (const motcua::ProcedurePaper &paper : p.papers) {
            require(paper.copies >= 1);
            require(!papers.contains(paper.code));
            papers.insert(paper.code);
        }
        // What the search index does with every accepted name.
        (void)motcua::foldVietnamese(p.name);
    }
    return 0;
}
