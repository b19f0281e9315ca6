#include "core/enrich/geo_resolver.h"

#include <utility>

#include "core/enrich/geo_batch_lookup.h"
#include "core/enrich/resources_path.h"

namespace flowscope {

namespace {

const char* byRole(GeoRole role, const char* country, const char* as) {
    return role == GeoRole::Country ? country : as;
}

int64_t steadyNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

Result<std::shared_ptr<const MmdbDatabase>> openEmbedded(GeoRole role) {
    auto path = findResource(role == GeoRole::Country ? kEmbeddedCountryDb : kEmbeddedAsDb);
    if (!path) {
        return path.error();
    }
    // Shipped with Flowscope, known to hold what the role needs and checked in full by the
    // tests (tests/enrich/geo_resolver_test.cpp): opened without the full check.
    auto db = MmdbDatabase::open(path.value(), MmdbCheck::Shipped);
    if (!db) {
        return db.error();
    }
    return std::shared_ptr<const MmdbDatabase>(std::move(db).value());
}

}  // namespace

Result<std::shared_ptr<const MmdbDatabase>> GeoResolver::openFor(
    GeoRole role, const std::filesystem::path& file) {
    auto db = MmdbDatabase::open(file);
    if (!db) {
        return db.error();
    }
    const MmdbContents& c = db.value()->contents();
    const bool fits = role == GeoRole::Country ? c.hasCountry() : c.hasAs();
    if (!fits) {
        const std::string type = db.value()->metadata().databaseType;
        const char* holds = role == GeoRole::Country && c.hasAs()
                                ? FS_PHRASE("Core", "AS numbers but no countries")
                            : role == GeoRole::As && c.hasCountry()
                                ? FS_PHRASE("Core", "countries but no AS numbers")
                                : FS_PHRASE("Core", "neither countries nor AS numbers");
        const char* choose =
            role == GeoRole::Country
                ? FS_PHRASE("Core",
                            "a country database (GeoLite2 or GeoIP2 Country or City, "
                            "DB-IP, IPinfo)")
                : FS_PHRASE("Core", "an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)");
        //: %2 is the file's database type (e.g. GeoLite2-ASN) or "no type"; %3 what it holds;
        //: %4 the kind of database to choose.
        return makeError(
            ErrorCode::BadFormat,
            phrase(FS_PHRASE("Core", "The file '%1' (%2) holds %3; choose %4."),
                   {verbatim(file.string()),
                    type.empty() ? phrase(FS_PHRASE("Core", "no type")) : verbatim(type),
                    phrase(holds), phrase(choose)}));
    }
    return std::shared_ptr<const MmdbDatabase>(std::move(db).value());
}

GeoResolver::GeoResolver(const GeoResolverOptions& options)
    : m_cache(options.cacheCapacity),
      m_recheckInterval(options.recheckInterval),
      m_onFileChange(options.onFileChange) {
    setDatabase(GeoRole::Country, options.countryDb);
    setDatabase(GeoRole::As, options.asDb);
    m_nextCheckNs.store(steadyNs() + m_recheckInterval.count(), std::memory_order_relaxed);
}

GeoResolver::Slot GeoResolver::opened(GeoRole role, const std::filesystem::path& userFile) const {
    Slot next;
    next.userFile = userFile;
    Phrase userError;
    if (!userFile.empty()) {
        auto db = openFor(role, userFile);
        if (db) {
            next.db = std::move(db).value();
            next.seen = next.db->stamp();
        } else {
            userError = phraseOf(db.error());
            next.seen = fileStamp(userFile);
        }
    }
    if (!next.db) {
        auto db = openEmbedded(role);
        if (db) {
            next.db = std::move(db).value();
            next.info.embedded = true;
            if (!userError.empty()) {
                //: %1 is why the user's database file cannot be used, a clause.
                next.info.error = phrase(
                    byRole(
                        role,
                        FS_PHRASE("Core",
                                  "%1; Flowscope uses its built-in country database instead."),
                        FS_PHRASE("Core", "%1; Flowscope uses its built-in AS database instead.")),
                    {clause(std::move(userError))});
            }
        } else if (!userError.empty()) {
            //: %1 is why the user's database file cannot be used, %2 why the built-in one
            //: cannot either; both clauses.
            next.info.error = phrase(
                byRole(
                    role,
                    FS_PHRASE("Core",
                              "%1; the built-in country database cannot be used either (%2)."),
                    FS_PHRASE("Core", "%1; the built-in AS database cannot be used either (%2).")),
                {clause(std::move(userError)), clause(phraseOf(db.error()))});
        } else {
            next.info.error = phraseOf(db.error());
        }
    }
    if (next.db) {
        next.info.loaded = true;
        next.info.path = next.db->path();
        next.info.metadata = next.db->metadata();
        next.info.contents = next.db->contents();
    }
    return next;
}

void GeoResolver::install(GeoRole role, Slot next) {
    {
        std::lock_guard lock(m_mutex);
        slot(role) = std::move(next);
        m_hasUserFiles.store(!m_country.userFile.empty() || !m_as.userFile.empty(),
                             std::memory_order_relaxed);
    }
    m_cache.clear();
}

Status GeoResolver::setDatabase(GeoRole role, const std::filesystem::path& userFile) {
    std::lock_guard checking(m_checkMutex);
    Slot next = opened(role, userFile);
    const bool userFailed = !userFile.empty() && (next.info.embedded || !next.db);
    Phrase error = next.info.error;
    install(role, std::move(next));
    if (!error.empty()) {
        return makeError(userFailed ? ErrorCode::BadFormat : ErrorCode::NotFound, std::move(error));
    }
    return {};
}

std::vector<GeoFileChange> GeoResolver::checkFiles() {
    std::lock_guard checking(m_checkMutex);
    return checkBothFiles();
}

std::vector<GeoFileChange> GeoResolver::checkBothFiles() {
    std::vector<GeoFileChange> changes;
    for (GeoRole role : {GeoRole::Country, GeoRole::As}) {
        if (auto change = checkFile(role)) {
            changes.push_back(std::move(*change));
        }
    }
    return changes;
}

// With m_checkMutex held: only this function and setDatabase change the slots.
std::optional<GeoFileChange> GeoResolver::checkFile(GeoRole role) {
    std::filesystem::path file;
    FileStamp seen;
    std::optional<FileStamp> failing;
    bool userInUse = false;
    {
        std::lock_guard lock(m_mutex);
        const Slot& s = slot(role);
        file = s.userFile;
        seen = s.seen;
        failing = s.failing;
        userInUse = s.db && !s.info.embedded;
    }
    if (file.empty()) {
        return std::nullopt;
    }
    const FileStamp now = fileStamp(file);
    if (now == seen) {
        std::lock_guard lock(m_mutex);
        slot(role).failing.reset();
        return std::nullopt;
    }
    auto db = openFor(role, file);
    if (db) {
        Slot next;
        next.db = std::move(db).value();
        next.info = {true, false, file, next.db->metadata(), next.db->contents(), {}};
        next.userFile = file;
        next.seen = next.db->stamp();
        install(role, std::move(next));
        return GeoFileChange{
            role, true,
            phrase(byRole(role,
                          FS_PHRASE("Core",
                                    "The country database '%1' changed on disk; Flowscope "
                                    "checked it and uses it again."),
                          FS_PHRASE("Core",
                                    "The AS database '%1' changed on disk; Flowscope checked "
                                    "it and uses it again.")),
                   {verbatim(file.string())})};
    }
    if (!failing || *failing != now) {  // maybe half-written: judged at the next check
        std::lock_guard lock(m_mutex);
        slot(role).failing = now;
        return std::nullopt;
    }
    //: %1 is why the file cannot be used now, a clause.
    Phrase sentence =
        phrase(byRole(role,
                      FS_PHRASE("Core",
                                "The country database changed while in use: %1; Flowscope uses its "
                                "built-in country database until the file is usable again."),
                      FS_PHRASE("Core",
                                "The AS database changed while in use: %1; Flowscope uses its "
                                "built-in AS database until the file is usable again.")),
               {clause(phraseOf(db.error()))});
    Slot next = userInUse ? opened(role, {}) : Slot{};
    if (!next.db) {
        // Already served by the built-in database (and reported), or the built-in file cannot
        // be opened either: then the copy read before stays, private and sound.
        std::lock_guard lock(m_mutex);
        Slot& s = slot(role);
        s.seen = now;
        s.failing.reset();
        if (!userInUse) {
            s.info.error = sentence;
        }
        return std::nullopt;
    }
    next.info.error = sentence;
    next.userFile = file;
    next.seen = now;
    install(role, std::move(next));
    return GeoFileChange{role, false, std::move(sentence)};
}

void GeoResolver::maybeCheckFiles() {
    // The clock is read on every 64th miss of a thread only (a read costs 20-80 ns, a miss
    // 1-3 us); a check that comes up to 63 misses late is harmless, the copy being private.
    thread_local uint32_t missesSinceClock = 0;
    if (++missesSinceClock < 64) {
        return;
    }
    missesSinceClock = 0;
    checkFilesIfDue();
}

void GeoResolver::checkFilesIfDue() {
    const int64_t interval = m_recheckInterval.count();
    if (interval <= 0 || !m_hasUserFiles.load(std::memory_order_relaxed)) {
        return;
    }
    const int64_t now = steadyNs();
    if (now < m_nextCheckNs.load(std::memory_order_relaxed)) {
        return;
    }
    std::vector<GeoFileChange> changes;
    {
        std::unique_lock checking(m_checkMutex, std::try_to_lock);
        if (!checking) {
            return;  // another thread is checking
        }
        m_nextCheckNs.store(now + interval, std::memory_order_relaxed);
        changes = checkBothFiles();
    }
    if (m_onFileChange) {
        for (const GeoFileChange& change : changes) {
            m_onFileChange(change);
        }
    }
}

GeoDatabaseInfo GeoResolver::info(GeoRole role) const {
    std::lock_guard lock(m_mutex);
    return slot(role).info;
}

GeoResolver::Databases GeoResolver::databases() const {
    std::lock_guard lock(m_mutex);
    return {m_country.db, m_as.db};
}

GeoRecord GeoResolver::lookupUncached(const IpAddress& address) const {
    return lookupIn(databases(), address);
}

GeoRecord GeoResolver::lookup(const IpAddress& address) {
    if (auto cached = m_cache.get(address)) {
        return std::move(*cached);
    }
    maybeCheckFiles();
    const uint64_t generation = m_cache.generation();
    GeoRecord record = lookupUncached(address);
    m_cache.put(address, record, generation);
    return record;
}

}  // namespace flowscope
