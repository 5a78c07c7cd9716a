// motcua-provincial-sim: the reference provincial server of docs/protocol.md.

#include "SignalWatcher.h"
#include "SimAuth.h"
#include "SimServer.h"
#include "SimStore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QHostAddress>

#include <csignal>
#include <cstdio>

namespace {

enum ExitCode { ExitOk = 0, ExitStore = 1, ExitUsage = 2, ExitListen = 3 };

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "motcua-provincial-sim: %s\n", qUtf8Printable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-provincial-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_SIM_VERSION));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}warning %{endif}%{if-critical}error "
        "%{endif}%{if-fatal}fatal %{endif}%{category}: %{message}"));
    std::signal(SIGPIPE, SIG_IGN);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Provincial dossier system simulator for motcua (docs/protocol.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("TCP port to listen on; 0 picks a free port (default 8765)."),
        QStringLiteral("N"), QStringLiteral("8765"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("IP address to listen on (default 127.0.0.1)."),
                                          QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Directory of the store provincial-sim.db (default: the user's data "
                       "directory)."),
        QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption clerkOption(
        QStringLiteral("clerk"),
        QStringLiteral("Add a clerk (unit XA0001) or reset its password; repeatable."),
        QStringLiteral("USER:PASSWORD"));
    parser.addOptions({portOption, listenOption, dataDirOption, clerkOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitUsage, QStringLiteral("unexpected argument; see --help"));

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(ExitUsage, QStringLiteral("--port must be a number from 0 to 65535"));
    QHostAddress address;
    if (!address.setAddress(parser.value(listenOption)))
        return fail(ExitUsage, QStringLiteral("--listen must be an IPv4 or IPv6 address"));
    const QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        return fail(ExitUsage, QStringLiteral("no data directory; pass --data-dir"));

    SimStore store;
    if (auto opened = store.open(dataDir); !opened)
        return fail(ExitStore, QStringLiteral("cannot open the store: ") + opened.error());
    SimAuth auth(store);
    if (auto seeded = auth.seedDemoClerk(); !seeded)
        return fail(ExitStore, QStringLiteral("cannot create the demo clerk: ") + seeded.error());
    for (const QString &clerk : parser.values(clerkOption)) {
        const qsizetype colon = clerk.indexOf(u':');
        if (colon <= 0)
            return fail(ExitUsage, QStringLiteral("--clerk must be USER:PASSWORD"));
        if (auto set = auth.setPassword(clerk.left(colon), clerk.mid(colon + 1)); !set)
            return fail(ExitUsage, QStringLiteral("--clerk: ") + set.error());
    }

    SimServer server(auth, store);
    const quint16 bound = server.listen(address, static_cast<quint16>(port));
    if (bound == 0) {
        return fail(ExitListen, QStringLiteral("cannot listen on %1 port %2")
                                    .arg(address.toString())
                                    .arg(port));
    }
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    std::printf("listening on http://%s:%u\n", qUtf8Printable(host), unsigned(bound));
    std::fflush(stdout);

    SignalWatcher signalWatcher([](int) { QCoreApplication::quit(); });
    if (!signalWatcher.watch(SIGINT) || !signalWatcher.watch(SIGTERM))
        qWarning("cannot watch SIGINT/SIGTERM; terminating will skip the clean shutdown");
    const int rc = QCoreApplication::exec();
    return rc == 0 ? ExitOk : rc;
}
