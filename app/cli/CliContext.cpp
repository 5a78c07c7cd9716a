#include "CliContext.h"

#include "store/OutboxRepository.h"

#include "core/DeskStartup.h"
#include "security/Audit.h"
#include "security/KeychainStore.h"
#include "security/StoreUnlock.h"

#include <QEventLoop>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace motcua::cli {

CliContext::CliContext(const QString &dataDir)
    : m_settings(dataDir)
    , m_out(stdout)
    , m_err(stderr)
{
}

Database *CliContext::store()
{
    if (m_store)
        return m_store.get();
    auto opened = Database::open(m_settings.storePath());
    if (!opened) {
        report(opened.error(), StoreUnusable);
        return nullptr;
    }
    m_store = std::move(*opened);
    if (auto loaded = prepareDesk(*m_store, m_settings); !loaded) {
        report(loaded.error(), StoreUnusable);
        m_store.reset();
        return nullptr;
    }
    return m_store.get();
}

Database *CliContext::unlockedStore()
{
    Database *db = store();
    if (!db || m_unlocked)
        return db;
    auto state = StoreUnlock::keyState(*db);
    if (!state) {
        report(state.error(), StoreUnusable);
        return nullptr;
    }
    // The keychain answers asynchronously; the CLI has nothing else to do meanwhile.
    KeychainStore keychain;
    const auto keys = waitFor<Result<UnlockedDesk>>(
        [&](auto done) { StoreUnlock::loadKeys(keychain, *state, done); });
    if (!keys) {
        report(keys.error(), StoreUnusable);
        return nullptr;
    }
    if (auto attached = StoreUnlock::attach(*db, keys->vault, m_settings.attachmentsDir());
        !attached) {
        report(attached.error(), StoreUnusable);
        return nullptr;
    }
    m_auditSeed = keys->auditSeed;
    db->setAuditKey(keys->auditKey);
    m_unlocked = true;
    return db;
}

void CliContext::auditSettingsChange(const QString &key, const QJsonObject &detail)
{
    Database *db = unlockedStore();
    if (!db)
        return;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (auto recorded = recordAudit(*db, AuditKind::SettingsChange, u"cli:"_s + user, key, detail);
        !recorded)
        m_err << tr("Warning: the change was made but could not be recorded in the audit log: %1")
                     .arg(recorded.error().message)
              << Qt::endl;
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &args,
                                     const QCommandLineOption &help)
{
    if (!parser.parse(args))
        return report(Error{u"cli.usage"_s, parser.errorText(), {}}, BadInput);
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

int CliContext::report(const Error &error, int exitCode)
{
    m_err << tr("motcua-cli: %1").arg(error.message) << Qt::endl;
    return exitCode;
}

QString readHidden(QTextStream &err, const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    const QString line = QString::fromUtf8(in.readLine()).trimmed();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return line;
}

QString localIso(const QDateTime &t)
{
    const QDateTime local = t.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

std::expected<QueuedDossier, int> CliContext::dossierByCode(const QString &code)
{
    Database *db = unlockedStore();
    if (!db)
        return std::unexpected(int(StoreUnusable));
    auto rows = OutboxRepository(*db).list();
    if (!rows)
        return std::unexpected(report(rows.error(), StoreUnusable));
    const QString wanted = code.trimmed();
    for (const QueuedDossier &d : std::as_const(*rows)) {
        if (d.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::unexpected(report({u"cli.unknown_code"_s,
                                   tr("There is no dossier %1 in this desk's store. Check the code "
                                      "on the receipt, or give the desk's folder with --data-dir.")
                                       .arg(wanted),
                                   {}},
                                  BadInput));
}

} // namespace motcua::cli
