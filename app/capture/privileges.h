// What flowscope-capture does about its own privileges and its parent.
#pragma once

#include "core/base/phrase.h"

namespace flowscope::capture_helper {

// Makes the kernel send SIGTERM when the parent ends (Linux), so the helper never outlives it.
void endWithParent();

// Drops every capability this process holds (effective, permitted, inheritable, ambient) and
// sets no_new_privs, so nothing after opening the adapter runs privileged. Returns an empty
// phrase, or one sentence saying what could not be dropped.
Phrase dropAllCapabilities();

}  // namespace flowscope::capture_helper
