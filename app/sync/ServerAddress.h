#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QUrl>

namespace motcua {

// The rule for the provincial system's address (docs/protocol.md, "Transport"): https, except for
// a server on this computer (127.0.0.0/8, ::1, localhost), which may use plain http. Checked
// before any request is sent and when an address is set.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static bool isLoopback(const QUrl &url);
    // net.address for anything that is not an http(s) URL with a host; net.insecure for http to
    // another computer. Nothing is sent in either case.
    static Result<void> check(const QUrl &url);
};

} // namespace motcua
