// A thin RAII layer over the SQLite C API for core/store: a connection, prepared statements,
// and SQLite's result codes turned into the one sentence a user reads. Nothing outside
// core/store sees SQLite.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/base/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace flowscope::history {

// The sentence for SQLite result `code` while using the database at `path` (what happened,
// what to do). Damaged files give ErrorCode::Corrupt, so that callers can offer moveAside().
Error databaseError(int code, const std::filesystem::path& path, std::string_view detail = {});

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binds are 1-based, as in SQL.
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(const char* name, std::string_view text);  // ":name" parameters
    // SQLITE_ROW (a row is ready), SQLITE_DONE, or an error code.
    int step();
    void reset();  // ready to bind and step again
    int64_t integer(int column) const;
    std::string text(int column) const;
    explicit operator bool() const { return m_stmt != nullptr; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

class Database {
public:
    // Immutable: read-only without the WAL index (-shm), for a file in a folder the reader
    // may not write; only right when no writer is active and no -wal file is left.
    enum class Mode { ReadOnly, ReadWrite, Immutable };
    // Opens (ReadWrite: creates) the file. Locked files are waited for up to `busyMs`.
    static Result<Database> open(const std::filesystem::path& path, Mode mode, int busyMs = 2000);
    Database() = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    // A single integer from `sql` (a PRAGMA or an aggregate); errors as sentences.
    Result<int64_t> scalar(std::string_view sql);
    Error error(int code) const { return databaseError(code, m_path, message()); }
    std::string message() const;
    const std::filesystem::path& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
};

// BEGIN IMMEDIATE … COMMIT, rolled back when not committed (an error on the way).
class Transaction {
public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction();
    Status begin();
    Status commit();

private:
    Database& m_db;
    bool m_open = false;
};

}  // namespace flowscope::history
