#pragma once

#include "core/Dossier.h"

#include <QString>

namespace motcua::ui {

// Words the clerk sees for states and channels, in one place.
QString outboxStateLabel(OutboxState state);
// How the dossier came in and whether the citizen confirmed it themselves ("không làm thay").
QString channelLabel(Channel channel, Confirmation confirmation);

} // namespace motcua::ui
