// The sentence the app shows for where socket owners come from (Settings, About), translated:
// from the process resolver's status code, not its English note.
#pragma once

#include <QString>

#include "core/process/process_resolver.h"

namespace flowscope::ui {

QString processSourceText(const ProcessResolverStats& stats);

}  // namespace flowscope::ui
