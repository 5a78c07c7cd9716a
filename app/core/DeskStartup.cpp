#include "DeskStartup.h"

#include "DeskSettings.h"
#include "catalog/CatalogService.h"
#include "intake/AttachmentStore.h"
#include "store/AttachmentRepository.h"
#include "store/Retention.h"

namespace motcua {

Result<void> prepareDesk(Database &db, const DeskSettings &settings)
{
    if (auto loaded = CatalogService(db).ensureLoaded(); !loaded)
        return loaded;
    if (auto purged = purgeAcknowledged(db, settings.retentionDays(), QDateTime::currentDateTime());
        !purged)
        return std::unexpected(purged.error());
    auto referenced = AttachmentRepository(db).referenced();
    if (!referenced)
        return std::unexpected(referenced.error());
    if (auto cleaned = AttachmentStore(settings.attachmentsDir()).removeOrphans(*referenced); !cleaned)
        return std::unexpected(cleaned.error());
    return {};
}

} // namespace motcua
