#include "Vault.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

constexpr size_t kKey = 32;
constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "motcuav1";
enum SubKey : uint64_t { SealKey = 1, LookupKey = 2, CheckKey = 3 };

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

Error damaged(const QString &detail)
{
    return Error{u"vault.damaged"_s,
                 Vault::tr("A protected record cannot be opened: it was changed outside motcua or "
                           "belongs to another store. Nothing was changed; call the IT officer."),
                 detail};
}

} // namespace

Vault::Vault(const QByteArray &dataKey)
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot start");
    Q_ASSERT(dataKey.size() == DeskKeyring::kKeyBytes);
    m_keys = static_cast<unsigned char *>(sodium_malloc(3 * kKey));
    if (!m_keys)
        qFatal("no memory for the vault's keys");
    for (uint64_t id : {SealKey, LookupKey, CheckKey})
        crypto_kdf_derive_from_key(m_keys + (id - 1) * kKey, kKey, id, kContext, bytes(dataKey));
}

Vault::~Vault()
{
    sodium_free(m_keys); // zeroes the keys first
}

QByteArray Vault::sealBytes(QByteArrayView plain, QByteArrayView context) const
{
    QByteArray out(qsizetype(kNonce + size_t(plain.size()) + kTag), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written, bytes(plain),
                                               size_t(plain.size()), bytes(context),
                                               size_t(context.size()), nullptr, nonce,
                                               m_keys + (SealKey - 1) * kKey);
    return out;
}

Result<QByteArray> Vault::openBytes(QByteArrayView sealed, QByteArrayView context) const
{
    if (size_t(sealed.size()) < kNonce + kTag)
        return std::unexpected(damaged(u"sealed value too short"_s));
    QByteArray out(qsizetype(size_t(sealed.size()) - kNonce - kTag), Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(out.data()), &written, nullptr,
            bytes(sealed) + kNonce, size_t(sealed.size()) - kNonce, bytes(context),
            size_t(context.size()), bytes(sealed), m_keys + (SealKey - 1) * kKey)
        != 0)
        return std::unexpected(damaged(u"authentication failed (%1)"_s.arg(
            QString::fromLatin1(context))));
    return out;
}

QString Vault::seal(const QByteArray &plain, QByteArrayView context) const
{
    return u"s1:"_s + QString::fromLatin1(sealBytes(plain, context).toBase64());
}

Result<QByteArray> Vault::open(const QString &sealed, QByteArrayView context) const
{
    if (!isSealed(sealed))
        return std::unexpected(damaged(u"not a sealed value"_s));
    const auto decoded = QByteArray::fromBase64Encoding(
        QStringView(sealed).mid(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::unexpected(damaged(u"sealed value is not base64"_s));
    return openBytes(*decoded, context);
}

QString Vault::lookupKey(const QString &idNumber) const
{
    const QByteArray digits = idNumber.trimmed().toLatin1();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, bytes(digits), size_t(digits.size()),
                       m_keys + (LookupKey - 1) * kKey, kKey);
    return QString::fromLatin1(QByteArray(reinterpret_cast<char *>(out), sizeof out).toHex());
}

QString Vault::keyCheck() const
{
    static constexpr char label[] = "motcua key check";
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(label),
                       sizeof label - 1, m_keys + (CheckKey - 1) * kKey, kKey);
    return QString::fromLatin1(QByteArray(reinterpret_cast<char *>(out), sizeof out).toHex());
}

QString Vault::recoveryCode(const DeskKeys &keys)
{
    const QByteArray all = QByteArray(keys.dataKey + keys.auditSeed);
    unsigned char sum[2];
    crypto_generichash(sum, sizeof sum, bytes(all), size_t(all.size()), nullptr, 0);
    const QByteArray withSum = all + QByteArray(reinterpret_cast<char *>(sum), sizeof sum);
    const QString hex = QString::fromLatin1(withSum.toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups.append(hex.mid(i, 8));
    return groups.join(u'-');
}

Result<DeskKeys> Vault::parseRecoveryCode(const QString &code)
{
    QString hex;
    for (QChar c : code)
        if (c.isLetterOrNumber())
            hex.append(c);
    const QByteArray all = QByteArray::fromHex(hex.toLatin1());
    const qsizetype keys = 2 * DeskKeyring::kKeyBytes;
    unsigned char sum[2];
    if (hex.size() == 2 * (keys + 2) && all.size() == keys + 2) {
        crypto_generichash(sum, sizeof sum, bytes(all), size_t(keys), nullptr, 0);
        if (sodium_memcmp(sum, bytes(all) + keys, sizeof sum) == 0)
            return DeskKeys{all.left(DeskKeyring::kKeyBytes),
                            all.mid(DeskKeyring::kKeyBytes, DeskKeyring::kKeyBytes)};
    }
    return fail(u"vault.recovery_code"_s,
                tr("This is not the desk's recovery code, or it was typed with a mistake: it has "
                   "17 groups of hexadecimal digits (0-9, A-F). Check each group and try again."),
                u"recovery code rejected"_s);
}

} // namespace motcua
