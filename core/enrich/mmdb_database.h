// A MaxMind DB (.mmdb) file, opened with libmaxminddb and checked in full before it is used.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/base/ip_address.h"
#include "core/base/result.h"
#include "core/enrich/geo_record.h"
#include "core/enrich/mmdb_private_copy.h"

namespace flowscope {

struct MmdbMetadata {
    std::string databaseType;  // "GeoLite2-Country", "country ipvAll", "Flowscope-ASN", ...
    std::string description;   // the English description, if any
    uint16_t ipVersion = 0;    // 4 or 6
    uint16_t recordSize = 0;   // 24, 28 or 32 bits
    uint32_t nodeCount = 0;
    uint64_t buildEpoch = 0;  // seconds since 1970, as stored (a damaged file may say anything)
};

// What the records hold, found by reading every record when the file is opened in full.
struct MmdbContents {
    bool counted = false;  // false: opened as a shipped file, records not read

    uint64_t records = 0;         // distinct data records
    uint64_t countryRecords = 0;  // records with a country code (GeoIP2 or flat layout)
    uint64_t asRecords = 0;       // records with an AS number (GeoLite2 or flat layout)

    bool hasCountry() const { return countryRecords > 0; }
    bool hasAs() const { return asRecords > 0; }
};

// How much of a file open() checks.
enum class MmdbCheck {
    // Metadata, every node of the search tree and every data record it points to: the user's
    // files (a damaged one gets one sentence up front instead of failing lookup by lookup).
    Full,
    // The metadata only, the file mapped where it is: the databases installed with Flowscope
    // (resources/), which the test suite checks in full (a full check costs more than a
    // whole `flows --read` of a large capture). Contents stay uncounted.
    Shipped,
};

// Decoded data records by their offset in one database file (MmdbDatabase::lookup).
using MmdbRecordMemo = std::unordered_map<uint32_t, GeoRecord>;

class MmdbDatabase {
public:
    // Reads `path` into memory only this process holds (mmdb_private_copy.h: another process
    // truncating or rewriting the file cannot harm a database in use) and checks it: the metadata,
    // every node of the search tree and every data record it points to. Errors, each one sentence
    // naming the file: NotFound, PermissionDenied, BadFormat (not an MMDB file), Corrupt (damaged),
    // Io.
    // MmdbCheck::Shipped skips the private copy and the check of the tree and records.
    static Result<std::unique_ptr<MmdbDatabase>> open(const std::filesystem::path& path,
                                                      MmdbCheck check = MmdbCheck::Full);

    ~MmdbDatabase();
    MmdbDatabase(const MmdbDatabase&) = delete;
    MmdbDatabase& operator=(const MmdbDatabase&) = delete;

    const std::filesystem::path& path() const;
    // The file's stamp when it was read, to notice a later change.
    const FileStamp& stamp() const;
    const MmdbMetadata& metadata() const;
    const MmdbContents& contents() const;

    // Country and AS of `address`, read from either layout (geo_fields.h). An address the file
    // does not cover, or an IPv6 address in an IPv4-only file, gives an empty record; an
    // IPv4-mapped IPv6 address is looked up as IPv4. Thread-safe (the file is read-only).
    // With a memo, each data record of the file is decoded once per memo: many networks share
    // one record (the built-in country database's 1.4 million nodes point to 250), and decoding
    // is most of a lookup after the tree walk. A memo belongs to one thread and one database.
    Result<GeoRecord> lookup(const IpAddress& address, MmdbRecordMemo* memo = nullptr) const;

private:
    struct Impl;
    explicit MmdbDatabase(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace flowscope
