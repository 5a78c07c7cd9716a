#pragma once

#include "core/Dossier.h"
#include "store/Database.h"
#include "security/Vault.h"

#include <QTemporaryDir>

#include <memory>

// A desk data directory that disappears after the test, with its store opened and the sample
// catalogue loaded.
class TempStore
{
public:
    TempStore();
    QString dir() const { return m_dir.path(); }
    QString path() const;
    motcua::Database &db() { return *m_db; }
    void close() { m_db.reset(); }
    motcua::Database &reopen();
    // The vault every connection of this store gets (a random key of its own, no keychain).
    const std::shared_ptr<const motcua::Vault> &vault() const { return m_vault; }
    // Another connection on the store, unlocked like db().
    std::unique_ptr<motcua::Database> openAnother() const;

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const motcua::Vault> m_vault;
    std::unique_ptr<motcua::Database> m_db;
};

// Runs one SQL statement on db and returns the first column of the first row.
QVariant scalar(motcua::Database &db, const QString &sql);

// The draft with every required paper of its procedure recorded as "original seen", so that it
// passes the checklist. Tests about papers build their own list instead.
motcua::DossierDraft withRequiredPapers(motcua::Database &db, motcua::DossierDraft draft);
