#include "Labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace motcua::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

QString outboxStateLabel(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return Tr::tr("Queued");
    case OutboxState::Sending: return Tr::tr("Sending…");
    case OutboxState::Sent: return Tr::tr("Sent");
    case OutboxState::RetryLater: return Tr::tr("Failed, will retry");
    case OutboxState::NeedsAction: return Tr::tr("Failed, needs action");
    }
    return {};
}

QString queueStateLabel(const QueuedDossier &d)
{
    if (d.state == OutboxState::Sent && d.channel == Channel::Online
        && d.confirmation == Confirmation::Awaiting)
        return Tr::tr("Sent, awaiting the citizen's confirmation");
    if (d.state == OutboxState::RetryLater && d.nextAttemptAt.isValid()) {
        const QDateTime local = d.nextAttemptAt.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                                 ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                 : QLocale().toString(local, QLocale::ShortFormat);
        return Tr::tr("Failed, will retry at %1").arg(when);
    }
    return outboxStateLabel(d.state);
}

QString channelLabel(Channel channel, Confirmation confirmation)
{
    switch (channel) {
    case Channel::Direct: return Tr::tr("Direct intake (recorded by the clerk)");
    case Channel::Postal: return Tr::tr("By post");
    case Channel::Online:
        switch (confirmation) {
        case Confirmation::Confirmed: return Tr::tr("Online — confirmed by the citizen");
        case Confirmation::Awaiting: return Tr::tr("Online — awaiting the citizen's confirmation");
        case Confirmation::None: return Tr::tr("Online — no confirmation by the citizen recorded");
        }
    }
    return {};
}

} // namespace motcua::ui
