#include "CliContext.h"

#include <QFileInfo>

#include "catalog/CatalogService.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)
};
} // namespace

int runCatalog(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Search or replace the procedure catalogue."));
    parser.addPositionalArgument(u"action"_s, Tr::tr("search QUERY | import FILE | info"));
    QCommandLineOption limit(u"limit"_s, Tr::tr("Show at most N matches."), u"N"_s, u"50"_s);
    parser.addOption(limit);
    parser.addHelpOption();
    parser.process(args);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"search" && pos.size() >= 2) {
        Database *db = ctx.store();
        if (!db)
            return StoreUnusable;
        auto found = CatalogService(*db).search(pos.mid(1).join(u' '), parser.value(limit).toInt());
        if (!found)
            return ctx.report(found.error(), StoreUnusable);
        for (const ProcedureMatch &m : *found)
            ctx.out() << m.code << '\t' << m.name << '\n';
        return Ok;
    }
    if (action == u"import" && pos.size() == 2) {
        Database *db = ctx.unlockedStore();
        if (!db)
            return StoreUnusable;
        auto imported = CatalogService(*db).importFile(pos.at(1));
        if (!imported)
            return ctx.report(imported.error(), BadInput);
        ctx.auditSettingsChange(u"catalog"_s, {{u"file"_s, QFileInfo(pos.at(1)).fileName()},
                                               {u"procedures"_s, *imported}});
        ctx.out() << Tr::tr("Catalogue loaded: %n procedure(s).", nullptr, *imported) << '\n';
        return Ok;
    }
    if (action == u"info" && pos.size() == 1) {
        Database *db = ctx.store();
        if (!db)
            return StoreUnusable;
        ctx.out() << Tr::tr("Catalogue version: %1").arg(CatalogService(*db).version()) << '\n';
        return Ok;
    }
    ctx.err() << parser.helpText();
    return BadInput;
}

} // namespace motcua::cli
