#include "CatalogFeed.h"

#include "JsonBody.h"

#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalog, "motcua.sim.catalog", QtInfoMsg)

namespace {

QString versionOf(const QJsonObject &catalog)
{
    return catalog.value(QLatin1StringView("catalog_version")).toString();
}

} // namespace

bool CatalogFeed::load(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    const std::optional<QJsonObject> catalog = jsonBodyObject(file.readAll());
    if (!catalog || versionOf(*catalog).isEmpty()) {
        *problem = u"%1 is not a catalogue with a catalog_version"_s.arg(path);
        return false;
    }
    m_catalog = *catalog;
    m_version = versionOf(*catalog);
    return true;
}

SimReply CatalogFeed::current(const QByteArray &body) const
{
    const std::optional<QJsonObject> request = jsonBodyObject(body);
    if (!request)
        return SimReply::malformed(u"body must be a JSON object"_s);
    const QJsonValue since = request->value(QLatin1StringView("since"));
    if (!since.isUndefined() && !since.isNull() && !since.isString())
        return SimReply::malformed(u"since must be a string"_s);
    if (m_version.isEmpty())
        return SimReply::error(404, SimError::NotFound, u"no catalogue is published"_s);
    if (since.toString() == m_version)
        return SimReply::ok({{u"changed"_s, false}, {u"catalog_version"_s, m_version}});
    return SimReply::ok({{u"changed"_s, true},
                         {u"catalog_version"_s, m_version},
                         {u"catalog"_s, m_catalog}});
}

SimReply CatalogFeed::publish(const QByteArray &body)
{
    const std::optional<QJsonObject> catalog = jsonBodyObject(body);
    if (!catalog || versionOf(*catalog).isEmpty())
        return SimReply::malformed(u"a catalogue is a JSON object with a catalog_version"_s);
    m_catalog = *catalog;
    m_version = versionOf(*catalog);
    qCInfo(lcCatalog, "catalogue published");
    return SimReply::ok({{u"catalog_version"_s, m_version}});
}
