#pragma once

#include <QList>
#include <QString>

namespace motcua {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The numbered migrations shipped as resources under :/sql/migrations/NNN_name.sql, in order.
class Migrations
{
public:
    static const QList<Migration> &all();
};

} // namespace motcua
