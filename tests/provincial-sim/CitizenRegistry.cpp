#include "CitizenRegistry.h"

#include "PopulationGenerator.h"
#include "SqlExec.h"
#include "SqlTransaction.h"
#include "StoreTypes.h"

#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <utility>

namespace {

const QString kDateFormat = QStringLiteral("yyyyMMdd");

QVariant levelValue(int level)
{
    return level > 0 ? QVariant(level) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

CitizenRegistry::CitizenRegistry(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::expected<qint64, QString> CitizenRegistry::count()
{
    auto q = SqlExec::run(m_db, QStringLiteral("SELECT COUNT(*) FROM citizens"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

std::expected<qint64, QString> CitizenRegistry::seed(int population)
{
    auto existing = count();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0 || population <= 0)
        return 0;
    const QList<CitizenRecord> citizens = PopulationGenerator::generate(population);
    if (auto r = insert(citizens); !r)
        return std::unexpected(r.error());
    return citizens.size();
}

std::expected<void, QString> CitizenRegistry::insert(const QList<CitizenRecord> &citizens)
{
    SqlTransaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return r;
    // Two statements prepared once and run per row: thousands of rows in a few milliseconds.
    QSqlQuery citizen(m_db);
    QSqlQuery account(m_db);
    if (!citizen.prepare(QStringLiteral("INSERT INTO citizens (id, so_dinh_danh, full_name,"
                                        " birth_date, sex, phone) VALUES (?, ?, ?, ?, ?, ?)"))
        || !account.prepare(QStringLiteral("INSERT INTO citizen_accounts (citizen_id, method,"
                                           " level, status, since) VALUES (?, ?, ?, ?, ?)"))) {
        return std::unexpected(citizen.lastError().text() + account.lastError().text());
    }
    qint64 id = 0;
    for (const CitizenRecord &c : citizens) {
        ++id;
        const QVariant values[] = {id,  c.number, c.fullName, c.birthDate.toString(kDateFormat),
                                   c.sex, c.phone};
        for (int i = 0; i < 6; ++i)
            citizen.bindValue(i, values[i]);
        if (!citizen.exec())
            return std::unexpected(citizen.lastError().text());
        for (const AccountRecord &a : c.accounts) {
            account.bindValue(0, id);
            account.bindValue(1, a.method);
            account.bindValue(2, levelValue(a.level));
            account.bindValue(3, a.status);
            account.bindValue(4, a.since.toString(kDateFormat));
            if (!account.exec())
                return std::unexpected(account.lastError().text());
        }
    }
    citizen.finish();
    account.finish();
    return transaction.commit();
}

std::expected<std::optional<CitizenRecord>, QString>
CitizenRegistry::findByNumber(const QString &number)
{
    return findWhere(QStringLiteral("so_dinh_danh"), number);
}

std::expected<std::optional<CitizenRecord>, QString> CitizenRegistry::findById(qint64 id)
{
    return findWhere(QStringLiteral("id"), id);
}

std::expected<std::optional<CitizenRecord>, QString>
CitizenRegistry::findWhere(const QString &column, const QVariant &value)
{
    auto q = SqlExec::run(m_db,
                          QStringLiteral("SELECT id, so_dinh_danh, full_name, birth_date, sex,"
                                         " phone FROM citizens WHERE ") + column
                              + QStringLiteral(" = ?"),
                          {value});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<CitizenRecord>{};
    CitizenRecord c{q->value(0).toLongLong(),
                    q->value(1).toString(),
                    q->value(2).toString(),
                    QDate::fromString(q->value(3).toString(), kDateFormat),
                    q->value(4).toInt(),
                    q->value(5).toString(),
                    {}};
    auto a = accounts(c.id);
    if (!a)
        return std::unexpected(a.error());
    c.accounts = std::move(*a);
    return c;
}

std::expected<QList<AccountRecord>, QString> CitizenRegistry::accounts(qint64 citizenId)
{
    auto q = SqlExec::run(m_db,
                          QStringLiteral("SELECT method, level, status, since FROM"
                                         " citizen_accounts WHERE citizen_id = ?"
                                         " ORDER BY method <> 'vneid', since, method"),
                          {citizenId});
    if (!q)
        return std::unexpected(q.error());
    QList<AccountRecord> list;
    while (q->next()) {
        list.append(AccountRecord{q->value(0).toString(), q->value(1).toInt(),
                                  q->value(2).toString(),
                                  QDate::fromString(q->value(3).toString(), kDateFormat)});
    }
    return list;
}

std::expected<void, QString> CitizenRegistry::logLookup(const QString &clerk,
                                                        const QString &purpose,
                                                        const QString &number, bool found,
                                                        const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = SqlExec::run(m_db,
                              QStringLiteral("INSERT INTO lookup_log (clerk, purpose,"
                                             " so_dinh_danh, found, looked_up_at)"
                                             " VALUES (?, ?, ?, ?, ?)"),
                              {clerk, purpose, number, found ? 1 : 0,
                               at.toUTC().toString(Qt::ISODateWithMs)});
        !r) {
        return std::unexpected(r.error());
    }
    if (auto r = SqlExec::run(m_db,
                              QStringLiteral("UPDATE counters SET value = value + 1"
                                             " WHERE name = ?"),
                              {QString(StoreCounter::Lookups)});
        !r) {
        return std::unexpected(r.error());
    }
    return transaction.commit();
}

std::expected<QList<CitizenRecord>, QString> CitizenRegistry::list(const QString &status,
                                                                   int limit)
{
    auto q = SqlExec::run(
        m_db,
        QStringLiteral("SELECT c.id, c.so_dinh_danh, c.full_name, c.birth_date, c.sex, c.phone,"
                       " a.level, a.status, a.since FROM citizens c"
                       " LEFT JOIN citizen_accounts a ON a.citizen_id = c.id AND a.method = ?"
                       " WHERE IFNULL(?, '') = '' OR (? = 'none' AND a.status IS NULL)"
                       " OR a.status = ?"
                       " ORDER BY c.id LIMIT ?"),
        {QString(kVneid), status, status, status, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<CitizenRecord> citizens;
    while (q->next()) {
        CitizenRecord c{q->value(0).toLongLong(),
                        q->value(1).toString(),
                        q->value(2).toString(),
                        QDate::fromString(q->value(3).toString(), kDateFormat),
                        q->value(4).toInt(),
                        q->value(5).toString(),
                        {}};
        if (!q->value(7).isNull()) {
            c.accounts.append(
                AccountRecord{QString(kVneid), q->value(6).toInt(), q->value(7).toString(),
                              QDate::fromString(q->value(8).toString(), kDateFormat)});
        }
        citizens.append(std::move(c));
    }
    return citizens;
}
