// PartTeam (app/cli/part_team.*): every part of every round runs once, on its own thread, and
// run() returns only when all are done, also when part 0 throws.
#include "app/cli/part_team.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/base/thread_name.h"

namespace flowscope::cli {
namespace {

TEST(PartTeam, EveryPartOfEveryRoundOnceOnItsOwnThread) {
    for (size_t size : {1u, 2u, 5u}) {
        PartTeam team(size);
        ASSERT_EQ(team.size(), size);
        for (int round = 0; round < 200; ++round) {
            std::vector<std::atomic<int>> runs(size);
            std::vector<std::thread::id> threads(size);
            team.run([&](size_t part) {
                runs[part]++;
                threads[part] = std::this_thread::get_id();
            });
            // All done when run() returns: nothing still running, nothing run twice.
            for (size_t p = 0; p < size; ++p) {
                EXPECT_EQ(runs[p].load(), 1) << "size " << size << " part " << p;
            }
            EXPECT_EQ(threads[0], std::this_thread::get_id());
            EXPECT_EQ(std::set<std::thread::id>(threads.begin(), threads.end()).size(), size);
        }
    }
}

TEST(PartTeam, HelpersAreNamedPrint) {
    PartTeam team(2);
    std::string name;
    team.run([&](size_t part) {
        if (part == 1) {
            name = currentThreadName();
        }
    });
#ifdef __linux__
    EXPECT_EQ(name, "print");
#endif
}

// Part 0 throwing must not leave run() while a helper still uses the work and its data.
TEST(PartTeam, WaitsForTheOthersBeforeRethrowing) {
    PartTeam team(3);
    std::atomic<int> finished{0};
    EXPECT_THROW(team.run([&](size_t part) {
        if (part == 0) {
            throw std::runtime_error("part 0");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        ++finished;
    }),
                 std::runtime_error);
    EXPECT_EQ(finished.load(), 2);
    // The team still works afterwards.
    std::atomic<int> runs{0};
    team.run([&](size_t) { ++runs; });
    EXPECT_EQ(runs.load(), 3);
}

}  // namespace
}  // namespace flowscope::cli
