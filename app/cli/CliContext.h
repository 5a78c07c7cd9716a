#pragma once

#include "core/DeskSettings.h"
#include "core/Error.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace motcua::cli {

// Exit codes of motcua-cli, documented in the README.
enum Exit { Ok = 0, Incomplete = 1, BadInput = 2, StoreUnusable = 3 };

// What every command needs: the desk's settings, the store, and where to print.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    explicit CliContext(const QString &dataDir);

    DeskSettings &settings() { return m_settings; }
    // Opens the store on first use; prints the clerk's message and returns null when it cannot.
    Database *store();
    // The store with its personal data opened: the keys are read from the OS keychain (created
    // for a new store). Prints the clerk's message and returns null when that cannot be done.
    Database *unlockedStore();
    // Records a change of the desk's settings (units, calendar, fees, catalogue) in the audit log,
    // as made by the OS user running the command. The commands unlock the store before they
    // change anything, so that a change is never made where it could not be recorded.
    void auditSettingsChange(const QString &key, const QJsonObject &detail = {});
    // The desk's audit signing seed, once unlockedStore() succeeded.
    QByteArray auditSeed() const { return m_auditSeed; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int report(const Error &error, int exitCode);
    // Parses a command's arguments. When that ends the command (a usage error, told the user, or
    // --help, printed), returns its exit code.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                             const QCommandLineOption &help);
    // The queued dossier with this code (case-insensitive). When there is none, or the store
    // cannot be read, the reason is printed and the exit code returned instead.
    std::expected<QueuedDossier, int> dossierByCode(const QString &code);

private:
    DeskSettings m_settings;
    std::unique_ptr<Database> m_store;
    bool m_unlocked = false;
    QByteArray m_auditSeed; // once unlocked
    QTextStream m_out;
    QTextStream m_err;
};

// A line typed without echo at a terminal (after `prompt` on err), or piped in; for passwords and
// the recovery code, which are never stored or logged.
QString readHidden(QTextStream &err, const QString &prompt);

// Runs one asynchronous call (the keychain, the sign-in) on this thread's event loop: the CLI has
// nothing else to do meanwhile. The GUI never does this.
template<typename R>
R waitFor(const std::function<void(std::function<void(R)>)> &start)
{
    std::optional<R> result;
    QEventLoop loop;
    start([&](R r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec(); // QtKeychain's jobs and network replies always finish, if only with an error
    return std::move(*result);
}

// The desk's local time with its offset, e.g. 2026-11-23T20:05:00+07:00.
QString localIso(const QDateTime &t);

int runAudit(CliContext &ctx, const QStringList &args);
int runCalendar(CliContext &ctx, const QStringList &args);
int runCatalog(CliContext &ctx, const QStringList &args);
int runCccd(CliContext &ctx, const QStringList &args);
int runDossier(CliContext &ctx, const QStringList &args);
int showDossier(CliContext &ctx, const QStringList &args);
int runFees(CliContext &ctx, const QStringList &args);
int runImportDossiers(CliContext &ctx, const QStringList &args);
int runQueue(CliContext &ctx, const QStringList &args);
int runReport(CliContext &ctx, const QStringList &args);
int runSync(CliContext &ctx, const QStringList &args);
int runUnits(CliContext &ctx, const QStringList &args);
int runBackup(CliContext &ctx, const QStringList &args);
int runKeys(CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
