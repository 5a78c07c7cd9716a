// What the simulator "sent by SMS": the one-time codes, kept in clear only in memory and only
// when the test endpoints are on (GET /test/sent-codes), newest first, bounded.
#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

// One message: which flow it belongs to and the name and value of that flow's identifier.
struct Sms
{
    QLatin1StringView purpose; // SmsPurpose
    QLatin1StringView idField; // activation_id, confirmation_id, MaHoSo
    QString id;
    QString phone;
    QString code;
    QString text; // what the citizen reads, code included
};

namespace SmsPurpose {
inline constexpr QLatin1StringView Activation{"activation"};
inline constexpr QLatin1StringView Confirmation{"confirmation"};
inline constexpr QLatin1StringView DossierConfirmation{"dossier_confirmation"};
} // namespace SmsPurpose

class SmsOutbox
{
public:
    static constexpr qsizetype kKept = 500;

    explicit SmsOutbox(bool keepForTests);

    void send(const Sms &sms);
    // {"codes": [{"purpose", "<idField>", "phone", "code", "text", "sent_at"}, …]}, newest first.
    [[nodiscard]] QJsonObject json() const;

private:
    struct Message
    {
        Sms sms;
        QDateTime sentAt;
    };

    bool m_keep;
    QList<Message> m_messages; // newest first
};
