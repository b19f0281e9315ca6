// IconCache and IconService over small in-test backends whose behaviour the tests control
// (count calls, block until released, throw): the cache's contract holds for any backend.
// The same service over the real freedesktop backend is in backend_test.cpp.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "core/icons/icon_cache.h"
#include "core/icons/icon_service.h"

using namespace flowscope;
using namespace std::chrono_literals;

namespace {

// Answers "<path>@<size>" as a file icon, or None for paths starting with "none"; counts calls;
// optionally holds every lookup until open() is called.
class TestBackend : public IconBackend {
public:
    explicit TestBackend(bool gated = false) : m_open(!gated) {}
    const char* name() const override { return "test"; }
    IconLookup lookup(const std::string& path, int size) override {
        ++calls;
        lastThread = std::this_thread::get_id();
        {
            std::unique_lock lock(m_mutex);
            ++m_waiting;
            m_changed.notify_all();
            m_changed.wait(lock, [this] { return m_open; });
            --m_waiting;
        }
        if (path == "throws") {
            throw std::runtime_error("backend broke");
        }
        IconLookup r;
        if (path.rfind("none", 0) != 0) {
            r.image.kind = IconImage::Kind::File;
            r.image.filePath = path + "@" + std::to_string(size);
        }
        return r;
    }
    void open() {
        const std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }
    bool waitUntilBlocked(int lookups) {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, 5s, [&] { return m_waiting >= lookups; });
    }
    std::atomic<int> calls{0};
    std::atomic<std::thread::id> lastThread;

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open;
    int m_waiting = 0;
};

}  // namespace

TEST(IconCache, HitsMissesAndSizesAreSeparateKeys) {
    auto backend = std::make_shared<TestBackend>();
    IconCache cache(backend);
    auto a = cache.lookup("/usr/bin/a", 32);
    EXPECT_EQ(a->image.filePath, "/usr/bin/a@32");
    EXPECT_EQ(cache.lookup("/usr/bin/a", 32), a);  // the same shared value
    EXPECT_EQ(cache.lookup("/usr/bin/a", 48)->image.filePath, "/usr/bin/a@48");
    EXPECT_EQ(backend->calls, 2);
    EXPECT_EQ(cache.find("/usr/bin/a", 32), a);
    EXPECT_EQ(cache.find("/usr/bin/b", 32), nullptr);
    EXPECT_EQ(cache.stats().hits, 2u);
    EXPECT_EQ(cache.stats().misses, 2u);
    cache.clear();
    EXPECT_EQ(cache.size(), 0u);
    cache.lookup("/usr/bin/a", 32);
    EXPECT_EQ(backend->calls, 3);
}

TEST(IconCache, LeastRecentlyUsedEntriesAreEvicted) {
    auto backend = std::make_shared<TestBackend>();
    IconCacheOptions options;
    options.capacity = 2;
    IconCache cache(backend, options);
    cache.lookup("a", 16);
    cache.lookup("b", 16);
    cache.lookup("a", 16);  // a is now the most recent
    cache.lookup("c", 16);  // evicts b
    EXPECT_NE(cache.find("a", 16), nullptr);
    EXPECT_EQ(cache.find("b", 16), nullptr);
    EXPECT_NE(cache.find("c", 16), nullptr);
    EXPECT_EQ(cache.size(), 2u);
    EXPECT_EQ(cache.stats().evictions, 1u);
}

TEST(IconCache, GenericAnswersExpireRealIconsDoNot) {
    auto backend = std::make_shared<TestBackend>();
    IconCacheOptions options;
    options.noneTtl = 0ms;
    IconCache cache(backend, options);
    EXPECT_EQ(cache.lookup("none-1", 16)->image.kind, IconImage::Kind::None);
    cache.lookup("none-1", 16);
    EXPECT_EQ(backend->calls, 2);  // asked again: maybe an entry was installed meanwhile
    cache.lookup("real", 16);
    cache.lookup("real", 16);
    EXPECT_EQ(backend->calls, 3);
}

TEST(IconCache, ABackendExceptionBecomesTheGenericIcon) {
    auto backend = std::make_shared<TestBackend>();
    IconCache cache(backend);
    auto r = cache.lookup("throws", 16);
    EXPECT_EQ(r->image.kind, IconImage::Kind::None);
    ASSERT_EQ(r->explanation.size(), 1u);
    EXPECT_EQ(r->explanation[0], "lookup failed: backend broke");
}

TEST(IconCache, HitsAreServedWhileAnotherLookupIsRunning) {
    auto backend = std::make_shared<TestBackend>(/*gated=*/true);
    IconCache cache(backend);
    cache.store("warm", 16, std::make_shared<const IconLookup>());
    auto slow = std::async(std::launch::async, [&] { return cache.lookup("cold", 16); });
    ASSERT_TRUE(backend->waitUntilBlocked(1));
    auto hit = std::async(std::launch::async, [&] { return cache.find("warm", 16); });
    EXPECT_EQ(hit.wait_for(5s), std::future_status::ready);  // not stuck behind "cold"
    backend->open();
    EXPECT_EQ(slow.get()->image.filePath, "cold@16");
}

TEST(IconService, CallbackOnAWorkerThreadThenCached) {
    auto backend = std::make_shared<TestBackend>();
    IconService service(backend);
    std::promise<std::pair<std::thread::id, IconLookupPtr>> done;
    auto first =
        service.request("/usr/bin/x", 24, [&](const std::string& path, int size, IconLookupPtr r) {
            EXPECT_EQ(path, "/usr/bin/x");
            EXPECT_EQ(size, 24);
            done.set_value({std::this_thread::get_id(), r});
        });
    EXPECT_EQ(first, nullptr);
    auto fut = done.get_future();
    ASSERT_EQ(fut.wait_for(5s), std::future_status::ready);
    auto [thread, result] = fut.get();
    EXPECT_NE(thread, std::this_thread::get_id());
    EXPECT_EQ(result->image.filePath, "/usr/bin/x@24");
    service.waitIdle();
    bool called = false;
    auto again = service.request("/usr/bin/x", 24,
                                 [&](const std::string&, int, IconLookupPtr) { called = true; });
    EXPECT_EQ(again, result);  // answered at once, no callback
    service.waitIdle();
    EXPECT_FALSE(called);
    EXPECT_EQ(backend->calls, 1);
}

TEST(IconService, RequestsNeverWaitAndIdenticalOnesShareOneLookup) {
    auto backend = std::make_shared<TestBackend>(/*gated=*/true);
    IconService service(backend);
    std::atomic<int> callbacks{0};
    auto count = [&](const std::string&, int, IconLookupPtr r) {
        EXPECT_EQ(r->image.filePath, "same@32");
        ++callbacks;
    };
    // The backend blocks; request() must still return at once, every time.
    auto asking = std::async(std::launch::async, [&] {
        for (int i = 0; i < 100; ++i) {
            EXPECT_EQ(service.request("same", 32, count), nullptr);
        }
    });
    ASSERT_EQ(asking.wait_for(5s), std::future_status::ready);
    ASSERT_TRUE(backend->waitUntilBlocked(1));
    EXPECT_EQ(service.pending(), 1u);
    backend->open();
    service.waitIdle();
    EXPECT_EQ(backend->calls, 1);
    EXPECT_EQ(callbacks, 100);
    EXPECT_EQ(service.pending(), 0u);
}

TEST(IconService, QueuedRequestsAreDroppedOnShutdownAndInFlightOnesDelivered) {
    auto backend = std::make_shared<TestBackend>(/*gated=*/true);
    std::atomic<int> delivered{0};
    std::atomic<bool> droppedCalled{false};
    std::thread opener;
    {
        IconService service(backend);
        service.request("first", 16, [&](const std::string&, int, IconLookupPtr) { ++delivered; });
        ASSERT_TRUE(backend->waitUntilBlocked(1));
        for (int i = 0; i < 10; ++i) {
            service.request("queued" + std::to_string(i), 16,
                            [&](const std::string&, int, IconLookupPtr) { droppedCalled = true; });
        }
        opener = std::thread([&] {
            std::this_thread::sleep_for(50ms);
            backend->open();
        });
    }  // the destructor waits for "first", drops the rest
    opener.join();
    EXPECT_EQ(delivered, 1);
    EXPECT_FALSE(droppedCalled);
    EXPECT_EQ(backend->calls, 1);
}

TEST(IconService, SeveralWorkersLookUpDifferentKeysAtOnce) {
    auto backend = std::make_shared<TestBackend>(/*gated=*/true);
    IconServiceOptions options;
    options.threads = 3;
    IconService service(backend, options);
    std::atomic<int> callbacks{0};
    for (const char* p : {"a", "b", "c"}) {
        service.request(p, 16, [&](const std::string&, int, IconLookupPtr) { ++callbacks; });
    }
    EXPECT_TRUE(backend->waitUntilBlocked(3));  // three lookups in progress together
    backend->open();
    service.waitIdle();
    EXPECT_EQ(callbacks, 3);
}
