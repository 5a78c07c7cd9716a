// Plain data of the population register and the account activations (docs/protocol.md,
// "Citizen identity (issue 3)"), exchanged with CitizenRegistry and ActivationStore.
#pragma once

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QString>

// One account method on record for a citizen (a row of citizen_accounts).
struct AccountRecord
{
    QString method;  // vneid, mobile_otp, bhxh, sim_ca, usb_ca, post_office, org_account
    int level = 0;   // 1 or 2 for vneid, 0 (none) for the others
    QString status;  // active, not_activated, locked, retired
    QDate since;
};

struct CitizenRecord
{
    qint64 id = 0;          // row id; 0 before it is stored
    QString number;         // SoDinhDanh, 12 digits
    QString fullName;       // HoVaTen, NFC
    QDate birthDate;
    int sex = 0;            // GioiTinh: 1 male, 2 female
    QString phone;          // SoDienThoai, 10 digits
    QList<AccountRecord> accounts; // vneid first, then by date

    // The vneid account, or nullptr when the citizen has none.
    [[nodiscard]] const AccountRecord *vneid() const
    {
        for (const AccountRecord &a : accounts) {
            if (a.method == u"vneid")
                return &a;
        }
        return nullptr;
    }
};

struct ActivationRecord
{
    enum class State { Pending, Activated, Locked };

    QString id;
    qint64 citizenId = 0;
    QString method;
    QString phone;          // the phone the code goes to
    QByteArray codeHash;    // lower-case hex SHA-256 of "<id>:<code>"
    qint64 sentAtMs = 0;    // when the current code was sent (ms since the epoch, UTC)
    qint64 expiresAtMs = 0; // when the current code stops working
    int wrongAttempts = 0;
    int maxAttempts = 0;
    State state = State::Pending;
};

namespace AccountStatus {
inline constexpr QLatin1StringView Active{"active"};
inline constexpr QLatin1StringView NotActivated{"not_activated"};
inline constexpr QLatin1StringView Locked{"locked"};
inline constexpr QLatin1StringView Retired{"retired"};
inline constexpr QLatin1StringView None{"none"}; // no vneid row at all (test listing only)
} // namespace AccountStatus

inline constexpr QLatin1StringView kVneid{"vneid"};

// MaDoiTuong of a citizen's VNeID account: "CD" and the citizen's row id on ten digits, stable
// for as long as the register is (the same population gives the same ids).
[[nodiscard]] inline QString accountIdOf(qint64 citizenId)
{
    return QStringLiteral("CD%1").arg(citizenId, 10, 10, QLatin1Char('0'));
}

// A citizen's confirmation of one dossier summary, pending until the citizen's code is verified.
struct ConfirmationRecord
{
    enum class State { Pending, Confirmed, Locked };

    QString id;
    qint64 citizenId = 0;
    QString phone;          // the phone the code goes to
    QString summaryHash;    // MaTomTat: lower-case hex SHA-256 of what the citizen sees
    QString summaryText;    // TomTat: quoted in the SMS
    QByteArray codeHash;    // lower-case hex SHA-256 of "<id>:<code>"
    qint64 sentAtMs = 0;
    qint64 expiresAtMs = 0;
    int wrongAttempts = 0;
    int maxAttempts = 0;
    State state = State::Pending;
};

// A citizen token bound to one summary (confirmation_tokens): proof for one dossier.
struct ProofToken
{
    QByteArray tokenHash;  // lower-case hex SHA-256 of the token; the token itself is not kept
    qint64 citizenId = 0;
    QString citizenNumber; // SoDinhDanh, read with the token
    QString accountId;     // MaDoiTuong
    int level = 0;
    QString summaryHash;
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
    QString usedBy;        // MaHoSo of the dossier it proved; empty while unused
};

// An online dossier pushed while the desk was offline (ChoCongDanXacNhan), waiting for the
// citizen to confirm it from their own phone with the code sent to them.
struct DeferredRecord
{
    enum class State { Awaiting, Confirmed, Locked };

    QString maHoSo;
    QString id;             // salts the code's digest
    qint64 citizenId = 0;
    QString phone;
    QByteArray codeHash;    // lower-case hex SHA-256 of "<id>:<code>"
    qint64 sentAtMs = 0;
    qint64 expiresAtMs = 0;
    int wrongAttempts = 0;
    int maxAttempts = 0;
    State state = State::Awaiting;
};
