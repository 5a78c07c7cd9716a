#include "Dossier.h"

namespace motcua {

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return QStringLiteral("queued");
    case OutboxState::Sending: return QStringLiteral("sending");
    case OutboxState::Sent: return QStringLiteral("sent");
    case OutboxState::RetryLater: return QStringLiteral("retry");
    case OutboxState::NeedsAction: return QStringLiteral("action");
    }
    return QStringLiteral("queued");
}

OutboxState outboxStateFromKey(const QString &key)
{
    for (auto s : {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent,
                   OutboxState::RetryLater, OutboxState::NeedsAction}) {
        if (outboxStateKey(s) == key)
            return s;
    }
    return OutboxState::Queued;
}

} // namespace motcua
