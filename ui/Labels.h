#pragma once

#include "core/Dossier.h"

#include <QString>

namespace motcua::ui {

// Words the clerk sees for states and channels, in one place.
QString outboxStateLabel(OutboxState state);
// The state as the queue shows it: a sent online dossier still awaiting the citizen's own
// confirmation says so, and a failed one that will be retried says when (desk's local time).
QString queueStateLabel(const QueuedDossier &d);
// How the dossier came in and whether the citizen confirmed it themselves ("không làm thay").
QString channelLabel(Channel channel, Confirmation confirmation);

} // namespace motcua::ui
