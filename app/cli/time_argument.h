// The TIME of `report --since/--until`: RFC 3339 ("2026-12-01T08:00:00Z", "...+01:00"), a local
// date or time ("2026-12-01", "2026-12-01T08:00"), "now", or a length before now ("90m", "24h",
// "7d", "2w", "30s").
#pragma once

#include <cstdint>
#include <string>

#include "core/base/result.h"

namespace flowscope::cli {

// Which end of a range a TIME gives. A bare date starts at its local midnight as --since and
// ends at the next one as --until, so "--since 2026-12-01 --until 2026-12-01" is that day.
enum class TimeBound { Since, Until };

// Unix seconds; `now` is what relative times count back from. Errors are InvalidArgument with
// one sentence naming `option` and the accepted forms.
Result<int64_t> parseTimeArgument(const std::string& text, int64_t now, TimeBound bound,
                                  const std::string& option);

// "2026-12-01T08:00:00Z".
std::string formatUtcSeconds(int64_t unixSeconds);

}  // namespace flowscope::cli
