// motcua-provincial-sim: the reference provincial server of docs/protocol.md.

#include "CitizenRegistry.h"
#include "FaultOptions.h"
#include "FaultProxy.h"
#include "PopulationGenerator.h"
#include "SignalWatcher.h"
#include "SimAuth.h"
#include "SimServer.h"
#include "SimStore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QHostAddress>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <optional>

Q_LOGGING_CATEGORY(lcMain, "motcua.sim", QtInfoMsg)

namespace {

enum ExitCode { ExitOk = 0, ExitStore = 1, ExitUsage = 2, ExitListen = 3 };

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "motcua-provincial-sim: %s\n", qUtf8Printable(message));
    return code;
}

// The option's value as an integer from `low` to `high`, or nothing.
std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                             int low, int high)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
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
    const QCommandLineOption populationOption(
        QStringLiteral("population"),
        QStringLiteral("Citizens generated into an empty register (default 2000; deterministic)."),
        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption otpTtlOption(
        QStringLiteral("otp-ttl"), QStringLiteral("Lifetime of an activation code (default 300)."),
        QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption otpResendOption(
        QStringLiteral("otp-resend-after"),
        QStringLiteral("Least time between two codes of an activation (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption otpAttemptsOption(
        QStringLiteral("otp-max-attempts"),
        QStringLiteral("Wrong codes that lock an activation (default 5)."), QStringLiteral("N"),
        QStringLiteral("5"));
    const QCommandLineOption proofTtlOption(
        QStringLiteral("proof-ttl"),
        QStringLiteral("Lifetime of a citizen's confirmation of a dossier and of a deferred "
                       "confirmation's code (default 604800, 7 days)."),
        QStringLiteral("SECONDS"), QStringLiteral("604800"));
    const QCommandLineOption testEndpointsOption(
        QStringLiteral("test-endpoints"),
        QStringLiteral("Serve /test/sent-codes and /test/citizens to loopback peers (never on a "
                       "real system)."));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        QStringLiteral("Catalogue published at start (docs/catalog-format.md; default: the sample "
                       "catalogue of the source tree)."),
        QStringLiteral("FILE"), QStringLiteral(MOTCUA_SIM_SAMPLE_CATALOG));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (with --tls-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"), QStringLiteral("The PEM private key of --tls-cert."),
        QStringLiteral("FILE"));
    parser.addOptions({portOption, listenOption, dataDirOption, clerkOption, populationOption,
                       otpTtlOption, otpResendOption, otpAttemptsOption, proofTtlOption,
                       testEndpointsOption, catalogOption, tlsCertOption, tlsKeyOption});
    FaultCommandLine faultOptions(parser);
    parser.process(app);
    const auto faults = faultOptions.read(parser);
    if (!faults)
        return fail(ExitUsage, faults.error());
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
    constexpr int kDay = 24 * 60 * 60;
    const auto population =
        intOption(parser, populationOption, 0, PopulationGenerator::kMaxPopulation);
    const auto otpTtl = intOption(parser, otpTtlOption, 1, kDay);
    const auto otpResend = intOption(parser, otpResendOption, 0, kDay);
    const auto otpAttempts = intOption(parser, otpAttemptsOption, 1, 100);
    const auto proofTtl = intOption(parser, proofTtlOption, 1, 30 * kDay);
    if (!population)
        return fail(ExitUsage, QStringLiteral("--population must be a number from 0 to %1")
                                   .arg(PopulationGenerator::kMaxPopulation));
    if (!otpTtl || !otpResend)
        return fail(ExitUsage, QStringLiteral("--otp-ttl (from 1) and --otp-resend-after (from 0)"
                                              " must be seconds, at most a day"));
    if (!otpAttempts)
        return fail(ExitUsage, QStringLiteral("--otp-max-attempts must be a number from 1 to 100"));
    if (!proofTtl)
        return fail(ExitUsage, QStringLiteral("--proof-ttl must be seconds, from 1 to 30 days"));

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

    QElapsedTimer seeding;
    seeding.start();
    auto generated = CitizenRegistry(store.database()).seed(*population);
    if (!generated)
        return fail(ExitStore,
                    QStringLiteral("cannot generate the population: ") + generated.error());
    if (*generated > 0) {
        qCInfo(lcMain, "population: %lld citizens generated in %lld ms",
               static_cast<long long>(*generated), static_cast<long long>(seeding.elapsed()));
    }

    SimServerOptions options;
    options.otp = OtpPolicy{std::chrono::seconds(*otpTtl), std::chrono::seconds(*otpResend),
                            *otpAttempts};
    options.proofTtl = std::chrono::seconds(*proofTtl);
    options.testEndpoints = parser.isSet(testEndpointsOption);
    options.catalogPath = parser.value(catalogOption);
    options.attachmentsDir = QDir(dataDir).filePath(QStringLiteral("attachments"));
    SimServer server(auth, store, options);
    if (QString problem; !server.catalogLoaded(&problem)) {
        // Only an explicit --catalog must load; a missing sample (installed elsewhere) is not fatal.
        if (parser.isSet(catalogOption))
            return fail(ExitUsage, problem);
        qWarning("no catalogue published: %s", qUtf8Printable(problem));
    }
    const bool tls = parser.isSet(tlsCertOption) || parser.isSet(tlsKeyOption);
    if (tls) {
        if (!parser.isSet(tlsCertOption) || !parser.isSet(tlsKeyOption))
            return fail(ExitUsage, QStringLiteral("--tls-cert and --tls-key go together"));
        if (QString problem; !server.useTls(parser.value(tlsCertOption),
                                            parser.value(tlsKeyOption), &problem))
            return fail(ExitUsage, problem);
    }
    // With faults, the HTTP server listens on a loopback port of its own behind the proxy.
    std::optional<FaultProxy> proxy;
    quint16 bound = 0;
    if (faults->any()) {
        const quint16 inner = server.listen(QHostAddress::LocalHost, 0);
        if (inner != 0) {
            proxy.emplace(*faults, inner);
            bound = proxy->listen(address, static_cast<quint16>(port));
        }
    } else {
        bound = server.listen(address, static_cast<quint16>(port));
    }
    if (bound == 0) {
        return fail(ExitListen, QStringLiteral("cannot listen on %1 port %2")
                                    .arg(address.toString())
                                    .arg(port));
    }
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    std::printf("listening on %s://%s:%u\n", tls ? "https" : "http", qUtf8Printable(host),
                unsigned(bound));
    std::fflush(stdout);

    SignalWatcher signalWatcher([](int) { QCoreApplication::quit(); });
    if (!signalWatcher.watch(SIGINT) || !signalWatcher.watch(SIGTERM))
        qWarning("cannot watch SIGINT/SIGTERM; terminating will skip the clean shutdown");
    const int rc = QCoreApplication::exec();
    return rc == 0 ? ExitOk : rc;
}
