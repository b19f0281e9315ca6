// Helpers of the store tests: a fresh folder per test, a time zone, and records with known values.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/store/history_writer.h"
#include "core/store/sqlite_db.h"

namespace flowscope::history::test {

// A new empty folder under the system's temp folder, removed when the test's object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// Sets TZ for the test (and back when the object goes).
class ZoneGuard {
public:
    explicit ZoneGuard(const char* zone);
    ~ZoneGuard();

private:
    std::string m_old;
    bool m_had = false;
};

// Unix seconds of a UTC date and time.
int64_t utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);

MinuteRecord rec(int64_t minute, const std::string& app, const std::string& host,
                 const std::string& service, uint64_t in, uint64_t out);

std::string readAll(const std::filesystem::path& file);

// One integer from `sql`; -1 on an error.
int64_t q(Database& db, const std::string& sql);

}  // namespace flowscope::history::test
