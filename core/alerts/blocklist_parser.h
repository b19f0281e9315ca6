// Reading plain-text IP/CIDR blocklists in the format FireHOL publishes (.netset/.ipset).
//
// One entry a line: an IPv4 address (a.b.c.d), an IPv6 address in any RFC 4291 textual form
// (including "::" and embedded IPv4 such as ::ffff:1.2.3.4), either optionally followed by
// "/n". Everything after '#' or ';' is a comment (FireHOL uses '#', Spamhaus' DROP lists
// "; SBL..."), blank lines are skipped, spaces, tabs and a CR before the LF are ignored.
//
// Host bits beyond the prefix ("10.0.0.1/8") are masked off (the entry becomes 10.0.0.0/8,
// the range the author most likely meant, as iptables and ipset do) and counted as a warning.
// A line that is not an entry is reported with its line number and the rest still loads.
// Lines longer than kMaxLineLength are rejected without being held in memory, so a file
// of any size is read in bounded memory (apart from the entries themselves).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/ip_address.h"
#include "core/base/result.h"

namespace flowscope {

struct BlocklistEntry {
    IpAddress network;  // host bits already cleared
    uint8_t prefixLength = 0;
    uint32_t line = 0;  // 1-based line in the list
};

struct BlocklistProblem {
    uint32_t line = 0;
    bool warning = false;  // true: the entry was loaded after a correction (host bits)
    std::string message;   // one sentence
    Phrase phrase;         // the same, for the desktop app to word
};

struct ParsedBlocklist {
    std::vector<BlocklistEntry> entries;
    // The first kMaxReportedProblems problems in line order; the counts below are complete.
    std::vector<BlocklistProblem> problems;
    size_t malformedLines = 0;
    size_t hostBitsMasked = 0;
    uint32_t lines = 0;

    size_t problemCount() const { return malformedLines + hostBitsMasked; }
    // The reported problems, one per line, plus "... and N more." when some were left out.
    std::string problemSummary() const;
};

// Feeds a list in chunks of any size (a file read piece by piece, or one string).
class BlocklistParser {
public:
    static constexpr size_t kMaxLineLength = 512;
    static constexpr size_t kMaxReportedProblems = 10;

    void feed(std::string_view chunk);
    // Handles a last line without a newline; the parser is empty afterwards.
    ParsedBlocklist finish();

private:
    void endLine();
    void parseLine(std::string_view line);
    void report(bool warning, Phrase sentence);

    ParsedBlocklist m_result;
    std::string m_line;
    size_t m_lineLength = 0;  // may exceed m_line.size() for an over-long line
};

ParsedBlocklist parseBlocklist(std::string_view text);

// Parses one entry ("1.2.3.0/24", no comment, no surrounding space). Returns the one-sentence
// reason if it is not an entry; sets *hostBitsMasked when host bits were cleared.
Result<BlocklistEntry> parseBlocklistEntry(std::string_view text, bool* hostBitsMasked);

// Reads a list file. Errors (one sentence each): the file is missing, unreadable, a folder or
// not a regular file (a pipe would block),
// contains binary data (a NUL byte), or holds no entry at all (empty, only comments, or no
// line is an address). Malformed lines in an otherwise usable list are problems, not errors.
Result<ParsedBlocklist> loadBlocklistFile(const std::string& path);

}  // namespace flowscope
