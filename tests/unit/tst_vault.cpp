// Issue 7, personal data at rest: the Vault's sealing and look-up keys, the sealing of rows an
// earlier version kept in clear, a wrong key refused, and the retention purge.
#include "SyncFixture.h"
#include "TempStore.h"
#include "security/StoreUnlock.h"
#include "security/Vault.h"
#include "store/AttachmentRepository.h"
#include "store/DossierRepository.h"
#include "store/IdentityRepository.h"
#include "store/OutboxRepository.h"
#include "store/Retention.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

QByteArray key(char fill)
{
    return QByteArray(DeskKeyring::kKeyBytes, fill);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private slots:
    void sealsAndOpens()
    {
        const Vault vault(key('a'));
        const QByteArray plain = u"Võ Thị Lan 048185000321"_s.toUtf8();
        const QString sealed = vault.seal(plain, "dossier.personal");
        QVERIFY(Vault::isSealed(sealed));
        QVERIFY(!sealed.contains(u"048185000321"_s));
        QCOMPARE(*vault.open(sealed, "dossier.personal"), plain);
        // Two seals of the same text differ (random nonce): equal values cannot be spotted.
        QVERIFY(vault.seal(plain, "dossier.personal") != sealed);

        // Another column, another key, a changed byte, garbage: refused, never garbage out.
        QCOMPARE(vault.open(sealed, "outbox.payload").error().code, u"vault.damaged"_s);
        QCOMPARE(Vault(key('b')).open(sealed, "dossier.personal").error().code,
                 u"vault.damaged"_s);
        QByteArray raw = QByteArray::fromBase64(sealed.mid(3).toLatin1());
        raw[30] = char(raw[30] ^ 1);
        QVERIFY(!vault.open(u"s1:"_s + QString::fromLatin1(raw.toBase64()), "dossier.personal"));
        QVERIFY(!vault.open(u"s1:***"_s, "dossier.personal"));
        QVERIFY(!vault.open(u"s1:"_s, "dossier.personal"));
        QVERIFY(!vault.open(u"plain text"_s, "dossier.personal"));
    }

    void lookupKeysAreStablePerStoreOnly()
    {
        const Vault a(key('a')), b(key('b'));
        QCOMPARE(a.lookupKey(u"048185000321"_s), a.lookupKey(u" 048185000321 "_s));
        QCOMPARE(a.lookupKey(u"048185000321"_s).size(), 64);
        QVERIFY(a.lookupKey(u"048185000321"_s) != a.lookupKey(u"048185000322"_s));
        QVERIFY(a.lookupKey(u"048185000321"_s) != b.lookupKey(u"048185000321"_s));
        QVERIFY(a.keyCheck() != b.keyCheck());
        QCOMPARE(a.keyCheck(), Vault(key('a')).keyCheck());
    }

    void recoveryCodeRoundTripsAndCatchesTypos()
    {
        const DeskKeys keys{key('k') + QByteArray(), QByteArray(DeskKeyring::kKeyBytes, '\x07')};
        const QString code = Vault::recoveryCode(keys);
        QCOMPARE(code.count(u'-'), 16);
        auto back = Vault::parseRecoveryCode(code.toLower());
        QVERIFY(back);
        QCOMPARE(back->dataKey, keys.dataKey);
        QCOMPARE(back->auditSeed, keys.auditSeed);
        QString typo = code;
        typo[5] = typo[5] == u'0' ? u'1' : u'0';
        QCOMPARE(Vault::parseRecoveryCode(typo).error().code, u"vault.recovery_code"_s);
        QVERIFY(!Vault::parseRecoveryCode(code.left(40)));
    }

    void rowsKeptInClearBeforeAreSealedAtTheFirstUnlock()
    {
        TempStore store;
        Database &db = store.db();
        // What a store of the previous version holds: the personal fields in clear.
        exec(db, u"DELETE FROM desk_meta WHERE key = 'key_check'"_s);
        exec(db, u"INSERT INTO dossier(code, procedure_code, procedure_name, field_code, "
                 "field_name, channel, applicant_name, applicant_cccd, applicant_phone, "
                 "unit_code, desk_code, clerk, received_at) VALUES ('XA0001-260101-01-0001', "
                 "'1.001193', 'Khai sinh', 'HT', 'Hộ tịch', 1, 'Võ Thị Lan', '048185000321', "
                 "'0905123456', 'XA0001', '01', 'canbo01', '2026-01-01T08:00:00')"_s);
        exec(db, u"INSERT INTO outbox(dossier_id, idempotency_key, payload, created_at) SELECT "
                 "id, 'k1', '{\"ChuHoSo\":\"Võ Thị Lan\",\"SoGiayToChuHoSo\":\"048185000321\"}', "
                 "'2026-01-01T01:00:00Z' FROM dossier"_s);
        exec(db, u"INSERT INTO identity_lookup(at, clerk, purpose, cccd, source, found) VALUES "
                 "('2026-01-01T01:00:00Z', 'canbo01', 'intake', '048185000321', 'online', 1)"_s);
        exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QVERIFY(fileBytes(store.path()).contains("048185000321")); // the check below can fail

        auto unlocked = StoreUnlock::attach(db, store.vault());
        QVERIFY2(unlocked, qPrintable(unlocked ? QString() : unlocked.error().detail));
        QCOMPARE(scalar(db, u"SELECT applicant_name || applicant_phone FROM dossier"_s)
                     .toString(), QString());
        QCOMPARE(scalar(db, u"SELECT applicant_cccd FROM dossier"_s).toString(),
                 store.vault()->lookupKey(u"048185000321"_s));
        auto row = DossierRepository(db).find(scalar(db, u"SELECT id FROM dossier"_s).toLongLong());
        QVERIFY(row && *row);
        QCOMPARE((*row)->applicantName, u"Võ Thị Lan"_s);
        QCOMPARE((*row)->applicantCccd, u"048185000321"_s);
        QCOMPARE((*row)->applicantPhone, u"0905123456"_s);
        const QString payload = scalar(db, u"SELECT payload FROM outbox"_s).toString();
        QCOMPARE(QJsonDocument::fromJson(*store.vault()->open(payload, "outbox.payload"))
                     .object().value(u"ChuHoSo"_s).toString(), u"Võ Thị Lan"_s);
        QCOMPARE(scalar(db, u"SELECT cccd FROM identity_lookup"_s).toString(),
                 store.vault()->lookupKey(u"048185000321"_s));
        // Not in the file any more, nor in its write-ahead log (secure_delete, checkpoint).
        QVERIFY(!fileBytes(store.path()).contains("048185000321"));
        QVERIFY(!fileBytes(store.path()).contains(u"Võ Thị Lan"_s.toUtf8()));
        QVERIFY(!fileBytes(store.path() + u"-wal"_s).contains("048185000321"));

        // Sealing again changes nothing.
        QVERIFY(StoreUnlock::attach(db, store.vault()));
        QCOMPARE(scalar(db, u"SELECT payload FROM outbox"_s).toString(), payload);
    }

    void aKeyThatIsNotTheStoresIsRefused()
    {
        TempStore store;
        SyncFixture::queueDossiers(store.db(), store.dir() + u"/attachments"_s, 1, 0, 0, 1);
        const QString before = scalar(store.db(), u"SELECT personal FROM dossier"_s).toString();
        auto other = std::make_shared<const Vault>(key('z'));
        auto db = motcua::Database::open(store.path());
        QVERIFY(db);
        const auto refused = StoreUnlock::attach(**db, other);
        QCOMPARE(refused.error().code, u"secret.mismatch"_s);
        QVERIFY(!(*db)->vault());
        QCOMPARE(scalar(store.db(), u"SELECT personal FROM dossier"_s).toString(), before);
        // And without any key nothing personal is read or written.
        QCOMPARE(OutboxRepository(**db).list().error().code, u"vault.locked"_s);
    }

    void personalDataGoesAfterTheRetentionPeriod()
    {
        TempStore store;
        Database &db = store.db();
        const QString scans = store.dir() + u"/attachments"_s;
        SyncFixture::queueDossiers(db, scans, 3, 1, 4096, 1); // every one with a scan
        // 1 acknowledged 100 days ago, 2 acknowledged 10 days ago, 3 not sent yet.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        exec(db, u"UPDATE outbox SET state = 'sent', sent_at = '%1' WHERE dossier_id = 1"_s
                     .arg(now.addDays(-100).toString(Qt::ISODate)));
        exec(db, u"UPDATE outbox SET state = 'sent', sent_at = '%1' WHERE dossier_id = 2"_s
                     .arg(now.addDays(-10).toString(Qt::ISODate)));
        QVERIFY(IdentityRepository(db).remember(u"048185000321"_s, QJsonObject{{u"found"_s, true}},
                                                now.addDays(-100)));
        QVERIFY(IdentityRepository(db).remember(u"001190000002"_s, QJsonObject{{u"found"_s, true}},
                                                now.addDays(-1)));
        const qsizetype referencedBefore = AttachmentRepository(db).referenced()->size();

        QCOMPARE(*purgeAcknowledged(db, 0, now), 0); // 0 keeps everything
        QCOMPARE(*purgeAcknowledged(db, 90, now), 1);
        QCOMPARE(*purgeAcknowledged(db, 90, now), 0); // nothing twice

        auto purged = DossierRepository(db).find(1);
        QVERIFY(purged && *purged);
        QVERIFY((*purged)->purged);
        QVERIFY((*purged)->applicantName.isEmpty());
        QVERIFY((*purged)->applicantCccd.isEmpty());
        QVERIFY(!(*purged)->code.isEmpty()); // what reports and the queue need stays
        QCOMPARE(scalar(db, u"SELECT payload FROM outbox WHERE dossier_id = 1"_s).toString(),
                 u"{}"_s);
        auto kept = DossierRepository(db).find(2);
        QVERIFY(kept && *kept && !(*kept)->purged);
        QCOMPARE((*kept)->applicantName, u"Phạm Thị Hoa 2"_s);
        QVERIFY(DossierRepository(db).find(3).value()->applicantName.size() > 0);
        // The purged dossier's scan is no longer referenced: the next sweep removes its file.
        QCOMPARE(AttachmentRepository(db).referenced()->size(), referencedBefore - 1);
        // Old look-up answers go, recent ones stay.
        QVERIFY(!IdentityRepository(db).cached(u"048185000321"_s).value().has_value());
        QVERIFY(IdentityRepository(db).cached(u"001190000002"_s).value().has_value());
        // Reports still count it.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM report_dossier"_s).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
