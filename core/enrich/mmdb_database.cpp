#include "core/enrich/mmdb_database.h"
#include "core/base/system_reason.h"

#include <maxminddb.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <system_error>

#if defined(_WIN32)
#include <ws2tcpip.h>
#else
#include <netinet/in.h>
#include <sys/socket.h>
#endif

#include "core/enrich/geo_fields.h"
#include "core/enrich/mmdb_private_copy.h"
#include "core/enrich/mmdb_verify.h"

namespace flowscope {

namespace fs = std::filesystem;

struct MmdbDatabase::Impl {
    MMDB_s mmdb{};
    bool opened = false;
    fs::path path;
    FileStamp stamp;
    MmdbMetadata metadata;
    MmdbContents contents;

    ~Impl() {
        if (opened) {
            MMDB_close(&mmdb);
        }
    }
};

namespace {

// Why a file cannot even be opened, checked before libmaxminddb sees it so that the sentence
// can say what to do. nullopt when the file looks readable.
std::optional<Error> accessProblem(const fs::path& path) {
    std::error_code ec;
    const auto st = fs::status(path, ec);
    if (!fs::exists(st)) {
        return makeError(
            ErrorCode::NotFound,
            phrase(FS_PHRASE("Core", "The database file '%1' does not exist; check the path."),
                   {verbatim(path.string())}));
    }
    if (fs::is_directory(st)) {
        return makeError(ErrorCode::BadFormat,
                         phrase(FS_PHRASE("Core",
                                          "'%1' is a folder, not a database file; choose "
                                          "an .mmdb file."),
                                {verbatim(path.string())}));
    }
    if (std::FILE* f = std::fopen(path.string().c_str(), "rb")) {
        std::fclose(f);
        return std::nullopt;
    }
    const int err = errno;
    if (err == EACCES || err == EPERM) {
        return makeError(
            ErrorCode::PermissionDenied,
            phrase(FS_PHRASE("Core",
                             "The database file '%1' cannot be read (permission denied); "
                             "check its permissions."),
                   {verbatim(path.string())}));
    }
    return makeError(ErrorCode::Io,
                     phrase(FS_PHRASE("Core",
                                      "The database file '%1' cannot be opened (%2); check "
                                      "the disk and the path."),
                            {verbatim(path.string()), systemReason(err)}));
}

// `reason` is libmaxminddb's or the verifier's English clause.
Error damagedDatabase(const fs::path& path, const std::string& reason) {
    //: %2 is the reason, a clause in English.
    return makeError(ErrorCode::Corrupt,
                     phrase(FS_PHRASE("Core",
                                      "The database file '%1' is damaged: %2; download "
                                      "it again."),
                            {verbatim(path.string()), verbatim(reason)}));
}

Error openProblem(const fs::path& path, int status) {
    switch (status) {
        case MMDB_FILE_OPEN_ERROR:
        case MMDB_IO_ERROR:
            return makeError(ErrorCode::Io,
                             phrase(FS_PHRASE("Core",
                                              "The database file '%1' could not be read; "
                                              "check the disk and try again."),
                                    {verbatim(path.string())}));
        case MMDB_INVALID_METADATA_ERROR:
        case MMDB_UNKNOWN_DATABASE_FORMAT_ERROR:
        case MMDB_INVALID_LOOKUP_PATH_ERROR:
        case MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR:  // metadata lacks a required field
            return makeError(ErrorCode::BadFormat,
                             phrase(FS_PHRASE("Core",
                                              "'%1' is not a MaxMind DB (.mmdb) file or "
                                              "its metadata is damaged; choose a "
                                              "GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb "
                                              "file."),
                                    {verbatim(path.string())}));
        case MMDB_OUT_OF_MEMORY_ERROR:
            return makeError(ErrorCode::Corrupt,
                             phrase(FS_PHRASE("Core",
                                              "The database file '%1' cannot be loaded "
                                              "(its sizes do not fit in memory, so it is "
                                              "probably damaged); download it again."),
                                    {verbatim(path.string())}));
        default:
            return damagedDatabase(path, mmdbProblem(status));
    }
}

MmdbMetadata readMetadata(const MMDB_s& mmdb) {
    MmdbMetadata m;
    const MMDB_metadata_s& raw = mmdb.metadata;
    m.databaseType = raw.database_type != nullptr ? raw.database_type : "";
    m.ipVersion = raw.ip_version;
    m.recordSize = raw.record_size;
    m.nodeCount = raw.node_count;
    m.buildEpoch = raw.build_epoch;
    for (size_t i = 0; i < raw.description.count; ++i) {
        const MMDB_description_s* d = raw.description.descriptions[i];
        if (d == nullptr || d->description == nullptr) {
            continue;
        }
        const bool english = d->language != nullptr && std::strcmp(d->language, "en") == 0;
        if (english || m.description.empty()) {
            m.description = d->description;
        }
        if (english) {
            break;
        }
    }
    return m;
}

bool isV4Mapped(const IpAddress& a) {
    const auto& b = a.bytes();
    for (int i = 0; i < 10; ++i) {
        if (b[size_t(i)] != 0) {
            return false;
        }
    }
    return b[10] == 0xff && b[11] == 0xff;
}

}  // namespace

MmdbDatabase::MmdbDatabase(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
MmdbDatabase::~MmdbDatabase() = default;

Result<std::unique_ptr<MmdbDatabase>> MmdbDatabase::open(const fs::path& path, MmdbCheck check) {
    if (auto problem = accessProblem(path)) {
        return *problem;
    }
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    int status = MMDB_SUCCESS;
    if (check == MmdbCheck::Shipped) {
        // Installed with Flowscope and replaced only by an update (a new file, not a rewrite in
        // place): mapped directly.
        impl->stamp = fileStamp(path);
        status = MMDB_open(path.string().c_str(), MMDB_MODE_MMAP, &impl->mmdb);
    } else {
        // libmaxminddb maps the private copy, never the user's file: nothing another process
        // does to that file can fault the mapping.
        auto copy = MmdbPrivateCopy::make(path);
        if (!copy) {
            return copy.error();
        }
        impl->stamp = copy->stamp();
        status = MMDB_open(copy->openPath().c_str(), MMDB_MODE_MMAP, &impl->mmdb);
        copy->forgetName();
    }
    if (status != MMDB_SUCCESS) {
        return openProblem(path, status);
    }
    impl->opened = true;
    impl->metadata = readMetadata(impl->mmdb);
    if (check == MmdbCheck::Full) {
        const Status verified = verifyMmdb(impl->mmdb, impl->contents);
        if (!verified) {
            return damagedDatabase(path, verified.error().message);
        }
        impl->contents.counted = true;
    }
    return std::unique_ptr<MmdbDatabase>(new MmdbDatabase(std::move(impl)));
}

const fs::path& MmdbDatabase::path() const {
    return m_impl->path;
}
const FileStamp& MmdbDatabase::stamp() const {
    return m_impl->stamp;
}
const MmdbMetadata& MmdbDatabase::metadata() const {
    return m_impl->metadata;
}
const MmdbContents& MmdbDatabase::contents() const {
    return m_impl->contents;
}

namespace {

// Where `address` leads in the tree of `mmdb`: an entry without data when the file does not
// cover it (or cannot hold it: IPv6 in an IPv4-only file).
Result<MMDB_lookup_result_s> findEntry(const MMDB_s& mmdb, const fs::path& path,
                                       const IpAddress& address) {
    sockaddr_in in4{};
    sockaddr_in6 in6{};
    const sockaddr* sa = nullptr;
    if (address.isV4() || (address.isV6() && isV4Mapped(address))) {
        in4.sin_family = AF_INET;
        std::memcpy(&in4.sin_addr, address.bytes().data() + (address.isV4() ? 0 : 12), 4);
        sa = reinterpret_cast<const sockaddr*>(&in4);
    } else if (address.isV6() && mmdb.metadata.ip_version != 4) {
        in6.sin6_family = AF_INET6;
        std::memcpy(&in6.sin6_addr, address.bytes().data(), 16);
        sa = reinterpret_cast<const sockaddr*>(&in6);
    } else {
        return MMDB_lookup_result_s{};
    }
    int error = MMDB_SUCCESS;
    // libmaxminddb takes a non-const handle but only reads it.
    MMDB_lookup_result_s found = MMDB_lookup_sockaddr(const_cast<MMDB_s*>(&mmdb), sa, &error);
    if (error != MMDB_SUCCESS) {
        return makeError(ErrorCode::Corrupt,
                         phrase(FS_PHRASE("Core",
                                          "Looking up %1 in '%2' failed because %3; "
                                          "download it again."),
                                {verbatim(address.toString()), verbatim(path.string()),
                                 verbatim(mmdbProblem(error))}));
    }
    return found;
}

Result<GeoRecord> readEntry(const fs::path& path, const IpAddress& address, MMDB_entry_s entry) {
    GeoRecord record;
    const int status = readGeoFields(entry, record);
    if (status != MMDB_SUCCESS) {
        return makeError(ErrorCode::Corrupt,
                         phrase(FS_PHRASE("Core",
                                          "The record for %1 in '%2' cannot be read "
                                          "because %3; download it again."),
                                {verbatim(address.toString()), verbatim(path.string()),
                                 verbatim(mmdbProblem(status))}));
    }
    return record;
}

}  // namespace

Result<GeoRecord> MmdbDatabase::lookup(const IpAddress& address, MmdbRecordMemo* memo) const {
    auto found = findEntry(m_impl->mmdb, m_impl->path, address);
    if (!found) {
        return found.error();
    }
    if (!found.value().found_entry) {
        return GeoRecord{};
    }
    const MMDB_entry_s entry = found.value().entry;
    if (memo == nullptr) {
        return readEntry(m_impl->path, address, entry);
    }
    if (auto it = memo->find(entry.offset); it != memo->end()) {
        return it->second;
    }
    auto record = readEntry(m_impl->path, address, entry);
    if (record) {
        memo->emplace(entry.offset, record.value());
    }
    return record;
}

}  // namespace flowscope
