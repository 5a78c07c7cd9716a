// The real OS keychain (Secret Service, gnome-keyring under dbus-run-session in CI): round trips
// of binary secrets, a missing entry, and the store's keys created once, found again, and missed
// when lost.
#include "Await.h"
#include "security/DeskKeyring.h"
#include "security/KeychainStore.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

QString uniqueName(const QString &what)
{
    return u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'/' + what;
}

Result<QByteArray> readSecret(SecretStore &s, const QString &name)
{
    return await<Result<QByteArray>>([&](auto done) { s.read(name, done); });
}

Result<void> writeSecret(SecretStore &s, const QString &name, const QByteArray &value)
{
    return await<Result<void>>([&](auto done) { s.write(name, value, done); });
}

Result<void> removeSecret(SecretStore &s, const QString &name)
{
    return await<Result<void>>([&](auto done) { s.remove(name, done); });
}

Result<DeskKeys> loadKeys(DeskKeyring &k, bool mayCreate)
{
    return await<Result<DeskKeys>>([&](auto done) { k.load(mayCreate, done); });
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void binarySecretsRoundTrip()
    {
        KeychainStore keychain;
        const QString name = uniqueName(u"data-key"_s);
        QByteArray value(32, Qt::Uninitialized);
        for (int i = 0; i < value.size(); ++i)
            value[i] = char(i * 37); // zero bytes and high bytes included
        auto written = writeSecret(keychain, name, value);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().detail));
        auto read = readSecret(keychain, name);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().detail));
        QCOMPARE(*read, value);

        // A second program (here: a second store object) finds it too.
        KeychainStore again;
        QCOMPARE(*readSecret(again, name), value);

        QVERIFY(removeSecret(keychain, name));
        QCOMPARE(readSecret(keychain, name).error().code, u"secret.missing"_s);
        QVERIFY(removeSecret(keychain, name)); // removing what is gone succeeds
    }

    void storeKeysAreCreatedOnceAndFoundAgain()
    {
        KeychainStore keychain;
        const QString storeId = QUuid::createUuid().toString(QUuid::Id128);
        DeskKeyring ring(keychain, storeId);
        // A store that sealed data before never gets new keys silently.
        QCOMPARE(loadKeys(ring, false).error().code, u"secret.lost"_s);

        auto created = loadKeys(ring, true);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
        QCOMPARE(created->dataKey.size(), DeskKeyring::kKeyBytes);
        QCOMPARE(created->auditSeed.size(), DeskKeyring::kKeyBytes);
        QVERIFY(created->dataKey != created->auditSeed);

        auto found = loadKeys(ring, false);
        QVERIFY(found);
        QCOMPARE(found->dataKey, created->dataKey);
        QCOMPARE(found->auditSeed, created->auditSeed);
        // mayCreate never replaces keys that exist.
        QCOMPARE(loadKeys(ring, true)->dataKey, created->dataKey);

        // Another store on the same computer has keys of its own.
        DeskKeyring other(keychain, QUuid::createUuid().toString(QUuid::Id128));
        QVERIFY(loadKeys(other, true)->dataKey != created->dataKey);

        // Lost (keyring reset): the message says what to do, nothing is invented.
        QVERIFY(removeSecret(keychain, ring.entry(u"data-key"_s)));
        const auto lost = loadKeys(ring, false);
        QCOMPARE(lost.error().code, u"secret.lost"_s);
        QVERIFY(lost.error().message.contains(u"recovery code"_s));
        QVERIFY(removeSecret(keychain, ring.entry(u"audit-key"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
