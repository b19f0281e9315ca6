// Reads country and AS fields from one MMDB record, in the layouts Flowscope understands
// (internal to core/enrich: exposes libmaxminddb types).
//
//   country: GeoIP2/GeoLite2 `country.iso_code` + `country.names.en`; flat `country_code`
//            (DB-IP Lite, IPinfo Lite, where `country` then holds the name); IPinfo's older
//            `country` (a two-letter code) + `country_name`.
//   AS:      GeoLite2/GeoIP2 `autonomous_system_number` + `autonomous_system_organization`;
//            flat `asn` (a number, or a string "AS15169" as IPinfo writes it) + `as_name`.
// A missing country name is filled from the ISO 3166 table (geo_country_names.h).
#pragma once

#include <maxminddb.h>

#include "core/enrich/geo_record.h"

namespace flowscope {

// Fills `out` from the record at `entry`; returns MMDB_SUCCESS, or a libmaxminddb error when
// the record cannot be decoded. Fields the record lacks stay empty.
int readGeoFields(MMDB_entry_s entry, GeoRecord& out);

// Whether a record, already decoded into `list` (MMDB_get_entry_data_list), holds a country
// code and an AS number that readGeoFields() would find: the same rules, without decoding the
// record again (used when every record of a file is checked at open).
struct GeoFieldsPresent {
    bool country = false;
    bool as = false;
};
GeoFieldsPresent scanGeoFields(const MMDB_entry_data_list_s* list);

}  // namespace flowscope
