#pragma once

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
