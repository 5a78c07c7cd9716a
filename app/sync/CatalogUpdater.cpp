#include "CatalogUpdater.h"

#include "catalog/CatalogParser.h"
#include "store/CatalogRepository.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua {

void CatalogUpdater::update(const QString &session, std::function<void(Result<QString>)> done)
{
    const QString inUse = CatalogRepository(m_db).version();
    m_api.call(u"/api/v1/catalog"_s, {{u"since"_s, inUse}}, session,
               [this, inUse, done = std::move(done)](Result<ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        if (reply->httpStatus == 404)
            return done(QString()); // the province publishes no catalogue
        if (reply->httpStatus != 200 || reply->errorCode() != 0)
            return done(fail(u"protocol.refused"_s,
                             tr("The provincial system did not send the procedure catalogue "
                                "(HTTP %1). The catalogue in use is kept.")
                                 .arg(reply->httpStatus),
                             u"catalog: HTTP %1 error_code %2"_s.arg(reply->httpStatus)
                                 .arg(reply->errorCode())));
        if (!reply->body.value(u"changed"_s).toBool())
            return done(QString());
        const QByteArray json =
            QJsonDocument(reply->body.value(u"catalog"_s).toObject()).toJson(QJsonDocument::Indented);
        auto catalog = CatalogParser::parse(json, tr("the catalogue of the provincial system"));
        if (!catalog) {
            qCWarning(lcSync) << "catalogue from the provincial system refused:"
                              << catalog.error().detail;
            return done(fail(u"catalog.refused"_s,
                             tr("The provincial system published a procedure catalogue motcua "
                                "cannot use (%1). The catalogue in use is kept; tell your IT "
                                "officer.").arg(catalog.error().message),
                             catalog.error().detail));
        }
        if (catalog->version == inUse)
            return done(QString());
        if (auto replaced = CatalogRepository(m_db).replace(*catalog); !replaced)
            return done(std::unexpected(replaced.error()));
        qCInfo(lcSync) << "catalogue updated:" << catalog->procedures.size() << "procedures";
        done(catalog->version);
    });
}

} // namespace motcua
