// What the simulator "sent by SMS": the one-time codes, kept in clear only in memory and only
// when the test endpoints are on (GET /test/sent-codes), newest first, bounded.
#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

class SmsOutbox
{
public:
    static constexpr qsizetype kKept = 500;

    explicit SmsOutbox(bool keepForTests);

    void send(const QString &activationId, const QString &phone, const QString &code);
    // {"codes": [{"activation_id", "phone", "code", "sent_at"}, …]}, newest first.
    [[nodiscard]] QJsonObject json() const;

private:
    struct Message
    {
        QString activationId;
        QString phone;
        QString code;
        QDateTime sentAt;
    };

    bool m_keep;
    QList<Message> m_messages; // newest first
};
