#include "CliContext.h"

#include "report/AdminUnitCheck.h"
#include "report/UnitCsv.h"
#include "report/UnitRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UnitsCommand)
};

int usage(CliContext &ctx)
{
    return ctx.report(Error{u"cli.usage"_s,
                            Tr::tr("Usage: motcua-cli units import FILE.csv | units list [--on "
                                   "YYYY-MM-DD] | units set CODE --name NAME --level LEVEL "
                                   "[--parent CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] (see "
                                   "--help)."),
                            {}},
                      BadInput);
}

int importList(CliContext &ctx, const QString &path)
{
    auto units = UnitCsv::parseFile(path);
    if (!units)
        return ctx.report(units.error(), BadInput);
    Database *db = ctx.unlockedStore();
    if (!db)
        return StoreUnusable;
    auto done = UnitRepository(*db).replaceAll(*units);
    if (!done)
        return ctx.report(done.error(),
                          done.error().code.startsWith(u"store.") ? StoreUnusable : BadInput);
    ctx.out() << Tr::tr("Replaced the list of administrative units with %1 versions from %2; %3 "
                        "dossiers of this desk changed level.")
                     .arg(done->versions)
                     .arg(QDir::toNativeSeparators(path))
                     .arg(done->relevelled)
              << '\n';
    ctx.auditSettingsChange(u"units"_s, {{u"action"_s, u"import"_s},
                                         {u"file"_s, QFileInfo(path).fileName()},
                                         {u"versions"_s, done->versions}});
    return Ok;
}

int list(CliContext &ctx, const QString &on)
{
    QDate day;
    if (!on.isEmpty()) {
        const auto parsed = AdminUnitText::parseDate(on);
        if (!parsed || !parsed->isValid())
            return ctx.report(Error{u"cli.usage"_s,
                                    Tr::tr("--on: “%1” is not a date; write it as YYYY-MM-DD.")
                                        .arg(on),
                                    {}},
                              BadInput);
        day = *parsed;
    }
    Database *db = ctx.store();
    if (!db)
        return StoreUnusable;
    UnitRepository repo(*db);
    auto units = day.isValid() ? repo.validOn(day) : repo.all();
    if (!units)
        return ctx.report(units.error(), StoreUnusable);
    for (const AdminUnit &u : std::as_const(*units)) {
        ctx.out() << u.code << '\t' << AdminUnitText::levelWord(u.level) << '\t' << u.name << '\t'
                  << u.parentCode << '\t' << AdminUnitText::dateText(u.from()) << '\t'
                  << AdminUnitText::dateText(u.to()) << '\n';
    }
    return Ok;
}

// Adds the version of `code` that starts on --from, or replaces it when there is one, and checks
// the whole list again before it is saved.
int set(CliContext &ctx, const QCommandLineParser &p, const QString &code)
{
    const QString options[] = {u"CODE"_s,  u"--name"_s, u"--level"_s,
                               u"--parent"_s, u"--from"_s, u"--to"_s};
    auto refuse = [&](int column, const QString &text) {
        return ctx.report(Error{u"units.set"_s, u"%1: %2"_s.arg(options[column - 1], text), {}},
                          BadInput);
    };
    if (!p.isSet(u"name"_s) || !p.isSet(u"level"_s))
        return usage(ctx);
    const auto level = AdminUnitText::parseLevel(p.value(u"level"_s));
    if (!level)
        return refuse(AdminUnitCheck::Level,
                      Tr::tr("“%1” is not a level; write 1 or province, 2 or district, 3 or "
                             "commune.").arg(p.value(u"level"_s)));
    AdminUnit unit{code.trimmed(), p.value(u"name"_s).trimmed(), *level,
                   p.value(u"parent"_s).trimmed(), {}, {}, 0};
    for (int column : {int(AdminUnitCheck::ValidFrom), int(AdminUnitCheck::ValidTo)}) {
        const QString text = p.value(column == AdminUnitCheck::ValidFrom ? u"from"_s : u"to"_s);
        const auto day = AdminUnitText::parseDate(text);
        if (!day)
            return refuse(column, Tr::tr("“%1” is not a date; write it as YYYY-MM-DD, or leave it "
                                         "out for an open end.").arg(text));
        (column == AdminUnitCheck::ValidFrom ? unit.validFrom : unit.validTo) = *day;
    }
    Database *db = ctx.unlockedStore();
    if (!db)
        return StoreUnusable;
    // The list is read and written in one transaction: a change saved meanwhile by another
    // program (the desk, another command) is not overwritten with an older list.
    qsizetype at = -1;
    auto edit = [&](QList<AdminUnit> units) -> Result<QList<AdminUnit>> {
        auto refused = [](const QString &text) {
            return std::unexpected(Error{u"units.set"_s, text, {}});
        };
        at = -1;
        QList<qsizetype> versions;
        for (qsizetype i = 0; i < units.size(); ++i) {
            if (units.at(i).code == unit.code)
                versions.append(i);
        }
        // Without --from, a unit with a single version is edited in place.
        if (!p.isSet(u"from"_s) && versions.size() == 1)
            unit.validFrom = units.at(versions.first()).validFrom;
        else if (!p.isSet(u"from"_s) && versions.size() > 1)
            return refused(u"%1: %2"_s.arg(options[AdminUnitCheck::ValidFrom - 1],
                                           Tr::tr("%1 has %2 versions; say which one with "
                                                  "--from.")
                                               .arg(unit.code)
                                               .arg(versions.size())));
        for (qsizetype i : versions) {
            if (units.at(i).from() == unit.from())
                at = i;
        }
        if (at >= 0)
            units[at] = unit;
        else
            units.append(unit);
        const qsizetype index = at >= 0 ? at : units.size() - 1;
        if (auto problem = AdminUnitCheck::checkList(units)) {
            if (problem->index == index)
                return refused(u"%1: %2"_s.arg(options[problem->column - 1], problem->text));
            const AdminUnit &other = units.at(problem->index);
            return refused(Tr::tr("the change would make the version of %1 from %2 wrong: %3")
                               .arg(other.code, other.from().toString(Qt::ISODate),
                                    problem->text));
        }
        return units;
    };
    auto done = UnitRepository(*db).change(edit);
    if (!done)
        return ctx.report(done.error(),
                          done.error().code.startsWith(u"store.") ? StoreUnusable : BadInput);
    ctx.out() << (at >= 0 ? Tr::tr("Changed the version of %1 from %2; %3 dossiers of this desk "
                                   "changed level.")
                          : Tr::tr("Added the version of %1 from %2; %3 dossiers of this desk "
                                   "changed level."))
                     .arg(unit.code, unit.from().toString(Qt::ISODate))
                     .arg(done->relevelled)
              << '\n';
    ctx.auditSettingsChange(u"units"_s, {{u"action"_s, u"set"_s}, {u"code"_s, unit.code},
                                         {u"from"_s, unit.from().toString(Qt::ISODate)}});
    return Ok;
}

} // namespace

int runUnits(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Administrative units as data (docs/units-and-import.md).\n"
               "import FILE.csv: replaces the whole list with the file (all or nothing).\n"
               "list [--on DAY]: the versions on the list, or those valid on DAY.\n"
               "set CODE --name NAME --level LEVEL [--parent CODE] [--from DAY] [--to DAY]: adds "
               "or changes the version of CODE that starts on --from."));
    parser.addPositionalArgument(u"action"_s, Tr::tr("import FILE | list | set CODE"));
    parser.addOptions({{u"on"_s, Tr::tr("Only the versions valid on this day."), u"DAY"_s},
                       {u"name"_s, Tr::tr("The unit's name."), u"NAME"_s},
                       {u"level"_s, Tr::tr("1 or province, 2 or district, 3 or commune."),
                        u"LEVEL"_s},
                       {u"parent"_s, Tr::tr("The code of the unit above it."), u"CODE"_s},
                       {u"from"_s, Tr::tr("First day of the version (empty: since always)."),
                        u"DAY"_s},
                       {u"to"_s, Tr::tr("Last day of the version (empty: still valid)."),
                        u"DAY"_s}});
    const QCommandLineOption help = parser.addHelpOption();
    if (auto done = ctx.parse(parser, args, help))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"import" && pos.size() == 2)
        return importList(ctx, pos.at(1));
    if (action == u"list" && pos.size() == 1)
        return list(ctx, parser.value(u"on"_s));
    if (action == u"set" && pos.size() == 2)
        return set(ctx, parser, pos.at(1));
    return usage(ctx);
}

} // namespace motcua::cli
