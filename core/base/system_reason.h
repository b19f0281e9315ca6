// The operating system's reason for a failed call (errno), as a clause of a Phrase: the common
// ones are templates the app translates, in glibc's English words, so the command-line tool's
// sentences stay as strerror() writes them; any other is strerror()'s own text, verbatim.
#pragma once

#include <system_error>

#include "core/base/phrase.h"

namespace flowscope {

Phrase systemReason(int error);
// errno values (the generic category, and the system category on POSIX); other categories
// (Windows error codes) as their message says.
Phrase systemReason(const std::error_code& error);

}  // namespace flowscope
