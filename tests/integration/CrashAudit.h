#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace motcua {
class Database;
}

// What motcua-crash-saver announced before queuing one dossier ("Q PAPERS FRESH REUSED").
struct SaveIntent
{
    int papers = 0;
    QStringList fresh;  // scans imported for this dossier
    QStringList reused; // scans of earlier dossiers it refers to
    QStringList scans() const;
    static std::optional<SaveIntent> parse(const QString &line);
};

// What one audit found, beyond the problems.
struct AuditFindings
{
    QString problem; // empty when every invariant holds
    int dossiers = 0;
    int attachments = 0;
    int orphansRemoved = 0; // complete scan files without a row, removed by prepareDesk
    int partialsRemoved = 0; // unfinished temporary files, removed by prepareDesk
    bool pendingCommitted = false; // the save in progress at the kill had committed
};

// Opens a desk's store after a kill the way the app does (Database::open, prepareDesk) and checks
// that it holds whole dossiers or nothing. Remembers which scan files it already hashed, so each
// file is read once over all the rounds (stored files never change).
class CrashAudit
{
public:
    explicit CrashAudit(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    // committed: the codes the child printed, with what it queued; pending: the save the child
    // had announced but not reported committed when it was killed (it may or may not be in).
    // A pending dossier found in the store is added to committed.
    AuditFindings audit(QHash<QString, SaveIntent> &committed,
                        const std::optional<SaveIntent> &pending);
    // The scan files present now, before any start cleans them.
    QSet<QString> filesOnDisk(QStringList *unfinished = nullptr) const;

private:
    QString check(motcua::Database &db, QHash<QString, SaveIntent> &committed,
                  const std::optional<SaveIntent> &pending, AuditFindings &found);
    QString checkFiles(const QHash<QString, qint64> &rows);
    QString m_dataDir;
    QHash<QString, QString> m_hashed; // sha256 → size and time of the file when it was checked
};
