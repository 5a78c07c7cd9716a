#include "CliContext.h"

#include "core/DeskStartup.h"

#include <cstdio>

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

int CliContext::report(const Error &error, int exitCode)
{
    m_err << tr("motcua-cli: %1").arg(error.message) << Qt::endl;
    return exitCode;
}

} // namespace motcua::cli
