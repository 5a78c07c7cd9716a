#pragma once

#include "core/Dossier.h"

#include <QString>

namespace motcua::ui {

// Words the clerk sees for states and channels, in one place.
QString outboxStateLabel(OutboxState state);

} // namespace motcua::ui
