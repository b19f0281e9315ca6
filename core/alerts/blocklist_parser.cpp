#include "core/alerts/blocklist_parser.h"
#include "core/base/system_reason.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <system_error>

namespace flowscope {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && isSpace(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

// The entry as quoted in a message: at most 60 characters, control bytes as '?'.
std::string quoted(std::string_view s) {
    constexpr size_t kMax = 60;
    std::string out = "\"";
    for (size_t i = 0; i < s.size() && i < kMax; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        out += (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c);
    }
    out += s.size() > kMax ? "...\"" : "\"";
    return out;
}

// A clause (it starts in lower case): the parser puts it into "Line N: …, so the line is
// skipped".
Error entryError(const char* text, std::vector<Phrase> args) {
    return makeError(ErrorCode::InvalidArgument, phrase(text, std::move(args)));
}

}  // namespace

std::string ParsedBlocklist::problemSummary() const {
    std::string out;
    for (const auto& p : problems) {
        out += p.message;
        out += '\n';
    }
    if (problemCount() > problems.size()) {
        out += "... and " + std::to_string(problemCount() - problems.size()) + " more.\n";
    }
    return out;
}

Result<BlocklistEntry> parseBlocklistEntry(std::string_view text, bool* hostBitsMasked) {
    if (hostBitsMasked) {
        *hostBitsMasked = false;
    }
    for (char c : text) {
        if (isSpace(c)) {
            return entryError(FS_PHRASE("Core", "%1 holds more than one word"),
                              {verbatim(quoted(text))});
        }
    }
    const size_t slash = text.find('/');
    const std::string_view addressText = text.substr(0, slash);
    const auto address = IpAddress::parse(addressText);
    if (!address) {
        return entryError(FS_PHRASE("Core", "%1 is not an IPv4 or IPv6 address or prefix"),
                          {verbatim(quoted(text))});
    }
    const int maxLength = address->isV4() ? 32 : 128;
    int length = maxLength;
    if (slash != std::string_view::npos) {
        const std::string_view digits = text.substr(slash + 1);
        bool valid = !digits.empty() && digits.size() <= 3;
        length = 0;
        for (size_t i = 0; valid && i < digits.size(); ++i) {
            valid = digits[i] >= '0' && digits[i] <= '9';
            length = length * 10 + (digits[i] - '0');
        }
        if (!valid || length > maxLength) {
            return entryError(
                FS_PHRASE("Core", "the prefix length in %1 must be a number from 0 to %2"),
                {verbatim(quoted(text)), number(maxLength)});
        }
    }
    auto bytes = address->bytes();
    bool masked = false;
    for (size_t i = 0; i < address->size(); ++i) {
        const int bitsKept = std::max(0, std::min(8, length - int(i) * 8));
        const auto mask = static_cast<uint8_t>(bitsKept == 0 ? 0 : 0xff << (8 - bitsKept));
        masked = masked || (bytes[i] & ~mask) != 0;
        bytes[i] &= mask;
    }
    if (hostBitsMasked) {
        *hostBitsMasked = masked;
    }
    BlocklistEntry entry;
    entry.network =
        address->isV4() ? IpAddress::fromV4(bytes.data()) : IpAddress::fromV6(bytes.data());
    entry.prefixLength = static_cast<uint8_t>(length);
    return entry;
}

void BlocklistParser::feed(std::string_view chunk) {
    while (!chunk.empty()) {
        const size_t nl = chunk.find('\n');
        const std::string_view piece = chunk.substr(0, nl);
        // Keep at most one byte past the limit: enough to know the line is too long.
        if (m_line.size() <= kMaxLineLength) {
            m_line.append(piece.substr(0, kMaxLineLength + 1 - m_line.size()));
        }
        m_lineLength += piece.size();
        if (nl == std::string_view::npos) {
            return;
        }
        endLine();
        chunk.remove_prefix(nl + 1);
    }
}

ParsedBlocklist BlocklistParser::finish() {
    if (m_lineLength > 0) {
        endLine();
    }
    ParsedBlocklist out = std::move(m_result);
    *this = BlocklistParser{};
    return out;
}

void BlocklistParser::endLine() {
    ++m_result.lines;
    if (m_lineLength > kMaxLineLength) {
        ++m_result.malformedLines;
        report(false, phrase(FS_PHRASE("Core",
                                       "Line %1 is longer than %2 characters, so the "
                                       "line is skipped (the rest of the list still "
                                       "loads)."),
                             {number(m_result.lines), number(kMaxLineLength)}));
    } else {
        parseLine(m_line);
    }
    m_line.clear();
    m_lineLength = 0;
}

void BlocklistParser::parseLine(std::string_view line) {
    const size_t comment = line.find_first_of("#;");
    const std::string_view text = trim(line.substr(0, comment));
    if (text.empty()) {
        return;
    }
    bool masked = false;
    auto entry = parseBlocklistEntry(text, &masked);
    if (!entry) {
        ++m_result.malformedLines;
        //: %2 is what is wrong with the line's entry, a clause.
        report(false, phrase(FS_PHRASE("Core",
                                       "Line %1: %2, so the line is skipped (the rest of "
                                       "the list still loads)."),
                             {number(m_result.lines), phraseOf(entry.error())}));
        return;
    }
    entry->line = m_result.lines;
    if (masked) {
        ++m_result.hostBitsMasked;
        report(true, phrase(FS_PHRASE("Core",
                                      "Line %1: %2 has bits set beyond its prefix "
                                      "length; it is loaded as %3."),
                            {number(m_result.lines), verbatim(quoted(text)),
                             verbatim(entry->network.toString() + "/" +
                                      std::to_string(entry->prefixLength))}));
    }
    m_result.entries.push_back(*entry);
}

void BlocklistParser::report(bool warning, Phrase sentence) {
    if (m_result.problems.size() < kMaxReportedProblems) {
        std::string message = english(sentence);
        m_result.problems.push_back(
            {m_result.lines, warning, std::move(message), std::move(sentence)});
    }
}

ParsedBlocklist parseBlocklist(std::string_view text) {
    BlocklistParser parser;
    parser.feed(text);
    return parser.finish();
}

namespace {

// Why `path` cannot be a list file (missing, a folder, a pipe, ...); nullopt when it may be.
std::optional<Error> notAListFile(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) {
        return makeError(ErrorCode::NotFound,
                         phrase(FS_PHRASE("Core",
                                          "The blocklist file %1 does not exist; check the "
                                          "path."),
                                {verbatim(path)}));
    }
    if (status.type() == fs::file_type::directory) {
        return makeError(ErrorCode::InvalidArgument,
                         phrase(FS_PHRASE("Core",
                                          "%1 is a folder, not a blocklist file; choose a "
                                          "list file inside it."),
                                {verbatim(path)}));
    }
    if (status.type() != fs::file_type::regular && status.type() != fs::file_type::none) {
        // A pipe would block the reader forever; sockets and devices are not lists either.
        return makeError(ErrorCode::InvalidArgument,
                         phrase(FS_PHRASE("Core",
                                          "%1 is not a regular file (a pipe, socket or "
                                          "device); choose a list file."),
                                {verbatim(path)}));
    }
    return std::nullopt;
}

}  // namespace

Result<ParsedBlocklist> loadBlocklistFile(const std::string& path) {
    if (auto problem = notAListFile(path)) {
        return *problem;
    }
    errno = 0;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                         &std::fclose);
    if (!file) {
        return makeError(ErrorCode::PermissionDenied,
                         phrase(FS_PHRASE("Core",
                                          "The blocklist file %1 cannot be read (%2); "
                                          "check its permissions."),
                                {verbatim(path), systemReason(errno)}));
    }
    BlocklistParser parser;
    char buffer[64 * 1024];
    size_t offset = 0;
    for (;;) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
        if (n == 0) {
            break;
        }
        if (const void* nul = std::memchr(buffer, 0, n)) {
            const size_t at = offset + size_t(static_cast<const char*>(nul) - buffer);
            return makeError(ErrorCode::BadFormat,
                             phrase(FS_PHRASE("Core",
                                              "%1 contains binary data (a zero byte at "
                                              "offset %2), so it is not a text "
                                              "blocklist; choose a plain-text IP/CIDR "
                                              "list."),
                                    {verbatim(path), number(at)}));
        }
        parser.feed(std::string_view(buffer, n));
        offset += n;
    }
    if (std::ferror(file.get())) {
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "Reading the blocklist file %1 failed after %2 "
                                          "bytes; check the disk."),
                                {verbatim(path), number(offset)}));
    }
    ParsedBlocklist list = parser.finish();
    if (list.entries.empty() && list.malformedLines > 0) {
        return makeError(
            ErrorCode::BadFormat,
            plural(FS_PHRASE_N("Core",
                               "None of the %1 non-comment line(s) in %2 "
                               "is an IP address or prefix, so it is not "
                               "a blocklist; choose a plain-text IP/CIDR "
                               "list."),
                   list.malformedLines, {number(list.malformedLines), verbatim(path)}));
    }
    if (list.entries.empty()) {
        return makeError(ErrorCode::BadFormat,
                         phrase(FS_PHRASE("Core",
                                          "%1 holds no addresses (it is empty or only "
                                          "comments); choose a list with at least one "
                                          "IP address or prefix."),
                                {verbatim(path)}));
    }
    return list;
}

}  // namespace flowscope
