// Country and AS of many addresses in a row on one thread, for a one-shot run such as `flows`
// printing 50,000 flows. GeoResolver::lookup is made for a monitor that sees the same hosts
// again and again: its cache costs more than the lookup itself when most addresses come once
// (2.5 us against 1.2 us per miss, docs/benchmarks.md), and every lookup takes a lock. Here
// the databases are taken once, there is no cache, and each data record of a file is decoded
// once (MmdbRecordMemo).
#pragma once

#include "core/base/ip_address.h"
#include "core/enrich/geo_record.h"
#include "core/enrich/geo_resolver.h"
#include "core/enrich/mmdb_database.h"

namespace flowscope {

// Country from `databases.country`, AS from `databases.as` (either may be null: that part
// stays empty); the memos may be null. A database that fails a lookup gives an empty part.
GeoRecord lookupIn(const GeoResolver::Databases& databases, const IpAddress& address,
                   MmdbRecordMemo* countries = nullptr, MmdbRecordMemo* as = nullptr);

class GeoBatchLookup {
public:
    // Answers from the databases `resolver` uses now; a later change of them (a user's file
    // replaced) is seen by the next GeoBatchLookup made after GeoResolver::checkFilesIfDue.
    explicit GeoBatchLookup(const GeoResolver& resolver) : m_databases(resolver.databases()) {}

    // The same record as GeoResolver::lookup would give.
    GeoRecord lookup(const IpAddress& address) {
        return lookupIn(m_databases, address, &m_countries, &m_as);
    }

private:
    GeoResolver::Databases m_databases;
    MmdbRecordMemo m_countries;
    MmdbRecordMemo m_as;
};

}  // namespace flowscope
