#include "ServerAddress.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace motcua {

bool ServerAddress::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> ServerAddress::check(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return fail(u"net.address"_s,
                    tr("The provincial system's address \"%1\" is not a web address "
                       "(https://…). Nothing was sent. Ask your IT officer to set the address "
                       "of the provincial system.")
                        .arg(url.toDisplayString()),
                    u"not an http(s) URL: %1"_s.arg(url.toDisplayString()));
    if (scheme == u"http" && !isLoopback(url))
        return fail(u"net.insecure"_s,
                    tr("The provincial system's address %1 does not use https: the password and "
                       "the citizens' data would cross the network unprotected, so motcua does "
                       "not connect to it. Nothing was sent and the dossiers stay queued. Ask "
                       "your IT officer to set an https address (https://…).")
                        .arg(url.toDisplayString()),
                    u"plain http to a non-loopback host: %1"_s.arg(url.host()));
    return {};
}

} // namespace motcua
