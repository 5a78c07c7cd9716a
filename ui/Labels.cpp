#include "Labels.h"

#include <QCoreApplication>

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

} // namespace motcua::ui
