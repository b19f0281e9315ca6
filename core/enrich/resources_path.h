// Finds Flowscope's data files (geolocation databases, the service table) at run time.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace flowscope {

// The directories searched, in order: $FLOWSCOPE_RESOURCES (if set), <executable dir>/../share/
// flowscope (an installed copy), and the source tree's resources/ (a build that was not
// installed; compiled in as FLOWSCOPE_SOURCE_RESOURCES).
std::vector<std::filesystem::path> resourceDirectories();

// The first existing regular file `name` in resourceDirectories(); NotFound with one sentence
// naming the file and the places searched otherwise.
Result<std::filesystem::path> findResource(std::string_view name);

}  // namespace flowscope
