#include "core/enrich/geo_resolver.h"

#include <utility>

#include "core/enrich/resources_path.h"

namespace flowscope {

namespace {

const char* roleWord(GeoRole role) {
    return role == GeoRole::Country ? "country" : "AS";
}

std::string withoutFinalPeriod(std::string s) {
    if (!s.empty() && s.back() == '.') {
        s.pop_back();
    }
    return s;
}

Result<std::shared_ptr<const MmdbDatabase>> openEmbedded(GeoRole role) {
    auto path = findResource(role == GeoRole::Country ? kEmbeddedCountryDb : kEmbeddedAsDb);
    if (!path) {
        return path.error();
    }
    return GeoResolver::openFor(role, path.value());
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
        const std::string holds =
            role == GeoRole::Country && c.hasAs()   ? "AS numbers but no countries"
            : role == GeoRole::As && c.hasCountry() ? "countries but no AS numbers"
                                                    : "neither countries nor AS numbers";
        const std::string choose =
            role == GeoRole::Country
                ? "a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)"
                : "an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)";
        return makeError(ErrorCode::BadFormat, "The file '" + file.string() + "' (" +
                                                   (type.empty() ? "no type" : type) + ") holds " +
                                                   holds + "; choose " + choose + ".");
    }
    return std::shared_ptr<const MmdbDatabase>(std::move(db).value());
}

GeoResolver::GeoResolver(const GeoResolverOptions& options) : m_cache(options.cacheCapacity) {
    setDatabase(GeoRole::Country, options.countryDb);
    setDatabase(GeoRole::As, options.asDb);
}

Status GeoResolver::setDatabase(GeoRole role, const std::filesystem::path& userFile) {
    Slot next;
    std::string userError;
    if (!userFile.empty()) {
        auto db = openFor(role, userFile);
        if (db) {
            next.db = std::move(db).value();
        } else {
            userError = db.error().message;
        }
    }
    if (!next.db) {
        auto db = openEmbedded(role);
        if (db) {
            next.db = std::move(db).value();
            next.info.embedded = true;
            if (!userError.empty()) {
                next.info.error = withoutFinalPeriod(userError) + "; Flowscope uses its built-in " +
                                  roleWord(role) + " database instead.";
            }
        } else if (!userError.empty()) {
            next.info.error = withoutFinalPeriod(userError) + "; the built-in " + roleWord(role) +
                              " database cannot be used either (" +
                              withoutFinalPeriod(db.error().message) + ").";
        } else {
            next.info.error = db.error().message;
        }
    }
    if (next.db) {
        next.info.loaded = true;
        next.info.path = next.db->path();
        next.info.metadata = next.db->metadata();
        next.info.contents = next.db->contents();
    }
    const std::string error = next.info.error;
    {
        std::lock_guard lock(m_mutex);
        slot(role) = std::move(next);
    }
    m_cache.clear();
    if (!error.empty()) {
        return makeError(userError.empty() ? ErrorCode::NotFound : ErrorCode::BadFormat, error);
    }
    return {};
}

GeoDatabaseInfo GeoResolver::info(GeoRole role) const {
    std::lock_guard lock(m_mutex);
    return slot(role).info;
}

GeoRecord GeoResolver::lookupUncached(const IpAddress& address) const {
    std::shared_ptr<const MmdbDatabase> country;
    std::shared_ptr<const MmdbDatabase> as;
    {
        std::lock_guard lock(m_mutex);
        country = m_country.db;
        as = m_as.db;
    }
    GeoRecord record;
    if (country) {
        if (auto r = country->lookup(address)) {
            record.countryCode = std::move(r->countryCode);
            record.countryName = std::move(r->countryName);
        }
    }
    if (as) {
        if (auto r = as->lookup(address)) {
            record.asNumber = r->asNumber;
            record.asOrganization = std::move(r->asOrganization);
        }
    }
    return record;
}

GeoRecord GeoResolver::lookup(const IpAddress& address) {
    if (auto cached = m_cache.get(address)) {
        return std::move(*cached);
    }
    const uint64_t generation = m_cache.generation();
    GeoRecord record = lookupUncached(address);
    m_cache.put(address, record, generation);
    return record;
}

}  // namespace flowscope
