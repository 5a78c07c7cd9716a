#include "CliContext.h"

#include "core/Cccd.h"
#include "identity/CccdQr.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

#include <optional>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CccdCommand)
};

std::optional<QString> optionValue(const QCommandLineParser &parser,
                                   const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    return parser.value(option);
}

// Every refusal is one line on stderr and exit code 2.
int refuse(CliContext &ctx, const QString &code, const QString &message)
{
    return ctx.report(Error{code, message, {}}, BadInput);
}

// dobText and sexText are empty optionals when the option was not given.
int check(CliContext &ctx, const QString &typed, const std::optional<QString> &dobText,
          const std::optional<QString> &sexText)
{
    QDate dob;
    if (dobText) {
        dob = QDate::fromString(*dobText, u"yyyy-MM-dd"_s);
        if (dobText->size() != 10 || !dob.isValid())
            return refuse(ctx, u"cli.dob"_s,
                          Tr::tr("--dob must be a date written YYYY-MM-DD, e.g. 1995-03-15."));
        if (dob > QDate::currentDate())
            return refuse(ctx, u"cli.dob"_s, Tr::tr("The date of birth given with --dob is in "
                                                    "the future."));
    }
    Sex sex = Sex::Unknown;
    if (sexText) {
        if (sexText->compare(u"male", Qt::CaseInsensitive) == 0)
            sex = Sex::Male;
        else if (sexText->compare(u"female", Qt::CaseInsensitive) == 0)
            sex = Sex::Female;
        else
            return refuse(ctx, u"cli.sex"_s, Tr::tr("--sex must be male or female."));
    }
    auto checked = Cccd::check(Cccd::normalize(typed), dob, sex);
    if (!checked)
        return ctx.report(checked.error(), BadInput);
    return Ok; // silent on success
}

int parseQr(CliContext &ctx, QString scan)
{
    if (scan == u"-") {
        // Read the scan from standard input, so that it does not show in the process list.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return refuse(ctx, u"cli.stdin"_s, Tr::tr("Cannot read the scan from standard input."));
        scan = QString::fromUtf8(in.readLine(CccdQr::kMaxScanLength * 4 + 2));
    }
    auto card = CccdQr::parse(scan);
    if (!card)
        return ctx.report(card.error(), BadInput);
    ctx.out() << QString::fromUtf8(QJsonDocument(CccdQr::toJson(*card)).toJson(QJsonDocument::Compact))
              << '\n';
    return Ok;
}

} // namespace

// Neither action opens the local store: they need no data directory.
int runCccd(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check a citizen ID number (CCCD) or read the QR code of a chip ID card.\n"
               "check NUMBER: prints nothing and exits with 0 when the number is valid (and matches "
               "--dob and --sex when given); otherwise prints the reason and exits with 2.\n"
               "parse-qr STRING: prints the card's details as one JSON object (keys id, old_id, "
               "full_name, date_of_birth, sex, address, issue_date, and extra_fields when the card "
               "has more fields) and exits with 0; otherwise prints the reason and exits with 2. "
               "Give - as STRING to read the scan from standard input."));
    parser.addPositionalArgument(u"action"_s, Tr::tr("check NUMBER | parse-qr STRING"));
    const QCommandLineOption dob(u"dob"_s, Tr::tr("Date of birth to check the number against."),
                                 u"YYYY-MM-DD"_s);
    const QCommandLineOption sex(u"sex"_s, Tr::tr("Sex to check the number against."),
                                 u"male|female"_s);
    parser.addOptions({dob, sex});
    const QCommandLineOption help = parser.addHelpOption();
    if (auto done = ctx.parse(parser, args, help))
        return *done;

    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"check" && pos.size() == 2)
        return check(ctx, pos.at(1), optionValue(parser, dob), optionValue(parser, sex));
    if (action == u"parse-qr" && pos.size() == 2 && !parser.isSet(dob) && !parser.isSet(sex))
        return parseQr(ctx, pos.at(1));
    return refuse(ctx, u"cli.usage"_s,
                  Tr::tr("Usage: motcua-cli cccd check NUMBER [--dob YYYY-MM-DD] "
                         "[--sex male|female] | motcua-cli cccd parse-qr STRING (see --help)."));
}

} // namespace motcua::cli
