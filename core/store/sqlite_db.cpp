#include "core/store/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace flowscope::history {

namespace {

// A path as the path part of an SQLite URI: '%', '?' and '#' escaped.
std::string uriPath(const std::filesystem::path& path) {
    std::string out;
    for (char c : std::filesystem::absolute(path).string()) {
        if (c == '%' || c == '?' || c == '#') {
            static const char* hex = "0123456789ABCDEF";
            out += '%';
            out += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
            out += hex[static_cast<unsigned char>(c) & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

// The sentence for an SQLite result code; "%1" is the database's path. `withDetail` is the
// template for when SQLite said more (its words are "%2").
struct DatabaseSentence {
    ErrorCode code;
    const char* text;
    const char* withDetail;
};

DatabaseSentence databaseSentence(int code) {
    switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return {ErrorCode::Io,
                    FS_PHRASE("Core",
                              "The history database \"%1\" is locked by another "
                              "program; close that program (or choose another file) "
                              "and try again."),
                    nullptr};
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return {ErrorCode::PermissionDenied,
                    FS_PHRASE("Core",
                              "The history database \"%1\" cannot be written (read-only "
                              "or no permission); allow writing to it and its folder, "
                              "or choose another file."),
                    nullptr};
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return {ErrorCode::Corrupt,
                    FS_PHRASE("Core",
                              "The history database \"%1\" is damaged; move it aside "
                              "and start a new one (what was recorded in it cannot be "
                              "read)."),
                    nullptr};
        case SQLITE_FULL:
            return {ErrorCode::Io,
                    FS_PHRASE("Core",
                              "The disk holding the history database \"%1\" is full; "
                              "free some space or lower the history size limit, then "
                              "start recording again."),
                    nullptr};
        case SQLITE_CANTOPEN:
            return {ErrorCode::NotFound,
                    FS_PHRASE("Core",
                              "The history database \"%1\" cannot be opened; check "
                              "that its folder exists and can be written, or choose "
                              "another file."),
                    FS_PHRASE("Core",
                              "The history database \"%1\" cannot be opened (%2); "
                              "check that its folder exists and can be written, or "
                              "choose another file.")};
        case SQLITE_IOERR:
            return {ErrorCode::Io,
                    FS_PHRASE("Core",
                              "The history database \"%1\" could not be read or written "
                              "(input/output error); check the disk it is on."),
                    FS_PHRASE("Core",
                              "The history database \"%1\" could not be read or written "
                              "(input/output error: %2); check the disk it is on.")};
        default:
            return {ErrorCode::Internal,
                    FS_PHRASE("Core", "The history database \"%1\" gave an unexpected error."),
                    FS_PHRASE("Core",
                              "The history database \"%1\" gave an unexpected error "
                              "(%2).")};
    }
}

}  // namespace

Error databaseError(int code, const std::filesystem::path& path, std::string_view detail) {
    const DatabaseSentence sentence = databaseSentence(code);
    if (sentence.withDetail != nullptr && !detail.empty()) {
        return makeError(
            sentence.code,
            phrase(sentence.withDetail, {verbatim(path.string()), verbatim(std::string(detail))}));
    }
    return makeError(sentence.code, phrase(sentence.text, {verbatim(path.string())}));
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(const char* name, std::string_view text) {
    return bind(sqlite3_bind_parameter_index(m_stmt, name), text);
}

int Statement::step() {
    return sqlite3_step(m_stmt);
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string();
}

Result<Database> Database::open(const std::filesystem::path& path, Mode mode, int busyMs) {
    Database db;
    db.m_path = path;
    const int flags =
        mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    const std::string name =
        mode == Mode::Immutable ? "file:" + uriPath(path) + "?immutable=1" : path.string();
    const int rc = sqlite3_open_v2(
        name.c_str(), &db.m_db,
        flags | SQLITE_OPEN_NOMUTEX | (mode == Mode::Immutable ? SQLITE_OPEN_URI : 0), nullptr);
    if (rc != SQLITE_OK) {
        Error error = databaseError(rc, path, db.m_db ? sqlite3_errmsg(db.m_db) : "");
        return error;
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, busyMs);
    return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

std::string Database::message() const {
    return m_db ? sqlite3_errmsg(m_db) : std::string();
}

Status Database::exec(std::string_view sql) {
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return error(sqlite3_extended_errcode(m_db));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return error(rc);
    }
    return Statement(m_db, stmt);
}

Result<int64_t> Database::scalar(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    const int rc = stmt->step();
    if (rc == SQLITE_ROW) {
        return stmt->integer(0);
    }
    if (rc == SQLITE_DONE) {
        return int64_t{0};
    }
    return error(rc);
}

Transaction::~Transaction() {
    if (m_open) {
        m_db.exec("ROLLBACK");
    }
}

Status Transaction::begin() {
    Status status = m_db.exec("BEGIN IMMEDIATE");
    m_open = status.ok();
    return status;
}

Status Transaction::commit() {
    Status status = m_db.exec("COMMIT");
    if (status.ok()) {
        m_open = false;
    }
    return status;
}

}  // namespace flowscope::history
