// Country and autonomous system of an address, from a country database and an AS database:
// the built-in ones (resources/) or the user's own GeoLite2, GeoIP2, DB-IP or IPinfo files.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/base/ip_address.h"
#include "core/base/result.h"
#include "core/enrich/geo_cache.h"
#include "core/enrich/geo_record.h"
#include "core/enrich/mmdb_database.h"

namespace flowscope {

enum class GeoRole { Country, As };

// The built-in databases' file names, found with findResource().
inline constexpr const char* kEmbeddedCountryDb = "dbip-country.mmdb";
inline constexpr const char* kEmbeddedAsDb = "asn.mmdb";

// What a role is served by, for settings and the About dialog.
struct GeoDatabaseInfo {
    bool loaded = false;    // false when not even the built-in database could be opened
    bool embedded = false;  // the built-in database is in use
    std::filesystem::path path;
    MmdbMetadata metadata;
    MmdbContents contents;
    // Why the user's file is not in use (one sentence that ends by saying the built-in one is
    // used instead), or why nothing could be loaded; empty when all is well.
    Phrase error;
};

// A user's database file that changed on disk while in use (see GeoResolver::checkFiles).
struct GeoFileChange {
    GeoRole role = GeoRole::Country;
    // true: the changed file passed the full check and answers from now on; false: it can no
    // longer be used and the built-in database answers instead.
    bool usable = false;
    Phrase message;  // one sentence
};

struct GeoResolverOptions {
    std::filesystem::path countryDb;  // empty: the built-in DB-IP Lite country database
    std::filesystem::path asDb;       // empty: the built-in AS database
    size_t cacheCapacity = 65536;     // addresses
    // How often lookup() looks whether the user's files changed: a stat() per file, on a
    // cache miss (the clock read on every 64th) at most once per interval. Zero: never (call
    // checkFiles() instead).
    std::chrono::milliseconds recheckInterval{2000};
    // Told about each change lookup() noticed, on the thread that called lookup(), no lock held.
    std::function<void(const GeoFileChange&)> onFileChange{};
};

class GeoResolver {
public:
    // Opens the given files, falling back to the built-in database for each one that cannot be
    // used (see setDatabase; the errors are kept in info()).
    explicit GeoResolver(const GeoResolverOptions& options = {});

    // Serves `role` from `userFile` (empty: the built-in database). A file that is missing,
    // not an MMDB, damaged, or holds no data for the role (an AS database given as the
    // country database) is not used: the built-in database takes its place and the returned
    // error, also kept in info(role).error, says so in one sentence. Clears the cache.
    // Thread-safe; lookups running meanwhile finish with either database.
    Status setDatabase(GeoRole role, const std::filesystem::path& userFile);

    GeoDatabaseInfo info(GeoRole role) const;

    // Looks whether the user's files changed (stat) and checks a changed one in full. A file that
    // passes is loaded in place of the old one. One that fails counts only when it looks the same
    // at the next call too (a file being copied over is not judged half-written); then the
    // built-in database answers until the file is usable again, and the change is reported once
    // (not again while the file stays unusable). The user's file is never mapped
    // (mmdb_private_copy.h), so meanwhile the copy read before keeps answering safely. Returns
    // what changed. Thread-safe; calls do not overlap.
    std::vector<GeoFileChange> checkFiles();

    // Country and AS of `address`, from the cache or both databases. Thread-safe (the GUI
    // thread and the engine thread may both call it). Addresses the databases do not cover
    // (private, loopback, ...) give an empty record.
    GeoRecord lookup(const IpAddress& address);
    // The same without touching the cache.
    GeoRecord lookupUncached(const IpAddress& address) const;

    // The databases answering now (either may be null), for GeoBatchLookup.
    struct Databases {
        std::shared_ptr<const MmdbDatabase> country;
        std::shared_ptr<const MmdbDatabase> as;
    };
    Databases databases() const;
    // What lookup() does on a miss once its interval has passed: looks whether the user's files
    // changed and tells onFileChange. For callers that bypass the cache (GeoBatchLookup).
    void checkFilesIfDue();

    GeoCache::Stats cacheStats() const { return m_cache.stats(); }

    // Opens a file for `role` without installing it: the same checks as setDatabase, the
    // error without the fallback clause. Used by settings dialogs to vet a file.
    static Result<std::shared_ptr<const MmdbDatabase>> openFor(GeoRole role,
                                                               const std::filesystem::path& file);

private:
    struct Slot {
        std::shared_ptr<const MmdbDatabase> db;
        GeoDatabaseInfo info;
        std::filesystem::path userFile;    // empty: the built-in database by choice
        FileStamp seen;                    // the version of userFile that db and info reflect
        std::optional<FileStamp> failing;  // a changed version that failed once
    };
    Slot opened(GeoRole role, const std::filesystem::path& userFile) const;
    void install(GeoRole role, Slot next);
    std::vector<GeoFileChange> checkBothFiles();  // with m_checkMutex held
    std::optional<GeoFileChange> checkFile(GeoRole role);
    void maybeCheckFiles();

    Slot& slot(GeoRole role) { return role == GeoRole::Country ? m_country : m_as; }
    const Slot& slot(GeoRole role) const { return role == GeoRole::Country ? m_country : m_as; }

    mutable std::mutex m_mutex;  // guards m_country and m_as
    std::mutex m_checkMutex;     // one setDatabase or checkFiles at a time
    Slot m_country;
    Slot m_as;
    GeoCache m_cache;
    std::chrono::nanoseconds m_recheckInterval;
    std::function<void(const GeoFileChange&)> m_onFileChange;
    std::atomic<int64_t> m_nextCheckNs{0};  // steady clock
    std::atomic<bool> m_hasUserFiles{false};
};

}  // namespace flowscope
