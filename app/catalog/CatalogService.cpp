#include "CatalogService.h"

#include "CatalogParser.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalog, "motcua.catalog")

namespace motcua {

Result<int> CatalogService::importFile(const QString &path)
{
    auto catalog = CatalogParser::parseFile(path);
    if (!catalog) {
        qCWarning(lcCatalog) << "catalogue refused:" << catalog.error().detail;
        return std::unexpected(catalog.error());
    }
    if (auto ok = CatalogRepository(m_db).replace(*catalog); !ok)
        return std::unexpected(ok.error());
    qCInfo(lcCatalog) << "catalogue" << catalog->version << "loaded with"
                      << catalog->procedures.size() << "procedures";
    return int(catalog->procedures.size());
}

Result<void> CatalogService::ensureLoaded()
{
    auto count = CatalogRepository(m_db).count();
    if (!count)
        return std::unexpected(count.error());
    if (*count > 0)
        return {};
    auto loaded = importFile(QString::fromLatin1(kSampleResource));
    if (!loaded)
        return std::unexpected(loaded.error());
    return {};
}

Result<QList<ProcedureMatch>> CatalogService::search(const QString &query, int limit) const
{
    return CatalogRepository(m_db).search(query, limit);
}

Result<std::optional<Procedure>> CatalogService::procedure(const QString &code) const
{
    return CatalogRepository(m_db).procedure(code);
}

QString CatalogService::version() const
{
    return CatalogRepository(m_db).version();
}

} // namespace motcua
