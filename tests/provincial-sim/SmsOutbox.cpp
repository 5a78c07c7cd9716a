#include "SmsOutbox.h"

#include "VnTime.h"

#include <QtCore/QJsonArray>

SmsOutbox::SmsOutbox(bool keepForTests)
    : m_keep(keepForTests)
{
}

void SmsOutbox::send(const QString &activationId, const QString &phone, const QString &code)
{
    // No real SMS: without the test endpoints the clear code is simply dropped.
    if (!m_keep)
        return;
    m_messages.prepend(Message{activationId, phone, code, QDateTime::currentDateTimeUtc()});
    if (m_messages.size() > kKept)
        m_messages.resize(kKept);
}

QJsonObject SmsOutbox::json() const
{
    QJsonArray codes;
    for (const Message &m : m_messages) {
        codes.append(QJsonObject{{QStringLiteral("activation_id"), m.activationId},
                                 {QStringLiteral("phone"), m.phone},
                                 {QStringLiteral("code"), m.code},
                                 {QStringLiteral("sent_at"), VnTime::stamp(m.sentAt)}});
    }
    return QJsonObject{{QStringLiteral("codes"), codes}};
}

