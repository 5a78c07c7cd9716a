#include "TempStore.h"

#include "catalog/CatalogService.h"
#include "Await.h"
#include "security/KeychainStore.h"
#include "security/StoreUnlock.h"
#include "store/CatalogRepository.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray randomKey()
{
    QByteArray key(motcua::DeskKeyring::kKeyBytes, Qt::Uninitialized);
    for (char &c : key)
        c = char(QRandomGenerator::global()->bounded(256));
    return key;
}

} // namespace

TempStore::TempStore()
    : m_keys{randomKey(), randomKey()}
    , m_vault(std::make_shared<const motcua::Vault>(m_keys.dataKey))
{
    reopen();
}

bool TempStore::putKeysInKeychain()
{
    motcua::KeychainStore keychain;
    motcua::DeskKeyring ring(keychain, m_db ? m_db->storeId() : openAnother()->storeId());
    return bool(await<motcua::Result<void>>([&](auto done) { ring.restore(m_keys, done); }));
}

std::unique_ptr<motcua::Database> TempStore::openAnother() const
{
    auto opened = motcua::Database::open(path());
    if (!opened)
        qFatal("cannot open the test store: %s", qPrintable(opened.error().message));
    if (auto ok = motcua::StoreUnlock::attach(**opened, m_vault); !ok)
        qFatal("cannot unlock the test store: %s", qPrintable(ok.error().detail));
    return std::move(*opened);
}

QString TempStore::path() const
{
    return QDir(m_dir.path()).filePath(u"motcua.db"_s);
}

motcua::Database &TempStore::reopen()
{
    m_db.reset();
    auto opened = motcua::Database::open(path());
    if (!opened)
        qFatal("cannot open the test store: %s", qPrintable(opened.error().message));
    m_db = std::move(*opened);
    m_db->setAuditKey(std::make_shared<const motcua::AuditKey>(
        *motcua::AuditKey::fromSeed(m_keys.auditSeed)));
    if (auto ok = motcua::StoreUnlock::attach(*m_db, m_vault); !ok)
        qFatal("cannot unlock the test store: %s", qPrintable(ok.error().detail));
    if (auto ok = motcua::CatalogService(*m_db).ensureLoaded(); !ok)
        qFatal("cannot load the sample catalogue: %s", qPrintable(ok.error().detail));
    return *m_db;
}

QVariant scalar(motcua::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

motcua::DossierDraft withRequiredPapers(motcua::Database &db, motcua::DossierDraft draft)
{
    auto procedure = motcua::CatalogRepository(db).procedure(draft.procedureCode);
    if (!procedure || !procedure->has_value())
        return draft;
    for (const motcua::ProcedurePaper &p : (*procedure)->papers) {
        if (p.required)
            draft.papers.append(motcua::PaperDraft::of(p.code, p.name, true, p.copies,
                                                        motcua::PaperForm::OriginalSeen));
    }
    return draft;
}
