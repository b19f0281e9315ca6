// Bad databases: random bytes, another program's SQLite file, a newer schema, a file that
// cannot be written, a locked one, a full disk. Each gives one sentence and damages nothing.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <functional>
#include <random>

#include "core/store/history_reader.h"
#include "core/store/history_schema.h"
#include "core/store/recorder_sink.h"
#include "tests/store/store_test_util.h"

namespace flowscope::history {
namespace {

using test::rec;
using test::utc;

void writeRandom(const std::filesystem::path& file, size_t bytes) {
    std::mt19937 random(7);
    std::ofstream out(file, std::ios::binary);
    for (size_t i = 0; i < bytes; ++i) {
        out.put(static_cast<char>(random() & 0xff));
    }
}

TEST(StoreFaults, RandomBytesAreADamagedDatabaseAndStayUntouched) {
    test::TempDir dir;
    const auto path = dir.file("history.sqlite");
    writeRandom(path, 64 * 1024);
    const std::string before = test::readAll(path);
    auto writer = HistoryWriter::open(path, {});
    ASSERT_FALSE(writer);
    EXPECT_EQ(writer.error().code, ErrorCode::Corrupt);
    EXPECT_NE(writer.error().message.find("is damaged; move it aside"), std::string::npos)
        << writer.error().message;
    auto reader = HistoryReader::open(path);
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(test::readAll(path), before);
    // Moving it aside keeps its bytes and makes room for a new database.
    auto aside = moveAside(path);
    ASSERT_TRUE(aside) << aside.error().message;
    EXPECT_EQ(test::readAll(*aside), before);
    EXPECT_TRUE(HistoryWriter::open(path, {}));
}

TEST(StoreFaults, AnotherProgramsDatabaseAndANewerSchemaAreRefused) {
    test::TempDir dir;
    {
        auto db = Database::open(dir.file("other.sqlite"), Database::Mode::ReadWrite);
        ASSERT_TRUE(db->exec("CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES('x')"));
        auto newer = Database::open(dir.file("newer.sqlite"), Database::Mode::ReadWrite);
        ASSERT_TRUE(migrate(*newer));
        ASSERT_TRUE(newer->exec("PRAGMA user_version = 99"));
    }
    const std::string otherBytes = test::readAll(dir.file("other.sqlite"));
    auto other = HistoryWriter::open(dir.file("other.sqlite"), {});
    ASSERT_FALSE(other);
    EXPECT_EQ(test::readAll(dir.file("other.sqlite")), otherBytes);  // not even switched to WAL
    EXPECT_FALSE(std::filesystem::exists(dir.file("other.sqlite-wal")));
    EXPECT_NE(other.error().message.find("a database of another program"), std::string::npos);
    auto newer = HistoryReader::open(dir.file("newer.sqlite"));
    ASSERT_FALSE(newer);
    EXPECT_NE(newer.error().message.find("written by a newer Flowscope (schema 99"),
              std::string::npos);
    // A negative schema version (found by history_db_fuzzer: it indexed the migrations at -6).
    {
        auto db = Database::open(dir.file("negative.sqlite"), Database::Mode::ReadWrite);
        ASSERT_TRUE(migrate(*db));
        ASSERT_TRUE(db->exec("PRAGMA user_version = -6"));
    }
    {
        auto db = Database::open(dir.file("negative.sqlite"), Database::Mode::ReadWrite);
        const Status migrated = migrate(*db);
        ASSERT_FALSE(migrated);
        EXPECT_EQ(migrated.error().code, ErrorCode::Corrupt);
    }
    auto negative = HistoryReader::open(dir.file("negative.sqlite"));
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().code, ErrorCode::Corrupt);
    EXPECT_NE(negative.error().message.find("is damaged (schema version -6"), std::string::npos);
    auto missing = HistoryReader::open(dir.file("none.sqlite"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

// Runs `body` in a child process (as another user, or in its own mount namespace) and returns
// what it wrote to the pipe; "skip: …" when the child could not get there.
std::string inChild(const std::function<std::string()>& body) {
    int fds[2];
    if (pipe(fds) != 0) {
        return "skip: no pipe";
    }
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const std::string out = body();
        (void)!write(fds[1], out.data(), out.size());
        _exit(0);
    }
    close(fds[1]);
    std::string out;
    char buffer[512];
    ssize_t n;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0) {
        out.append(buffer, static_cast<size_t>(n));
    }
    close(fds[0]);
    waitpid(pid, nullptr, 0);
    return out;
}

TEST(StoreFaults, AFileThatCannotBeWrittenSaysSo) {
    test::TempDir dir;
    const auto path = dir.file("history.sqlite");
    {
        auto writer = HistoryWriter::open(path, {});
        TickBatch batch;
        batch.now = utc(2026, 12, 1);
        batch.traffic.push_back(rec(batch.now, "app", "example.com", "https", 10, 1));
        ASSERT_TRUE((*writer)->write(batch));
    }
    std::filesystem::permissions(dir.path(), std::filesystem::perms(0755));
    std::filesystem::permissions(path, std::filesystem::perms(0444));
    const std::string out = inChild([&] {
        // Root writes anything: the check runs as "nobody", as a user without rights would.
        if (getuid() == 0 && setuid(65534) != 0) {
            return std::string("skip: cannot become nobody");
        }
        auto writer = HistoryWriter::open(path, {});
        return writer ? std::string("opened") : writer.error().message;
    });
    if (out.starts_with("skip:")) {
        GTEST_SKIP() << out;
    }
    EXPECT_NE(out.find("cannot be written (read-only or no permission)"), std::string::npos) << out;
}

TEST(StoreFaults, AnotherUsersDatabaseInAFolderTheReaderMayNotWriteIsRead) {
    test::TempDir dir;
    const auto path = dir.file("history.sqlite");
    {
        auto writer = HistoryWriter::open(path, {});
        TickBatch batch;
        batch.now = utc(2026, 12, 1);
        batch.traffic.push_back(rec(batch.now, "app", "example.com", "https", 10, 1));
        ASSERT_TRUE((*writer)->write(batch));
    }  // closed: no -wal, no -shm left
    ASSERT_FALSE(std::filesystem::exists(path.string() + "-wal"));
    std::filesystem::permissions(dir.path(), std::filesystem::perms(0755));
    std::filesystem::permissions(path, std::filesystem::perms(0644));
    const std::string out = inChild([&] {
        if (getuid() == 0 && setuid(65534) != 0) {
            return std::string("skip: cannot become nobody");
        }
        auto reader = HistoryReader::open(path);
        if (!reader) {
            return reader.error().message;
        }
        auto totals = (*reader)->totals({0, INT32_MAX}, Dimension::Application);
        return totals ? std::to_string(totals->front().usage.bytesIn) : totals.error().message;
    });
    if (out.starts_with("skip:")) {
        GTEST_SKIP() << out;
    }
    EXPECT_EQ(out, "10");
}

TEST(StoreFaults, ALockedDatabaseSaysWhoToClose) {
    test::TempDir dir;
    const auto path = dir.file("history.sqlite");
    auto writer = HistoryWriter::open(path, {});
    ASSERT_TRUE(writer);
    auto other = Database::open(path, Database::Mode::ReadWrite);
    ASSERT_TRUE(other->exec("BEGIN EXCLUSIVE"));
    TickBatch batch;
    batch.now = utc(2026, 12, 1);
    batch.traffic.push_back(rec(batch.now, "app", "example.com", "https", 10, 1));
    const Status status = (*writer)->write(batch);
    ASSERT_FALSE(status);
    EXPECT_NE(status.error().message.find("is locked by another program"), std::string::npos)
        << status.error().message;
    ASSERT_TRUE(other->exec("ROLLBACK"));
    EXPECT_TRUE((*writer)->write(batch));  // the writer goes on once the lock is gone
}

TEST(StoreFaults, AFullDiskStopsWritingAndKeepsWhatWasWritten) {
    test::TempDir dir;
    const std::string out = inChild([&] {
        if (unshare(CLONE_NEWNS) != 0 ||
            mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            mount("tmpfs", dir.path().c_str(), "tmpfs", 0, "size=256k") != 0) {
            return std::string("skip: no private tmpfs (needs root): ") + strerror(errno);
        }
        const auto path = dir.file("history.sqlite");
        RetentionOptions keep;
        keep.maxBytes = 0;
        auto writer = HistoryWriter::open(path, keep);
        if (!writer) {
            return "open: " + writer.error().message;
        }
        uint64_t committed = 0;
        Status status;
        for (int i = 0; i < 100'000 && status; ++i) {
            TickBatch batch;
            batch.now = utc(2026, 12, 1) + i * 60;
            for (int g = 0; g < 20; ++g) {
                batch.traffic.push_back(
                    rec(batch.now, "app", "host" + std::to_string(i * 20 + g), "https", 10, 1));
            }
            status = (*writer)->write(batch);
            committed += status ? 200 : 0;
        }
        writer.value().reset();
        auto reader = HistoryReader::open(path);
        if (!reader) {
            return "reopen: " + reader.error().message;
        }
        auto totals = (*reader)->totals({0, INT32_MAX}, Dimension::Application);
        const uint64_t read = totals && !totals->empty() ? totals->front().usage.bytesIn : 0;
        return status.error().message + "|" + std::to_string(committed) + "|" +
               std::to_string(read);
    });
    if (out.starts_with("skip:")) {
        GTEST_SKIP() << out;
    }
    const auto bar = out.find('|');
    ASSERT_NE(bar, std::string::npos) << out;
    EXPECT_NE(out.find("is full; free some space"), std::string::npos) << out;
    const auto bar2 = out.find('|', bar + 1);
    EXPECT_EQ(out.substr(bar + 1, bar2 - bar - 1), out.substr(bar2 + 1)) << out;
    EXPECT_NE(out.substr(bar + 1, bar2 - bar - 1), "0") << out;
}

}  // namespace
}  // namespace flowscope::history
