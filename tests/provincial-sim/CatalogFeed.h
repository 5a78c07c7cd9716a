// The procedure catalogue the province publishes (docs/protocol.md, "Procedure catalogue"). The
// simulator checks only that a published catalogue is a JSON object with a catalog_version: the
// desk validates the rest, so that tests can publish a broken one.
#pragma once

#include "SimReply.h"

#include <QtCore/QJsonObject>

class CatalogFeed
{
public:
    // Loads the catalogue file (docs/catalog-format.md); false with a reason when unusable.
    [[nodiscard]] bool load(const QString &path, QString *problem);

    // POST /api/v1/catalog {"since": VERSION}
    [[nodiscard]] SimReply current(const QByteArray &body) const;
    // POST /test/catalog with a whole catalogue as the body: the new version in use.
    [[nodiscard]] SimReply publish(const QByteArray &body);

private:
    QJsonObject m_catalog;
    QString m_version;
};
