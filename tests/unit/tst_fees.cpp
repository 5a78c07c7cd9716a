#include "catalog/CatalogParser.h"
#include "fees/FeeCalculator.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

// Line numbers below are those of this text; the refused-file rows rely on them.
const QByteArray kPolicy = R"({
 "format": "motcua.fees", "format_version": 1, "policy_version": "test-1",
 "province": {"code": "46", "name": "Thành phố Huế"},
 "units": ["XA0001", "XA0002"],
 "valid_from": "2023-09-01", "valid_until": "2025-12-31",
 "rounding": {"mode": "none"},
 "exemption_grounds": [
  {"code": "NCC", "name": "Người có công"},
  {"code": "HN", "name": "Hộ nghèo"},
  {"code": "TE6", "name": "Trẻ em dưới 6 tuổi"}
 ],
 "exemptions": [
  {"ground": "NCC", "applies_to": {"fields": ["HT"]}},
  {"ground": "HN", "applies_to": {"fields": ["HT", "DD"]}, "percent": 50},
  {"ground": "HN", "applies_to": {"procedures": ["2.000806"]}, "percent": 30},
  {"ground": "TE6", "applies_to": {"all": true}, "percent": 20}
 ],
 "discounts": [
  {"name": "Giảm 10% khi nộp trực tuyến", "applies_to": {"all": true}, "percent": 10},
  {"name": "Giảm 40% khi nộp trực tuyến", "applies_to": {"fields": ["HT", "DD"]}, "percent": 40},
  {"name": "Giảm 5.000 đồng", "applies_to": {"procedures": ["2.000635"]}, "amount_vnd": 5000},
  {"name": "Miễn khi nộp trực tuyến", "applies_to": {"procedures": ["1.004873"]}, "percent": 100}
 ]
}
)";

// "2.000884 CT 10000": a procedure with its field and listed fee.
Procedure procedure(const QString &spec)
{
    const QStringList parts = spec.split(u' ');
    Procedure p;
    p.code = p.name = parts.value(0);
    p.field = {parts.value(1), parts.value(1)};
    p.feeVnd = parts.value(2).toLongLong();
    return p;
}

// "online+auth HN TE6 x3 2023-08-31 @XA0009": channel (direct, postal, online, online+auth: the
// citizen confirmed with their own account), exemption codes, quantity, reception date, unit.
FeeContext context(const QString &spec)
{
    FeeContext c{Channel::Direct, false, QDate(2024, 6, 1), {}, 1, {}};
    for (const QString &token : spec.split(u' ', Qt::SkipEmptyParts)) {
        if (token == u"direct" || token == u"postal" || token.startsWith(u"online")) {
            c.channel = token == u"direct" ? Channel::Direct
                        : token == u"postal" ? Channel::Postal : Channel::Online;
            c.citizenAuthenticated = token == u"online+auth";
        } else if (token.startsWith(u'x')) {
            c.quantity = token.mid(1).toInt();
        } else if (token.startsWith(u'@')) {
            c.unitCode = token.mid(1);
        } else if (token == u"no-date" || token.front().isDigit()) {
            c.date = QDate::fromString(token, Qt::ISODate);
        } else {
            c.exemptionCodes.append(token);
        }
    }
    return c;
}

FeePolicy policy(const QByteArray &from = {}, const QByteArray &to = {})
{
    const QByteArray json = from.isEmpty() ? kPolicy : QByteArray(kPolicy).replace(from, to);
    const auto parsed = FeePolicy::parse(json, u"test.json"_s);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().detail));
    return *parsed;
}

// "15000 -7500 -3000 = 4500": the amounts of the lines, then the total.
QString describe(const FeeBreakdown &b)
{
    QStringList out;
    for (const FeeBreakdown::Line &line : b.lines)
        out.append(QString::number(line.amountVnd));
    return out.join(u' ') + u" = "_s + QString::number(b.totalVnd);
}

} // namespace

class TestFees : public QObject
{
    Q_OBJECT

private slots:
    void compute_data()
    {
        QTest::addColumn<QByteArray>("rounding"); // replaces "mode": "none" in the test policy
        QTest::addColumn<QString>("proc");
        QTest::addColumn<QString>("ctx");
        QTest::addColumn<QString>("expect"); // lines = total, or an error code
        const auto row = [](const char *name, const char *proc, const char *ctx, const char *expect,
                            const char *rounding = R"("mode": "none")") {
            QTest::newRow(name) << QByteArray(rounding) << QString::fromUtf8(proc)
                                << QString::fromUtf8(ctx) << QString::fromUtf8(expect);
        };
        const char *ct = "2.000884 CT 10000", *ht = "1.004859 HT 15000";
        const char *marriage = "2.000806 HT 1000000", *copy = "2.000635 HT 8000";
        const char *land = "1.013831 DD 450000";
        row("base, direct", ct, "direct", "10000 = 10000");
        row("postal: no online discount", ct, "postal", "10000 = 10000");
        row("online, citizen not authenticated", ct, "online", "10000 = 10000");
        row("online, authenticated: rule for all", ct, "online+auth", "10000 -1000 = 9000");
        row("fraction of a dong dropped", "2.000884 CT 10005", "online+auth", "10005 -1001 = 9004");
        row("field rule beats rule for all", land, "online+auth", "450000 -180000 = 270000");
        row("procedure rule beats field rule", copy, "online+auth", "8000 -5000 = 3000");
        row("fixed amount per unit", copy, "online+auth x3", "24000 -15000 = 9000");
        row("fixed amount capped at the fee", "2.000635 HT 3000", "online+auth", "3000 -3000 = 0");
        row("online discount of 100%", "1.004873 HT 15000", "online+auth", "15000 -15000 = 0");
        row("exemption 100%, direct", ht, "direct NCC", "15000 -15000 = 0");
        row("exemption 100%, online: nothing left", ht, "online+auth NCC", "15000 -15000 = 0");
        row("exemption 50%, then online 40% of the rest", ht, "online+auth HN",
            "15000 -7500 -3000 = 4500");
        row("exemption, not authenticated", ht, "online HN", "15000 -7500 = 7500");
        row("procedure exemption beats field exemption", marriage, "online+auth HN",
            "1000000 -300000 -280000 = 420000");
        row("best exemption only (50% over 20%)", ht, "direct TE6 HN", "15000 -7500 = 7500");
        row("best exemption only (100%)", ht, "direct HN NCC TE6", "15000 -15000 = 0");
        row("exemption not covering the field", land, "direct NCC", "450000 = 450000");
        row("quantity, direct", ct, "direct x4", "40000 = 40000");
        row("quantity, online", ct, "online+auth x4", "40000 -4000 = 36000");
        row("free procedure", "1.001622 GD 0", "online+auth NCC", "0 = 0");
        row("day before validity", marriage, "online+auth HN 2023-08-31", "1000000 = 1000000");
        row("first day of validity", ct, "online+auth 2023-09-01", "10000 -1000 = 9000");
        row("last day of validity", ct, "online+auth 2025-12-31", "10000 -1000 = 9000");
        row("day after validity", ct, "online+auth 2026-01-01", "10000 = 10000");
        row("unit covered", ct, "online+auth @XA0002", "10000 -1000 = 9000");
        row("unit not covered", ct, "online+auth @XA0009", "10000 = 10000");
        // rounding, field HT (40% online): 12.345 → 7.407, 12.500 → 7.500
        const char *odd = "1.004859 HT 12345", *half = "1.004859 HT 12500";
        row("rounding none", odd, "online+auth", "12345 -4938 = 7407");
        row("rounding down", odd, "online+auth", "12345 -4938 -407 = 7000", R"("mode": "down")");
        row("rounding up", odd, "online+auth", "12345 -4938 593 = 8000", R"("mode": "up")");
        row("half_up, below half", odd, "online+auth", "12345 -4938 -407 = 7000",
            R"("mode": "half_up")");
        row("half_up, at half", half, "online+auth", "12500 -5000 500 = 8000", R"("mode": "half_up")");
        row("down, at half", half, "online+auth", "12500 -5000 -500 = 7000", R"("mode": "down")");
        row("half_up, step 100", odd, "online+auth", "12345 -4938 -7 = 7400",
            R"("mode": "half_up", "step_vnd": 100)");
        row("already round", ht, "online+auth", "15000 -6000 = 9000", R"("mode": "up")");
        row("listed fee never rounded", odd, "direct", "12345 = 12345", R"("mode": "down")");
        row("up capped at the listed fee", "1.004859 HT 900", "online+auth", "900 -360 360 = 900",
            R"("mode": "up")");
        row("down to zero", "1.004859 HT 800", "online+auth", "800 -320 -480 = 0", R"("mode": "down")");
        // limits: 10^12 đồng, quantity 1..10^6, all in qint64
        row("10^12 dong", "1.013831 DD 1000000000000", "online+auth",
            "1000000000000 -400000000000 = 600000000000");
        row("5*10^11 x 2", "1.013831 DD 500000000000", "direct x2", "1000000000000 = 1000000000000");
        row("fixed amount x 10^6", copy, "online+auth x1000000",
            "8000000000 -5000000000 = 3000000000");
        row("10^12 + 1", "1.013831 DD 1000000000001", "direct", "fees.amount");
        row("negative fee", "1.013831 DD -1", "direct", "fees.amount");
        row("5*10^11 x 3", "1.013831 DD 500000000000", "direct x3", "fees.amount");
        row("10^12 x 10^6", "1.013831 DD 1000000000000", "direct x1000000", "fees.amount");
        row("quantity 0", ct, "direct x0", "fees.quantity");
        row("quantity 10^6 + 1", "2.000884 CT 1", "direct x1000001", "fees.quantity");
        row("unknown exemption", ht, "direct XYZ", "fees.unknown_exemption");
        row("no reception date", ht, "direct no-date", "fees.date");
    }

    void compute()
    {
        QFETCH(QByteArray, rounding);
        QFETCH(QString, proc);
        QFETCH(QString, ctx);
        QFETCH(QString, expect);
        const auto b = FeeCalculator::compute(procedure(proc), context(ctx),
                                              policy(R"("mode": "none")", rounding));
        if (expect.startsWith(u"fees.")) {
            QVERIFY(!b.has_value());
            QCOMPARE(b.error().code, expect);
            QVERIFY(!b.error().message.isEmpty());
            return;
        }
        QVERIFY2(b.has_value(), qPrintable(b ? QString() : b.error().message));
        QCOMPARE(describe(*b), expect);
        // what every breakdown keeps: lines add up, base first, 0 ≤ total ≤ base, one receipt
        // text per reduction
        qint64 sum = 0;
        for (const FeeBreakdown::Line &line : b->lines)
            sum += line.amountVnd;
        QCOMPARE(sum, b->totalVnd);
        QCOMPARE(b->lines.value(0).kind, FeeBreakdown::Line::Kind::Base);
        QCOMPARE(b->lines.value(0).amountVnd, b->baseVnd);
        QVERIFY(b->totalVnd >= 0 && b->totalVnd <= b->baseVnd);
        QCOMPARE(b->applied.size(), b->lines.size() - 1);
    }

    void explains()
    {
        const Procedure ht = procedure(u"1.004859 HT 15000"_s);
        auto b = FeeCalculator::compute(ht, context(u"online+auth HN"_s), policy());
        QVERIFY(b);
        QCOMPARE(b->lines.at(1).kind, FeeBreakdown::Line::Kind::Exemption);
        QCOMPARE(b->lines.at(1).code, u"HN"_s);
        QCOMPARE(b->lines.at(2).kind, FeeBreakdown::Line::Kind::OnlineDiscount);
        QVERIFY(b->applied.at(0).contains(u"Hộ nghèo"_s) && b->applied.at(0).contains(u"7.500"_s));
        QVERIFY(b->applied.at(1).contains(u"Giảm 40%"_s) && b->applied.at(1).contains(u"3.000"_s));
        QVERIFY(!b->exempt && b->notes.isEmpty());
        b = FeeCalculator::compute(ht, context(u"online NCC"_s), policy());
        QVERIFY(b && b->exempt && b->policyInForce && b->notes.isEmpty()); // nothing left to reduce
        // what did not apply is told to the clerk, not printed as applied
        b = FeeCalculator::compute(ht, context(u"online"_s), policy());
        QVERIFY(b && b->applied.isEmpty() && b->notes.size() == 1);
        b = FeeCalculator::compute(ht, context(u"direct 2026-01-01"_s), policy());
        QVERIFY(b && !b->policyInForce && b->notes.value(0).contains(u"01/01/2026"_s));
        // no policy at all: the listed fee, nothing to say
        b = FeeCalculator::compute(ht, context(u"online+auth"_s), FeePolicy());
        QVERIFY(b && b->totalVnd == 15'000 && b->notes.isEmpty() && !b->policyInForce);
        // amounts in receipt texts: Vietnamese grouping whatever the system locale
        QCOMPARE(FeeCalculator::formatVnd(999), u"999"_s);
        QCOMPARE(FeeCalculator::formatVnd(-5'000), u"-5.000"_s);
        QCOMPARE(FeeCalculator::formatVnd(FeePolicy::kMaxAmountVnd), u"1.000.000.000.000"_s);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        const auto row = [](const char *name, const char *from, const char *to, int line,
                            const char *says) {
            QTest::newRow(name) << QByteArray(from) << QByteArray(to) << line
                                << QString::fromUtf8(says);
        };
        row("not JSON", R"("XA0001", )", R"("XA0001" )", 4, "JSON");
        row("not a fee policy", "motcua.fees", "motcua.catalog", 1, "motcua.fees");
        row("newer format", R"("format_version": 1)", R"("format_version": 2)", 2, "newer");
        row("province without name", R"(, "name": "Thành phố Huế")", "", 3, "name");
        row("impossible date", "2025-12-31", "2025-02-30", 5, "valid_until");
        row("until before from", "2025-12-31", "2023-01-01", 5, "before");
        row("unknown rounding", R"("mode": "none")", R"("mode": "nearest")", 6, "half_up");
        row("ground not an object", R"({"code": "HN", "name": "Hộ nghèo"})", R"("HN")", 9, "object");
        row("ground twice", R"("code": "TE6")", R"("code": "HN")", 10, "twice");
        row("unknown exemption ground", R"({"ground": "TE6")", R"({"ground": "TE7")", 16, "TE7");
        row("exemption over 100%", R"("percent": 50})", R"("percent": 150})", 14, "percent");
        row("same ground, same field twice", R"({"procedures": ["2.000806"]}, "percent": 30)",
            R"({"fields": ["HT"]}, "percent": 30)", 15, "line 14");
        row("scope covers nothing", R"({"all": true}, "percent": 20)", R"({}, "percent": 20)", 16,
            "applies_to");
        row("all with a list", R"({"all": true}, "percent": 20)",
            R"({"all": true, "fields": ["HT"]}, "percent": 20)", 16, "all");
        row("negative percent", R"("percent": 40})", R"("percent": -5})", 20, "percent");
        row("fractional percent", R"("percent": 40})", R"("percent": 12.5})", 20, "percent");
        row("discount without name", R"("name": "Giảm 10% khi nộp trực tuyến", )", "", 19, "name");
        row("neither percent nor amount", R"(, "percent": 10})", "}", 19, "amount_vnd");
        row("both percent and amount", R"("amount_vnd": 5000})",
            R"("amount_vnd": 5000, "percent": 5})", 21, "amount_vnd");
        row("amount over 10^12", R"("amount_vnd": 5000})", R"("amount_vnd": 1000000000001})", 21,
            "amount_vnd");
        row("two rules for one field", R"({"procedures": ["2.000635"]})", R"({"fields": ["DD"]})",
            21, "line 20");
        row("two rules for all", R"({"procedures": ["1.004873"]})", R"({"all": true})", 22,
            "line 19");
        row("procedure listed twice", R"(["2.000635"])", R"(["2.000635", "2.000635"])", 21,
            "twice");
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QFETCH(QString, says);
        QVERIFY2(kPolicy.contains(from), from.constData());
        const auto parsed = FeePolicy::parse(QByteArray(kPolicy).replace(from, to), u"huế-fees.json"_s);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error().code, u"fees.invalid"_s);
        const QString prefix = u"huế-fees.json:%1: "_s.arg(line);
        QVERIFY2(parsed.error().detail.startsWith(prefix), qPrintable(parsed.error().detail));
        QVERIFY2(parsed.error().detail.contains(says), qPrintable(parsed.error().detail));
        QVERIFY(parsed.error().message.contains(u"huế-fees.json"_s));
    }

    void acceptedFiles()
    {
        const FeePolicy p = policy();
        QCOMPARE(p.grounds.size(), 3);
        QCOMPARE(p.exemptions.size(), 4);
        QCOMPARE(p.discounts.size(), 4);
        QCOMPARE(p.validUntil, QDate(2025, 12, 31));
        QVERIFY(FeePolicy::parse("\xEF\xBB\xBF" + kPolicy, u"bom.json"_s).has_value());
        const auto open = FeePolicy::parse(
            QByteArray(kPolicy).replace(R"("valid_until": "2025-12-31")", R"("valid_until": null)"),
            u"open.json"_s);
        QVERIFY(open && !open->validUntil.isValid() && open->inForceOn(QDate(2100, 1, 1)));
        const FeePolicy rounded = policy(R"("mode": "none")", R"("mode": "up")");
        QCOMPARE(rounded.rounding.stepVnd, 1000LL); // default step
    }

    void samplePolicy()
    {
        const auto read = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const auto p = FeePolicy::parse(read(QString::fromLatin1(FeePolicy::kSampleResource)),
                                        u"sample-policy.json"_s);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().detail));
        QVERIFY(p->sample);
        const auto catalog = CatalogParser::parse(read(u":/catalog/sample-catalog.json"_s), u"c"_s);
        QVERIFY(catalog);
        // every field and procedure the sample names exists in the sample catalogue
        QSet<QString> known;
        for (const ProcedureField &f : catalog->fields)
            known.insert(u"F:"_s + f.code);
        for (const Procedure &proc : catalog->procedures)
            known.insert(u"P:"_s + proc.code);
        QList<FeeScope> scopes;
        for (const Exemption &e : p->exemptions)
            scopes.append(e.scope);
        for (const OnlineDiscount &d : p->discounts)
            scopes.append(d.scope);
        for (const FeeScope &s : scopes) {
            for (const QString &f : s.fields)
                QVERIFY2(known.contains(u"F:"_s + f), qPrintable(f));
            for (const QString &c : s.procedures)
                QVERIFY2(known.contains(u"P:"_s + c), qPrintable(c));
        }
        // foreign-element marriage submitted online by the citizen: 50% off 1.000.000 đồng
        const auto it = std::find_if(catalog->procedures.cbegin(), catalog->procedures.cend(),
                                     [](const Procedure &x) { return x.code == u"2.000806"; });
        QVERIFY(it != catalog->procedures.cend());
        const auto b = FeeCalculator::compute(*it, context(u"online+auth"_s), *p);
        QVERIFY(b && b->totalVnd == 500'000);
    }
};

QTEST_GUILESS_MAIN(TestFees)
#include "tst_fees.moc"
