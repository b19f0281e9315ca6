// The settings of the tray and the window's background life (see ui/tray/), declared with the
// same typed Setting<T> as ui/settings/settings.h.
#pragma once

#include <QString>

#include "ui/settings/settings.h"

namespace flowscope::ui::settings {

// What closing the main window does: "ask" (the first time; the answer is stored here),
// "tray" (hide it, keep monitoring from the tray) or "quit". Read through closeActionFrom()
// in ui/tray/close_policy.h, which maps an unknown value to "ask".
inline const Setting<QString> closeAction{"window/closeAction", QStringLiteral("ask")};

}  // namespace flowscope::ui::settings
