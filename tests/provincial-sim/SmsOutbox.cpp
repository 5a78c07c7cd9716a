#include "SmsOutbox.h"

#include "VnTime.h"

#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

SmsOutbox::SmsOutbox(bool keepForTests)
    : m_keep(keepForTests)
{
}

void SmsOutbox::send(const Sms &sms)
{
    // No real SMS: without the test endpoints the clear code is simply dropped.
    if (!m_keep)
        return;
    m_messages.prepend(Message{sms, QDateTime::currentDateTimeUtc()});
    if (m_messages.size() > kKept)
        m_messages.resize(kKept);
}

QJsonObject SmsOutbox::json() const
{
    QJsonArray codes;
    for (const Message &m : m_messages) {
        codes.append(QJsonObject{{u"purpose"_s, QString(m.sms.purpose)},
                                 {QString(m.sms.idField), m.sms.id},
                                 {u"phone"_s, m.sms.phone},
                                 {u"code"_s, m.sms.code},
                                 {u"text"_s, m.sms.text},
                                 {u"sent_at"_s, VnTime::stamp(m.sentAt)}});
    }
    return QJsonObject{{u"codes"_s, codes}};
}
