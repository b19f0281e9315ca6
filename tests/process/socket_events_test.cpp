// Socket events (what the eBPF tracker delivers) fed into the resolver by hand, with the
// scripted backend: a pending connection is attributed the moment its socket arrives, and a
// process that has exited is described from what the event said about it.
#include <gtest/gtest.h>

#include "core/process/process_resolver.h"
#include "tests/process/fake_backend.h"

namespace flowscope {
namespace {

using test::addr;
using test::proc;
using test::sock;

constexpr int64_t kMs = 1'000'000;

class SocketEventsTest : public ::testing::Test {
protected:
    SocketEventsTest() : state(std::make_shared<test::FakeState>()) {
        resolver = std::make_unique<ProcessResolver>(std::make_unique<test::FakeBackend>(state),
                                                     test::testConfig(clock, 6));
        state->processes[100] = proc(100, "/usr/bin/curl", "curl");
    }
    static ConnectionTuple client(uint16_t port) {
        return ConnectionTuple{6, addr("10.0.0.1", port), addr("93.184.216.34", 443)};
    }
    static SocketRecord clientSocket(uint16_t port, uint32_t pid) {
        return sock(6, addr("10.0.0.1", port), addr("93.184.216.34", 443), SocketState::Established,
                    {pid});
    }
    const Application* applicationOf(const Attribution& a) {
        auto apps = resolver->applications();
        return a.applicationId >= 1 && a.applicationId <= apps->size()
                   ? &(*apps)[a.applicationId - 1]
                   : nullptr;
    }

    int64_t clock = 1'000 * kMs;
    std::shared_ptr<test::FakeState> state;
    std::unique_ptr<ProcessResolver> resolver;
};

TEST_F(SocketEventsTest, APendingConnectionIsAttributedWhenItsSocketArrives) {
    resolver->track(1, client(5000));
    EXPECT_EQ(resolver->runDue(), 0);  // the table has no such socket: retried later
    EXPECT_TRUE(resolver->takeAttributions().empty());
    resolver->ingest(SocketEvents{{}, {clientSocket(5000, 100)}});
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].connectionId, 1u);
    EXPECT_EQ(found[0].pid, 100u);
    EXPECT_EQ(found[0].match, MatchKind::Exact);
    ASSERT_NE(applicationOf(found[0]), nullptr);
    EXPECT_EQ(applicationOf(found[0])->path, "/usr/bin/curl");
    EXPECT_EQ(resolver->stats().pending, 0u);
    EXPECT_EQ(resolver->stats().eventSockets, 1u);
}

TEST_F(SocketEventsTest, AConnectionTrackedAfterItsSocketArrivedNeedsNoRefresh) {
    resolver->ingest(SocketEvents{{}, {clientSocket(5001, 100)}});
    resolver->track(2, client(5001));
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].pid, 100u);
    EXPECT_EQ(state->reads, 0);
}

TEST_F(SocketEventsTest, AProcessThatHasExitedIsDescribedFromTheEvent) {
    // pid 300 is gone: the backend cannot describe it; the event saw it alive.
    ProcessInfo gone = proc(300, "/opt/brief/brief-client", "brief-client", 1000);
    gone.user.clear();
    resolver->ingest(SocketEvents{{gone}, {clientSocket(5002, 300)}});
    resolver->track(3, client(5002));
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    const Application* app = applicationOf(found[0]);
    ASSERT_NE(app, nullptr);
    EXPECT_EQ(app->path, "/opt/brief/brief-client");
    EXPECT_EQ(app->name, "brief-client");
    EXPECT_EQ(app->uid, 1000u);
    EXPECT_FALSE(app->user.empty());
    EXPECT_EQ(found[0].pid, 300u);
}

TEST_F(SocketEventsTest, AnExitingProcessWithoutItsPathIsDescribedFromTheEvent) {
    // A zombie: /proc still names it (comm, cut at 15 characters) but has no executable.
    state->processes[302] = proc(302, "", "brief-client-wi");
    resolver->ingest(SocketEvents{
        {proc(302, "/opt/brief/brief-client-with-a-long-name", "brief-client-with-a-long-name")},
        {clientSocket(5005, 302)}});
    resolver->track(6, client(5005));
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(applicationOf(found[0])->path, "/opt/brief/brief-client-with-a-long-name");
    EXPECT_EQ(applicationOf(found[0])->name, "brief-client-with-a-long-name");
}

TEST_F(SocketEventsTest, SocketsFromEventsAreClosedByThePeriodicTableRead) {
    // No connection is tracked (a capture filter, say): the events alone keep the periodic
    // whole-table read going, which closes the sockets that are gone; the grace period ends
    // them. Without it the index would grow with every socket the machine makes.
    EXPECT_EQ(resolver->runDue(), -1);
    resolver->track(1, client(6000));  // one first read, as at the start of a capture
    resolver->runDue();
    resolver->untrack(1);
    const int readsBefore = state->reads;
    resolver->ingest(SocketEvents{{}, {clientSocket(6001, 100)}});
    EXPECT_EQ(resolver->stats().sockets, 1u);
    for (int i = 0; i < 40 && state->reads == readsBefore; ++i) {
        clock += 250 * kMs;
        resolver->runDue();
    }
    EXPECT_GT(state->reads, readsBefore);  // the periodic read came without any track()
    ASSERT_TRUE(resolver->lookup(client(6001)));
    EXPECT_TRUE(resolver->lookup(client(6001))->closed);  // not in the table: closed
    clock += 6'000 * kMs;                                 // past the 5 s grace period
    resolver->ingest(SocketEvents{});                     // any later batch
    for (int i = 0; i < 40 && resolver->stats().sockets > 0; ++i) {
        clock += 250 * kMs;
        resolver->runDue();
    }
    EXPECT_EQ(resolver->stats().sockets, 0u);
}

TEST_F(SocketEventsTest, WithoutItsDescriptionAnExitedProcessStaysUnknown) {
    resolver->ingest(SocketEvents{{}, {clientSocket(5003, 301)}});
    resolver->track(4, client(5003));
    EXPECT_TRUE(resolver->takeAttributions().empty());
}

TEST_F(SocketEventsTest, ALiveProcessIsDescribedByTheBackendFirst) {
    // The event's description stands in only for processes that are gone.
    resolver->ingest(SocketEvents{{proc(100, "/stale/path", "stale")}, {clientSocket(5004, 100)}});
    resolver->track(5, client(5004));
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(applicationOf(found[0])->path, "/usr/bin/curl");
}

// On loopback both ends have a socket here. With events on, the other end's socket (the
// server's, which may report first) must not win over the connection's own, which is about
// to arrive; it is taken only when eventWait has passed without it.
class LoopbackEventsTest : public SocketEventsTest {
protected:
    LoopbackEventsTest() {
        state->processes[200] = proc(200, "/usr/sbin/nginx", "nginx", 33);
        resolver->attachEvents(std::make_unique<NoEvents>(), verbatim("test"));
    }
    struct NoEvents final : SocketEventSource {
        const char* name() const override { return "test"; }
        void start(Sink) override {}
        void stop() override {}
        SocketEventStats stats() const override { return {}; }
    };
    static ConnectionTuple loopback() {
        return ConnectionTuple{6, addr("127.0.0.1", 40000), addr("127.0.0.1", 80), true};
    }
    static SocketRecord clientEnd() {
        return sock(6, addr("127.0.0.1", 40000), addr("127.0.0.1", 80), SocketState::Established,
                    {100});
    }
    static SocketRecord serverEnd() {
        return sock(6, addr("127.0.0.1", 80), addr("127.0.0.1", 40000), SocketState::Established,
                    {200});
    }
};

TEST_F(LoopbackEventsTest, TheConnectionsOwnSocketWinsOverTheOtherEnds) {
    resolver->ingest(SocketEvents{{}, {serverEnd()}});
    resolver->track(1, loopback());
    EXPECT_TRUE(resolver->takeAttributions().empty());
    EXPECT_EQ(resolver->runDue(), 0);  // a refresh finds only the server's end: wait
    EXPECT_TRUE(resolver->takeAttributions().empty());
    resolver->ingest(SocketEvents{{}, {clientEnd()}});
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].pid, 100u);
}

TEST_F(LoopbackEventsTest, TheOtherEndIsTakenWhenItsOwnNeverCame) {
    resolver->ingest(SocketEvents{{}, {serverEnd()}});
    resolver->track(1, loopback());
    EXPECT_EQ(resolver->runDue(), 0);
    EXPECT_TRUE(resolver->takeAttributions().empty());
    const int64_t tracked = clock;
    std::vector<Attribution> found;
    for (int i = 0; i < 10 && found.empty(); ++i) {  // the retries, 50 ms and more apart
        clock += 50 * kMs;
        resolver->runDue();
        found = resolver->takeAttributions();
    }
    ASSERT_EQ(found.size(), 1u);
    EXPECT_GE(clock - tracked, 250 * kMs);  // not before eventWait
    EXPECT_LE(clock - tracked, 400 * kMs);  // at the first retry after it
    EXPECT_EQ(found[0].pid, 200u);
}

// When the capture stops, nothing more will come: the last look takes the best match there
// is at once (here the other end's socket), where a normal read would still wait eventWait.
TEST_F(LoopbackEventsTest, TheLastLookAtAStopTakesTheBestMatchWithoutWaiting) {
    state->table = {serverEnd()};
    resolver->track(1, loopback());
    ASSERT_TRUE(resolver->refreshNow());
    EXPECT_TRUE(resolver->takeAttributions().empty());  // within eventWait: an event may come
    ASSERT_TRUE(resolver->refreshNow(ProcessResolver::LastLook::Yes));
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].pid, 200u);
}

// A table read without the right to see another user's process (the app run as a user, the
// events loaded by the capture helper) finds the socket but not its owner: with events on,
// what an event says about the socket wins, whichever of the two came first.
class HiddenOwnerTest : public LoopbackEventsTest {
protected:
    static SocketRecord hiddenClientSocket(uint16_t port) {
        SocketRecord r = sock(6, addr("10.0.0.1", port), addr("93.184.216.34", 443),
                              SocketState::Established, {}, 0);
        r.ownerHidden = true;
        return r;
    }
};

TEST_F(HiddenOwnerTest, ATableReadThatCannotSeeTheOwnerKeepsThePidAnEventGave) {
    resolver->ingest(SocketEvents{{}, {clientSocket(5000, 100)}});
    state->table = {hiddenClientSocket(5000)};
    ASSERT_TRUE(resolver->refreshNow());
    resolver->track(1, client(5000));
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].pid, 100u);
}

TEST_F(HiddenOwnerTest, AHiddenOwnerWaitsForTheEventThatNamesIt) {
    state->table = {hiddenClientSocket(5001)};
    resolver->track(1, client(5001));
    EXPECT_EQ(resolver->runDue(), 0);  // the table has the socket, not its process: wait
    EXPECT_TRUE(resolver->takeAttributions().empty());
    resolver->ingest(SocketEvents{{}, {clientSocket(5001, 100)}});
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].pid, 100u);
    ASSERT_NE(applicationOf(found[0]), nullptr);
    EXPECT_EQ(applicationOf(found[0])->path, "/usr/bin/curl");
}

TEST_F(HiddenOwnerTest, AHiddenOwnerIsTakenWhenNoEventCame) {
    state->table = {hiddenClientSocket(5002)};
    resolver->track(1, client(5002));
    const int64_t tracked = clock;
    std::vector<Attribution> found;
    for (int i = 0; i < 10 && found.empty(); ++i) {
        clock += 50 * kMs;
        resolver->runDue();
        found = resolver->takeAttributions();
    }
    ASSERT_EQ(found.size(), 1u);
    EXPECT_GE(clock - tracked, 250 * kMs);
    EXPECT_EQ(found[0].pid, 0u);
    ASSERT_NE(applicationOf(found[0]), nullptr);
    EXPECT_TRUE(applicationOf(found[0])->ownerHidden);
}

// A short-lived process found by a table read after it gave up its memory but before it
// closed its sockets: /proc has its comm (15 letters) and no executable. With events on, its
// own events (which saw it alive) are waited for, as they name its program and path.
class ExitingProcessTest : public LoopbackEventsTest {
protected:
    ExitingProcessTest() {
        ProcessInfo exiting = proc(303, "", "brief-client-wi");
        exiting.exiting = true;
        state->processes[303] = exiting;
        state->table = {clientSocket(5010, 303)};
    }
    static ProcessInfo asTheEventsSawIt() {
        return proc(303, "/opt/brief/brief-client-with-a-long-name",
                    "brief-client-with-a-long-name");
    }
};

TEST_F(ExitingProcessTest, AnExitingProcessReadBeforeItsEventsIsNamedByThem) {
    resolver->track(1, client(5010));
    EXPECT_EQ(resolver->runDue(), 0);
    EXPECT_TRUE(resolver->takeAttributions().empty());  // not "brief-client-wi" without a path
    resolver->ingest(SocketEvents{{asTheEventsSawIt()}, {clientSocket(5010, 303)}});
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].pid, 303u);
    ASSERT_NE(applicationOf(found[0]), nullptr);
    EXPECT_EQ(applicationOf(found[0])->path, "/opt/brief/brief-client-with-a-long-name");
    EXPECT_EQ(applicationOf(found[0])->name, "brief-client-with-a-long-name");
}

TEST_F(ExitingProcessTest, WithoutEventsAnExitingProcessIsNamedByWhatProcStillHas) {
    resolver->attachEvents(nullptr, verbatim("off"));
    resolver->track(1, client(5010));
    EXPECT_EQ(resolver->runDue(), 0);
    auto found = resolver->takeAttributions();
    ASSERT_EQ(found.size(), 1u);
    ASSERT_NE(applicationOf(found[0]), nullptr);
    EXPECT_EQ(applicationOf(found[0])->name, "brief-client-wi");
    EXPECT_EQ(applicationOf(found[0])->path, "");
}

TEST_F(SocketEventsTest, TheNoteSaysWhyThereIsNoSource) {
    resolver->attachEvents(nullptr, verbatim("eBPF socket events are off: because."));
    const ProcessResolverStats s = resolver->stats();
    EXPECT_EQ(s.eventSource, "");
    EXPECT_EQ(english(s.eventNote), "eBPF socket events are off: because.");
}

TEST(ProcessSourceTest, NamesRoundTrip) {
    for (ProcessSource s : {ProcessSource::Auto, ProcessSource::Ebpf, ProcessSource::Snapshot}) {
        ProcessSource parsed = ProcessSource::Auto;
        EXPECT_TRUE(parseProcessSource(processSourceName(s), parsed));
        EXPECT_EQ(parsed, s);
    }
    ProcessSource parsed = ProcessSource::Ebpf;
    EXPECT_FALSE(parseProcessSource("kprobe", parsed));
    EXPECT_EQ(parsed, ProcessSource::Ebpf);
}

TEST(ProcessSourceTest, SnapshotIsNeverLoaded) {
    SocketEventChoice c = chooseSocketEventSource(ProcessSource::Snapshot);
    EXPECT_EQ(c.source, nullptr);
    EXPECT_NE(english(c.note).find("snapshots"), std::string::npos);
}

}  // namespace
}  // namespace flowscope
