#include "TempStore.h"

#include "intake/IntakeService.h"
#include "security/AuditChain.h"
#include "security/AuditKey.h"
#include "security/AuditLog.h"
#include "security/AuditRepository.h"
#include "security/AuditVerifier.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;
using Kind = AuditProblem::Kind;

Q_DECLARE_METATYPE(motcua::AuditProblem::Kind)

namespace {

const QByteArray kSeed = QByteArray(32, '\x07');
const QByteArray kOtherSeed = QByteArray(32, '\x08');

AuditKey key(const QByteArray &seed = kSeed)
{
    auto k = AuditKey::fromSeed(seed);
    if (!k)
        qFatal("no audit key");
    return *k;
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

AuditEntry entryAt(Database &db, qint64 seq)
{
    auto e = AuditRepository(db).after(seq - 1);
    if (!e || !*e || (*e)->seq != seq)
        qFatal("no audit entry %lld", seq);
    return **e;
}

// A forged entry after `previous`: content hashed correctly, signed with `signer`.
AuditEntry forged(Database &db, qint64 seq, qint64 previous, const AuditKey &signer)
{
    AuditEntry e;
    e.seq = seq;
    e.at = u"2026-11-23T03:00:00.000Z"_s;
    e.actor = u"mallory"_s;
    e.kind = u"export"_s;
    e.subject = u"forged.csv"_s;
    e.detail = u"{}"_s;
    e.prevHash = entryAt(db, previous).hash;
    e.hash = AuditChain::entryHash(e);
    e.signature = signer.sign(e.hash);
    return e;
}

// Moves entries seq >= from up by one, as an attacker making room must (seq is the key).
void makeRoom(Database &db, qint64 from)
{
    exec(db, u"UPDATE audit_log SET seq = -seq WHERE seq >= %1"_s.arg(from));
    exec(db, u"UPDATE audit_log SET seq = 1 - seq WHERE seq < 0"_s);
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    QDateTime m_now;

    AuditLog log(const QByteArray &seed = kSeed)
    {
        return AuditLog(m_store->db(), key(seed), [this] {
            m_now = m_now.addSecs(60);
            return m_now;
        });
    }

    // Six entries, seq 1 to 6.
    void fill(int n = 6)
    {
        AuditLog audit = log();
        const AuditKind kinds[] = {AuditKind::SignIn, AuditKind::IdentityLookup,
                                   AuditKind::AccountActivation, AuditKind::CitizenConfirmation,
                                   AuditKind::Submission, AuditKind::Export};
        for (int i = 0; i < n; ++i) {
            auto seq = audit.append(kinds[i % 6], u"clerk1"_s, u"HS-%1"_s.arg(i + 1),
                                    QJsonObject{{u"n"_s, i + 1}});
            QVERIFY(seq.has_value());
        }
    }

    AuditReport verify(const QByteArray &seed = kSeed)
    {
        auto report = AuditVerifier(m_store->db()).verify(key(seed).publicKey());
        if (!report)
            qFatal("verify failed: %s", qPrintable(report.error().detail));
        return *report;
    }

    static QString problemText(const AuditReport &r)
    {
        return r.problem ? u"%1 at %2 (count %3, other %4)"_s.arg(
                               AuditProblem::kindName(r.problem->kind))
                               .arg(r.problem->seq).arg(r.problem->count).arg(r.problem->other)
                         : u"none"_s;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_now = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    }

    void cleanup() { m_store.reset(); }

    void appendedEntriesVerify()
    {
        fill();
        const AuditReport r = verify();
        QVERIFY2(!r.problem, qPrintable(problemText(r)));
        QCOMPARE(r.entries, 6ll);
        QCOMPARE(r.last.seq, 6ll);
        QCOMPARE(r.last.kind, u"export"_s);
        QCOMPARE(r.last.subject, u"HS-6"_s);
        QCOMPARE(r.last.detail, u"{\"n\":6}"_s);
        QCOMPARE(r.last.at, u"2026-11-23T08:06:00.000Z"_s);
        QCOMPARE(entryAt(m_store->db(), 1).prevHash, AuditChain::genesis());
        QCOMPARE(entryAt(m_store->db(), 2).prevHash, entryAt(m_store->db(), 1).hash);
    }

    void newStoreVerifies()
    {
        const AuditReport r = verify();
        QVERIFY2(!r.problem, qPrintable(problemText(r)));
        QCOMPARE(r.entries, 0ll);
    }

    void kindNamesAreStable()
    {
        QCOMPARE(auditKindName(AuditKind::SignIn), u"sign_in"_s);
        QCOMPARE(auditKindName(AuditKind::IdentityLookup), u"identity_lookup"_s);
        QCOMPARE(auditKindName(AuditKind::CitizenConfirmation), u"citizen_confirmation"_s);
        QCOMPARE(auditKindName(AuditKind::SettingsChange), u"settings_change"_s);
        QCOMPARE(auditKindName(AuditKind::Unlock), u"unlock"_s);
        QVERIFY(auditKindFromName(u"submission"_s) == AuditKind::Submission);
        QVERIFY(!auditKindFromName(u"nonsense"_s));
    }

    void seedMustBe32Bytes()
    {
        QCOMPARE(AuditKey::fromSeed(QByteArray(31, 'x')).error().code, u"audit.key"_s);
        QCOMPARE(AuditKey::generateSeed().size(), 32);
        QVERIFY(AuditKey::generateSeed() != AuditKey::generateSeed());
        QVERIFY(!AuditVerifier(m_store->db()).verify(QByteArray(16, 'k')).has_value());
    }

    // An entry commits or rolls back with the action it records.
    void appendJoinsTheCallersTransaction()
    {
        fill(2);
        AuditLog audit = log();
        auto done = m_store->db().transaction([&]() -> Result<void> {
            auto seq = audit.append(AuditKind::Submission, u"clerk1"_s, u"HS-9"_s);
            if (!seq)
                return std::unexpected(seq.error());
            if (*seq != 3)
                qFatal("seq %lld", *seq);
            return fail(u"test.rollback"_s, u"the action failed"_s);
        });
        QVERIFY(!done);
        QCOMPARE(scalar(m_store->db(), u"SELECT count(*) FROM audit_log"_s).toInt(), 2);
        QVERIFY(!verify().problem);
        QCOMPARE(audit.append(AuditKind::Submission, u"clerk1"_s, u"HS-9"_s).value(), 3ll);
        QVERIFY(!verify().problem);
    }

    void tamper_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<qint64>("count");

        QTest::newRow("detail edited") << u"UPDATE audit_log SET detail = '{\"n\":33}' WHERE seq = 3"_s
                                       << Kind::Edited << 3ll << 1ll;
        QTest::newRow("time edited") << u"UPDATE audit_log SET at = '2026-11-22T08:02:00.000Z' "
                                        u"WHERE seq = 2"_s << Kind::Edited << 2ll << 1ll;
        QTest::newRow("actor of the last edited")
            << u"UPDATE audit_log SET actor = 'clerk2' WHERE seq = 6"_s << Kind::Edited << 6ll << 1ll;
        QTest::newRow("kind of the first edited")
            << u"UPDATE audit_log SET kind = 'sign_out' WHERE seq = 1"_s << Kind::Edited << 1ll << 1ll;
        QTest::newRow("subject edited")
            << u"UPDATE audit_log SET subject = 'HS-X' WHERE seq = 4"_s << Kind::Edited << 4ll << 1ll;
        QTest::newRow("prev_hash edited")
            << u"UPDATE audit_log SET prev_hash = zeroblob(32) WHERE seq = 4"_s
            << Kind::Edited << 4ll << 1ll;
        QTest::newRow("hash edited")
            << u"UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 5"_s
            << Kind::Edited << 5ll << 1ll;
        QTest::newRow("middle deleted") << u"DELETE FROM audit_log WHERE seq = 3"_s
                                        << Kind::Deleted << 3ll << 1ll;
        QTest::newRow("two deleted") << u"DELETE FROM audit_log WHERE seq IN (3, 4)"_s
                                     << Kind::Deleted << 3ll << 2ll;
        QTest::newRow("first deleted") << u"DELETE FROM audit_log WHERE seq = 1"_s
                                       << Kind::Deleted << 1ll << 1ll;
        QTest::newRow("deleted and renumbered")
            << u"DELETE FROM audit_log WHERE seq = 3; UPDATE audit_log SET seq = -seq WHERE seq > 3; "
               u"UPDATE audit_log SET seq = -seq - 1 WHERE seq < 0"_s
            << Kind::Deleted << 3ll << 1ll;
        QTest::newRow("two deleted and renumbered")
            << u"DELETE FROM audit_log WHERE seq IN (2, 3); UPDATE audit_log SET seq = -seq "
               u"WHERE seq > 3; UPDATE audit_log SET seq = -seq - 2 WHERE seq < 0"_s
            << Kind::Deleted << 2ll << 2ll;
        QTest::newRow("last deleted") << u"DELETE FROM audit_log WHERE seq = 6"_s
                                      << Kind::Truncated << 6ll << 1ll;
        QTest::newRow("last two deleted") << u"DELETE FROM audit_log WHERE seq >= 5"_s
                                          << Kind::Truncated << 5ll << 2ll;
        QTest::newRow("all deleted, head kept") << u"DELETE FROM audit_log"_s
                                                << Kind::Truncated << 1ll << 6ll;
        QTest::newRow("head deleted")
            << u"DELETE FROM desk_meta WHERE key = 'audit_head'"_s << Kind::BadHead << 7ll << 1ll;
        QTest::newRow("last deleted with the head")
            << u"DELETE FROM audit_log WHERE seq = 6; DELETE FROM desk_meta WHERE key = 'audit_head'"_s
            << Kind::BadHead << 6ll << 1ll;
        QTest::newRow("neighbours swapped")
            << u"UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE "
               u"seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = -2"_s
            << Kind::Reordered << 2ll << 1ll;
        QTest::newRow("far entries swapped")
            << u"UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE "
               u"seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = -2"_s
            << Kind::Reordered << 2ll << 1ll;
        QTest::newRow("entry moved to the end")
            << u"UPDATE audit_log SET seq = 9 WHERE seq = 3"_s << Kind::Reordered << 3ll << 1ll;
        QTest::newRow("signature replaced")
            << u"UPDATE audit_log SET signature = (SELECT signature FROM audit_log WHERE seq = 4) "
               u"WHERE seq = 3"_s << Kind::BadSignature << 3ll << 1ll;
        QTest::newRow("first signature replaced")
            << u"UPDATE audit_log SET signature = zeroblob(64) WHERE seq = 1"_s
            << Kind::BadSignature << 1ll << 1ll;
        QTest::newRow("last signature replaced")
            << u"UPDATE audit_log SET signature = (SELECT signature FROM audit_log WHERE seq = 1) "
               u"WHERE seq = 6"_s << Kind::BadSignature << 6ll << 1ll;
        QTest::newRow("head signature replaced")
            << u"UPDATE desk_meta SET value = substr(value, 1, length(value) - 4) || '0000' "
               u"WHERE key = 'audit_head'"_s << Kind::BadHead << 7ll << 1ll;
    }

    void tamper()
    {
        QFETCH(QString, sql);
        QFETCH(Kind, kind);
        QFETCH(qint64, seq);
        QFETCH(qint64, count);
        fill();
        QVERIFY(m_store->db().execScript(sql));
        const AuditReport r = verify();
        QVERIFY2(r.problem, "tampering not detected");
        QCOMPARE(problemText(r), problemText(AuditReport{0, {}, AuditProblem{kind, seq, count,
                                                                              r.problem->other}}));
        QVERIFY(r.problem->describe().startsWith(u"Entry %1: "_s.arg(seq)));
    }

    void swappedEntryNamesWhereTheRightOneIs()
    {
        fill();
        QVERIFY(m_store->db().execScript(
            u"UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE "
            u"seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = -2"_s));
        const AuditReport r = verify();
        QCOMPARE(problemText(r), u"reordered at 2 (count 1, other 5)"_s);
        QCOMPARE(r.problem->describe(), u"Entry 2: reordered. The entry that belongs here is at 5."_s);
    }

    // Re-hashing after an edit does not help without the desk's key.
    void editedAndRehashed_data()
    {
        QTest::addColumn<QByteArray>("signer");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("unsigned") << QByteArray() << 3ll;
        QTest::newRow("signed with another key") << kOtherSeed << 3ll;
        QTest::newRow("last, signed with another key") << kOtherSeed << 6ll;
    }

    void editedAndRehashed()
    {
        QFETCH(QByteArray, signer);
        QFETCH(qint64, seq);
        fill();
        AuditEntry e = entryAt(m_store->db(), seq);
        e.detail = u"{\"n\":99}"_s;
        e.hash = AuditChain::entryHash(e);
        e.signature = signer.isEmpty() ? QByteArray(64, '\0') : key(signer).sign(e.hash);
        QSqlQuery q(m_store->db().sql());
        q.prepare(u"UPDATE audit_log SET detail = ?, hash = ?, signature = ? WHERE seq = ?"_s);
        q.addBindValue(e.detail);
        q.addBindValue(e.hash);
        q.addBindValue(e.signature);
        q.addBindValue(seq);
        QVERIFY(q.exec());
        QCOMPARE(problemText(verify()), u"edited at %1 (count 1, other 0)"_s.arg(seq));
    }

    void forgedEntryAppended_data()
    {
        QTest::addColumn<QByteArray>("signer");
        QTest::newRow("signed with another key") << kOtherSeed;
        QTest::newRow("signature of another entry") << QByteArray();
    }

    void forgedEntryAppended()
    {
        QFETCH(QByteArray, signer);
        fill();
        AuditEntry e = forged(m_store->db(), 7, 6, key(signer.isEmpty() ? kOtherSeed : signer));
        if (signer.isEmpty())
            e.signature = entryAt(m_store->db(), 6).signature;
        QVERIFY(AuditRepository(m_store->db()).insert(e));
        QCOMPARE(problemText(verify()), u"inserted at 7 (count 1, other 0)"_s);
    }

    void forgedEntryInserted()
    {
        fill();
        makeRoom(m_store->db(), 4);
        AuditEntry e = forged(m_store->db(), 4, 3, key(kOtherSeed));
        QVERIFY(AuditRepository(m_store->db()).insert(e));
        QCOMPARE(problemText(verify()), u"inserted at 4 (count 1, other 0)"_s);
    }

    // The attacker also points the next entry at the forged one: it is still not the desk's.
    void forgedEntryInsertedAndLinked()
    {
        fill();
        makeRoom(m_store->db(), 4);
        AuditEntry e = forged(m_store->db(), 4, 3, key(kOtherSeed));
        QVERIFY(AuditRepository(m_store->db()).insert(e));
        QSqlQuery q(m_store->db().sql());
        q.prepare(u"UPDATE audit_log SET prev_hash = ? WHERE seq = 5"_s);
        q.addBindValue(e.hash);
        QVERIFY(q.exec());
        const AuditReport r = verify();
        QVERIFY(r.problem);
        QCOMPARE(r.problem->seq, 4ll);
    }

    // A head put back from an older copy of the store no longer matches the log.
    void olderHeadRestored()
    {
        fill(4);
        const QString oldHead = scalar(m_store->db(), u"SELECT value FROM desk_meta WHERE key = "
                                                      u"'audit_head'"_s).toString();
        fill(2);
        exec(m_store->db(), u"UPDATE desk_meta SET value = '%1' WHERE key = 'audit_head'"_s.arg(oldHead));
        QCOMPARE(problemText(verify()), u"bad-head at 5 (count 1, other 0)"_s);
    }

    // Appending after entries were cut from the end must not hide the cut: the new entry
    // continues from the signed head, leaving the gap for verify to find.
    void appendAfterTruncationKeepsTheGap()
    {
        fill();
        exec(m_store->db(), u"DELETE FROM audit_log WHERE seq >= 5"_s);
        QCOMPARE(log().append(AuditKind::SignIn, u"clerk1"_s, u"clerk1"_s).value(), 7ll);
        QCOMPARE(problemText(verify()), u"deleted at 5 (count 2, other 0)"_s);
    }

    // With a log and its head removed, the store looks new, unless it holds dossiers received
    // since the log began.
    void emptiedLogWithDossiers()
    {
        fill(2);
        exec(m_store->db(), u"DELETE FROM audit_log"_s);
        exec(m_store->db(), u"DELETE FROM desk_meta WHERE key = 'audit_head'"_s);
        QVERIFY(!verify().problem);
        DossierDraft d;
        d.procedureCode = u"1.001193"_s;
        d.applicantName = u"Trần Thị Bình"_s;
        d.applicantCccd = u"001195012345"_s;
        d.applicantPhone = u"0912345678"_s;
        // A dossier written without an audit entry (the log was emptied by hand, or a tool
        // without the desk's key wrote it).
        m_store->db().setAuditKey(nullptr);
        QVERIFY(IntakeService(m_store->db()).queue(withRequiredPapers(m_store->db(), d), {},
                                                   QDateTime::currentDateTime()));
        QCOMPARE(problemText(verify()), u"emptied at 1 (count 1, other 0)"_s);
        exec(m_store->db(), u"DELETE FROM desk_meta WHERE key = 'audit_from_dossier'"_s);
        QCOMPARE(problemText(verify()), u"emptied at 1 (count 1, other 0)"_s);
    }

    void otherKeyFailsAtTheFirstEntry()
    {
        fill();
        const AuditReport r = verify(kOtherSeed);
        QCOMPARE(problemText(r), u"wrong-key at 1 (count 1, other 0)"_s);
        QVERIFY(r.problem->describe().startsWith(u"Entry 1: bad signature. "_s));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
