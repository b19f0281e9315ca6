// A Phrase over the capture helper's pipe: the helper's errors and warnings are core's
// sentences (core/base/phrase.h), so the app words them in its language as it words its own
// capture's. Wire form, nested for the arguments:
//   u8 kind, u8 flags (1: a clause, 2: a count follows), [u64 count],
//   u32 length + bytes (the template of a Template, the value of the others),
//   u8 argument count, the arguments.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/phrase.h"
#include "core/capture/helper_protocol.h"

namespace flowscope::helper {

inline constexpr uint32_t kMaxPhraseBytes = kMaxTextBytes;
inline constexpr int kMaxPhraseDepth = 4;  // a sentence, its clauses and theirs
inline constexpr uint8_t kMaxPhraseArgs = 16;

// Appends `p`. One that would be longer than kMaxPhraseBytes or nested deeper than
// kMaxPhraseDepth goes as its English, verbatim and clipped.
void encodePhrase(std::vector<uint8_t>& out, const Phrase& p);

// Reads one phrase. Its templates are kept for the life of the process (a Phrase points to
// static text); a stream that sends more distinct templates than any Flowscope has is
// refused (false, with `why`).
bool decodePhrase(WireReader& r, Phrase& out, std::string& why);

}  // namespace flowscope::helper
