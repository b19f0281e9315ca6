// The language of the desktop app (see ui/settings/settings.h for the Setting<T> template).
#pragma once

#include <QString>

#include "ui/settings/settings.h"

namespace flowscope::ui::settings {

// A translation's code ("de", "pt_BR", …) or empty for the system's language.
inline const Setting<QString> language{"ui/language", {}};

}  // namespace flowscope::ui::settings
