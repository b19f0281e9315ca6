// UTF-16 (the Windows "W" APIs) <-> UTF-8 (every string Flowscope keeps).
#pragma once

#include <string>
#include <string_view>

namespace flowscope::winproc {

// Invalid UTF-16 (lone surrogates) becomes U+FFFD; never throws.
std::string toUtf8(std::wstring_view text);
// Invalid UTF-8 becomes U+FFFD; never throws.
std::wstring toWide(std::string_view text);

}  // namespace flowscope::winproc
