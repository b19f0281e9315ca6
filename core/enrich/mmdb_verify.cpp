#include "core/enrich/mmdb_verify.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/enrich/geo_fields.h"

namespace flowscope {

namespace {

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool validUtf8(const uint8_t* s, size_t n) {
    size_t i = 0;
    while (i < n) {
        const uint8_t c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        uint32_t cp = 0;
        if ((c & 0xe0) == 0xc0) {
            len = 2;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (n - i < len) {
            return false;
        }
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xc0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        static const uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return false;
        }
        i += len;
    }
    return true;
}

Error corrupt(std::string reason) {
    return makeError(ErrorCode::Corrupt, std::move(reason));
}

// Decodes the whole record at `offset` and counts the fields Flowscope reads.
Status checkRecord(const MMDB_s& mmdb, uint32_t offset, MmdbContents& contents) {
    MMDB_entry_s entry{&mmdb, offset};
    MMDB_entry_data_list_s* list = nullptr;
    const int status = MMDB_get_entry_data_list(&entry, &list);
    if (status != MMDB_SUCCESS) {
        MMDB_free_entry_data_list(list);
        return corrupt("a record cannot be decoded because " + mmdbProblem(status));
    }
    bool textOk = true;
    for (auto* e = list; e != nullptr && textOk; e = e->next) {
        if (e->entry_data.type == MMDB_DATA_TYPE_UTF8_STRING) {
            textOk = validUtf8(reinterpret_cast<const uint8_t*>(e->entry_data.utf8_string),
                               e->entry_data.data_size);
        }
    }
    const GeoFieldsPresent present = textOk ? scanGeoFields(list) : GeoFieldsPresent{};
    MMDB_free_entry_data_list(list);
    if (!textOk) {
        return corrupt("a record holds text that is not valid UTF-8");
    }
    ++contents.records;
    contents.countryRecords += present.country ? 1 : 0;
    contents.asRecords += present.as ? 1 : 0;
    return {};
}

}  // namespace

std::string mmdbProblem(int status) {
    switch (status) {
        case MMDB_CORRUPT_SEARCH_TREE_ERROR:
        case MMDB_INVALID_NODE_NUMBER_ERROR:
            return "its search tree is corrupt";
        case MMDB_INVALID_DATA_ERROR:
            return "its data section holds bad data";
        case MMDB_INVALID_METADATA_ERROR:
            return "its metadata is damaged";
        case MMDB_OUT_OF_MEMORY_ERROR:
            return "it asks for more memory than is available";
        case MMDB_IO_ERROR:
        case MMDB_FILE_OPEN_ERROR:
            return "it could not be read";
        case MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR:
        case MMDB_INVALID_LOOKUP_PATH_ERROR:
            return "a record is not laid out as its type promises";
        default:
            return "libmaxminddb reports error " + std::to_string(status);
    }
}

Status verifyMmdb(const MMDB_s& mmdb, MmdbContents& contents) {
    contents = {};
    const MMDB_metadata_s& meta = mmdb.metadata;
    if (meta.binary_format_major_version != 2) {
        return corrupt("its format version " + std::to_string(meta.binary_format_major_version) +
                       " is not 2");
    }
    if (meta.ip_version != 4 && meta.ip_version != 6) {
        return corrupt("its IP version " + std::to_string(meta.ip_version) + " is neither 4 nor 6");
    }
    if (meta.node_count == 0) {
        return corrupt("its search tree is empty");
    }
    const uint32_t nodeCount = meta.node_count;
    // Data records live between the 16-byte separator after the tree and the metadata marker.
    uint64_t dataLimit = mmdb.data_section_size;
    if (mmdb.metadata_section > mmdb.data_section) {
        const uint64_t toMetadata = uint64_t(mmdb.metadata_section - mmdb.data_section);
        dataLimit = std::min<uint64_t>(dataLimit, toMetadata >= 14 ? toMetadata - 14 : 0);
    }

    // Every node, reachable or not, in file order: a damaged node that no lookup reaches today
    // is still a damaged file (and readers that walk all networks do reach it).
    std::vector<bool> decoded(size_t(dataLimit), false);
    for (uint32_t node = 0; node < nodeCount; ++node) {
        MMDB_search_node_s sn;
        const int status = MMDB_read_node(&mmdb, node, &sn);
        if (status != MMDB_SUCCESS) {
            return corrupt("its search tree cannot be read because " + mmdbProblem(status));
        }
        const std::pair<uint64_t, uint8_t> records[2] = {{sn.left_record, sn.left_record_type},
                                                         {sn.right_record, sn.right_record_type}};
        for (const auto& [value, type] : records) {
            // The root is every node's ancestor: pointing back to it makes a loop
            // (libmaxminddb calls such a record invalid).
            if (value == 0) {
                return corrupt("its search tree loops back to its root");
            }
            switch (type) {
                case MMDB_RECORD_TYPE_SEARCH_NODE:
                    break;
                case MMDB_RECORD_TYPE_EMPTY:
                    break;
                case MMDB_RECORD_TYPE_DATA: {
                    const uint64_t past = value - nodeCount;  // > 0 for a data record
                    if (past < 16 || past - 16 >= dataLimit) {
                        return corrupt("its search tree points outside the data section");
                    }
                    const uint32_t offset = uint32_t(past - 16);
                    if (!decoded[offset]) {
                        decoded[offset] = true;
                        const Status s = checkRecord(mmdb, offset, contents);
                        if (!s) {
                            return s;
                        }
                    }
                    break;
                }
                default:
                    return corrupt("its search tree points outside the file");
            }
        }
    }
    return {};
}

}  // namespace flowscope
