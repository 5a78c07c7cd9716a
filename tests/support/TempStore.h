#pragma once

#include "core/Dossier.h"
#include "store/Database.h"

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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<motcua::Database> m_db;
};

// Runs one SQL statement on db and returns the first column of the first row.
QVariant scalar(motcua::Database &db, const QString &sql);

// The draft with every required paper of its procedure recorded as "original seen", so that it
// passes the checklist. Tests about papers build their own list instead.
motcua::DossierDraft withRequiredPapers(motcua::Database &db, motcua::DossierDraft draft);
