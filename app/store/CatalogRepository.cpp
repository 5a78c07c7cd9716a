#include "CatalogRepository.h"

#include "Database.h"
#include "SqlError.h"
#include "catalog/CatalogIndex.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QUuid>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

// One index per store file, rebuilt when the catalogue's generation changes. Shared by the
// threads of the process; the index itself is immutable once built.
struct CachedIndex
{
    QString generation;
    std::shared_ptr<const CatalogIndex> index;
};

QMutex &cacheLock()
{
    static QMutex lock;
    return lock;
}

QHash<QString, CachedIndex> &cache()
{
    static QHash<QString, CachedIndex> indexes;
    return indexes;
}

} // namespace

Result<void> CatalogRepository::replace(const Catalog &catalog)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        for (const QString &sql : {u"DELETE FROM procedure_paper"_s,
                                  u"DELETE FROM procedure"_s, u"DELETE FROM procedure_field"_s}) {
            if (!q.exec(sql))
                return std::unexpected(queryError(q));
        }
        q.prepare(u"INSERT INTO procedure_field(code, name) VALUES (?, ?)"_s);
        for (const ProcedureField &f : catalog.fields) {
            q.addBindValue(f.code);
            q.addBindValue(f.name);
            if (!q.exec())
                return std::unexpected(queryError(q));
        }
        QSqlQuery proc(m_db.sql()), paper(m_db.sql());
        proc.prepare(u"INSERT INTO procedure(code, code_confirmed, name, field_code, levels, "
                     "online_level, fee_vnd, fee_note, processing_days, processing_days_online) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?)"_s);
        paper.prepare(u"INSERT INTO procedure_paper(procedure_code, position, code, name, "
                      "required, copies) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const Procedure &p : catalog.procedures) {
            proc.addBindValue(p.code);
            proc.addBindValue(p.codeConfirmed ? 1 : 0);
            proc.addBindValue(p.name);
            proc.addBindValue(p.field.code);
            proc.addBindValue(p.levels.join(u','));
            proc.addBindValue(p.onlineLevel == OnlineLevel::Full ? u"full"_s : u"partial"_s);
            proc.addBindValue(p.feeVnd);
            proc.addBindValue(p.feeNote);
            proc.addBindValue(p.processingDays);
            proc.addBindValue(p.processingDaysOnline < 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                         : QVariant(p.processingDaysOnline));
            if (!proc.exec())
                return std::unexpected(queryError(proc));
            for (int i = 0; i < p.papers.size(); ++i) {
                const ProcedurePaper &pp = p.papers.at(i);
                for (const QVariant &v : {QVariant(p.code), QVariant(i), QVariant(pp.code),
                                          QVariant(pp.name), QVariant(pp.required ? 1 : 0),
                                          QVariant(pp.copies)})
                    paper.addBindValue(v);
                if (!paper.exec())
                    return std::unexpected(queryError(paper));
            }
        }
        q.prepare(u"INSERT OR REPLACE INTO catalog_meta(key, value) VALUES (?, coalesce(?, ''))"_s);
        const QList<std::pair<QString, QString>> meta{
            {u"version"_s, catalog.version},
            {u"issuer"_s, catalog.issuer},
            {u"loaded_at"_s, QDateTime::currentDateTime().toString(Qt::ISODate)},
            {u"generation"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        for (const auto &[key, value] : meta) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return std::unexpected(queryError(q));
        }
        return {};
    });
}

Result<std::shared_ptr<const CatalogIndex>> CatalogRepository::index() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT coalesce((SELECT value FROM catalog_meta WHERE key = 'generation'), '')"_s)
        || !q.next())
        return std::unexpected(queryError(q));
    const QString generation = q.value(0).toString();
    q.finish();
    {
        QMutexLocker locker(&cacheLock());
        const auto it = cache().constFind(m_db.path());
        if (it != cache().cend() && it->generation == generation)
            return it->index;
    }
    auto built = std::make_shared<CatalogIndex>();
    if (!q.exec(u"SELECT p.code, p.name, f.name FROM procedure p "
                "JOIN procedure_field f ON f.code = p.field_code"_s))
        return std::unexpected(queryError(q));
    while (q.next())
        built->add({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    built->finish();
    QMutexLocker locker(&cacheLock());
    cache().insert(m_db.path(), {generation, built});
    return std::shared_ptr<const CatalogIndex>(built);
}

Result<QList<ProcedureMatch>> CatalogRepository::search(const QString &query, int limit) const
{
    auto idx = index();
    if (!idx)
        return std::unexpected(idx.error());
    return (*idx)->search(query, limit);
}

Result<std::optional<Procedure>> CatalogRepository::procedure(const QString &code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT p.code, p.code_confirmed, p.name, p.field_code, f.name, p.levels, "
              "p.online_level, p.fee_vnd, p.fee_note, p.processing_days, "
              "coalesce(p.processing_days_online, -1) FROM procedure p "
              "JOIN procedure_field f ON f.code = p.field_code WHERE p.code = ?"_s);
    q.addBindValue(code);
    if (!q.exec())
        return std::unexpected(queryError(q));
    if (!q.next())
        return std::optional<Procedure>();
    Procedure p;
    p.code = q.value(0).toString();
    p.codeConfirmed = q.value(1).toBool();
    p.name = q.value(2).toString();
    p.field = {q.value(3).toString(), q.value(4).toString()};
    p.levels = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
    p.onlineLevel = q.value(6).toString() == u"full" ? OnlineLevel::Full : OnlineLevel::Partial;
    p.feeVnd = q.value(7).toLongLong();
    p.feeNote = q.value(8).toString();
    p.processingDays = q.value(9).toInt();
    p.processingDaysOnline = q.value(10).toInt();
    QSqlQuery papers(m_db.sql());
    papers.prepare(u"SELECT code, name, required, copies FROM procedure_paper "
                   "WHERE procedure_code = ? ORDER BY position"_s);
    papers.addBindValue(code);
    if (!papers.exec())
        return std::unexpected(queryError(papers));
    while (papers.next())
        p.papers.append({papers.value(0).toString(), papers.value(1).toString(),
                         papers.value(2).toBool(), papers.value(3).toInt()});
    return std::optional<Procedure>(p);
}

Result<int> CatalogRepository::count() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT count(*) FROM procedure"_s) || !q.next())
        return std::unexpected(queryError(q));
    return q.value(0).toInt();
}

QString CatalogRepository::version() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(u"SELECT value FROM catalog_meta WHERE key = 'version'"_s) && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace motcua
