#include "core/enrich/geo_batch_lookup.h"

namespace flowscope {

GeoRecord lookupIn(const GeoResolver::Databases& databases, const IpAddress& address,
                   MmdbRecordMemo* countries, MmdbRecordMemo* as) {
    GeoRecord record;
    if (databases.country) {
        if (auto r = databases.country->lookup(address, countries)) {
            record.countryCode = std::move(r->countryCode);
            record.countryName = std::move(r->countryName);
        }
    }
    if (databases.as) {
        if (auto r = databases.as->lookup(address, as)) {
            record.asNumber = r->asNumber;
            record.asOrganization = std::move(r->asOrganization);
        }
    }
    return record;
}

}  // namespace flowscope
