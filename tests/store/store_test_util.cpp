#include "tests/store/store_test_util.h"

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

namespace flowscope::history::test {

TempDir::TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "flowscope-store-XXXXXX").string();
    m_path = mkdtemp(pattern.data());
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

ZoneGuard::ZoneGuard(const char* zone) {
    if (const char* old = std::getenv("TZ")) {
        m_old = old;
        m_had = true;
    }
    setenv("TZ", zone, 1);
    tzset();
}

ZoneGuard::~ZoneGuard() {
    if (m_had) {
        setenv("TZ", m_old.c_str(), 1);
    } else {
        unsetenv("TZ");
    }
    tzset();
}

int64_t utc(int year, int month, int day, int hour, int minute, int second) {
    std::tm parts{};
    parts.tm_year = year - 1900;
    parts.tm_mon = month - 1;
    parts.tm_mday = day;
    parts.tm_hour = hour;
    parts.tm_min = minute;
    parts.tm_sec = second;
    return static_cast<int64_t>(timegm(&parts));
}

MinuteRecord rec(int64_t minute, const std::string& app, const std::string& host,
                 const std::string& service, uint64_t in, uint64_t out) {
    MinuteRecord r;
    r.minute = minute;
    r.app = {app, "/usr/bin/" + app, "alice"};
    r.remote = {host, host == "example.de" ? "DE" : "US", host == "example.de" ? 24940u : 15169u,
                host == "example.de" ? "Hetzner Online GmbH" : "Google LLC"};
    r.service = service;
    r.usage = {in, out, in / 100 + 1, out / 100 + 1};
    return r;
}

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

int64_t q(Database& db, const std::string& sql) {
    auto value = db.scalar(sql);
    return value ? value.value() : -1;
}

}  // namespace flowscope::history::test
