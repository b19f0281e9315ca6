// libFuzzer target for core/enrich's MMDB reading: the input is a whole .mmdb file. It is
// opened with the full check (MmdbDatabase::open); a file that passes is searched for a fixed
// set of addresses and its records decoded in both layouts, with and without a record memo
// (which must give the same answers: the first lookup fills it, the second reads it). Nothing
// may crash, hang or leak, and an error must be one sentence. libmaxminddb itself is not
// instrumented (a system library), so coverage feedback comes from Flowscope's checking and record
// reading.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/enrich/mmdb_database.h"

namespace {

// The input as a file: libmaxminddb opens files by name (an in-memory file, no disk I/O).
struct MemoryFile {
    int fd = -1;
    std::string path;
    MemoryFile(const uint8_t* data, size_t size) {
        fd = memfd_create("mmdb_fuzzer", 0);
        if (fd < 0) {
            std::abort();
        }
        for (size_t done = 0; done < size;) {
            const ssize_t n = write(fd, data + done, size - done);
            if (n <= 0) {
                std::abort();
            }
            done += size_t(n);
        }
        path = "/proc/self/fd/" + std::to_string(fd);
    }
    ~MemoryFile() { close(fd); }
};

}  // namespace

// libmaxminddb 1.7.1 (Debian 12) leaks a 4.6 KB data pool when MMDB_open fails on a damaged
// description in the metadata (fixed upstream: github.com/maxmind/libmaxminddb/pull/356).
// Leaks of allocations made inside libmaxminddb are ignored here; Flowscope's own use of its
// free functions is checked by tests/enrich under ASan on every bad-data file.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libmaxminddb.so\n";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const MemoryFile file(data, size);
    auto db = flowscope::MmdbDatabase::open(file.path);
    if (!db) {
        const std::string& m = db.error().message;
        if (m.empty() || m.find('\n') != std::string::npos || m.back() != '.') {
            std::abort();
        }
        return 0;
    }
    flowscope::MmdbRecordMemo memo;
    for (int pass = 0; pass < 2; ++pass) {
        for (const char* text : {"1.1.1.1", "81.2.69.160", "::1.1.1.1", "2001:218::1", "::",
                                 "255.255.255.255", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"}) {
            const flowscope::IpAddress address = flowscope::IpAddress::parse(text).value();
            const auto plain = db.value()->lookup(address);
            const auto memoized = db.value()->lookup(address, &memo);
            if (bool(plain) != bool(memoized) || (plain && !(plain.value() == memoized.value()))) {
                std::abort();
            }
        }
    }
    return 0;
}
