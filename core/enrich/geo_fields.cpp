#include "core/enrich/geo_fields.h"

#include <string_view>

#include "core/enrich/geo_country_names.h"

namespace flowscope {

namespace {

// Looks up `path` (NULL-terminated) below `entry`. Returns MMDB_SUCCESS with `found` telling
// whether the value exists; a path that does not match the data (a string where a map was
// expected) counts as absent, not as an error.
int getValue(MMDB_entry_s& entry, const char* const* path, MMDB_entry_data_s& data, bool& found) {
    found = false;
    const int status = MMDB_aget_value(&entry, &data, path);
    if (status == MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR) {
        return MMDB_SUCCESS;
    }
    if (status != MMDB_SUCCESS) {
        return status;
    }
    found = data.has_data;
    return MMDB_SUCCESS;
}

bool asString(const MMDB_entry_data_s& data, std::string_view& out) {
    if (data.type != MMDB_DATA_TYPE_UTF8_STRING) {
        return false;
    }
    out = std::string_view(data.utf8_string, data.data_size);
    return true;
}

bool isCountryCode(std::string_view s) {
    auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    return s.size() == 2 && letter(s[0]) && letter(s[1]);
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') {
            c = char(c - 'a' + 'A');
        }
    }
    return out;
}

// An AS number stored as an unsigned integer, or as text "AS15169" / "15169" (IPinfo).
bool asNumber(const MMDB_entry_data_s& data, uint32_t& out) {
    uint64_t v = 0;
    switch (data.type) {
        case MMDB_DATA_TYPE_UINT16:
            v = data.uint16;
            break;
        case MMDB_DATA_TYPE_UINT32:
            v = data.uint32;
            break;
        case MMDB_DATA_TYPE_UINT64:
            v = data.uint64;
            break;
        case MMDB_DATA_TYPE_INT32:
            if (data.int32 < 0) {
                return false;
            }
            v = uint64_t(data.int32);
            break;
        case MMDB_DATA_TYPE_UTF8_STRING: {
            std::string_view s(data.utf8_string, data.data_size);
            if (s.size() > 2 && (s[0] == 'A' || s[0] == 'a') && (s[1] == 'S' || s[1] == 's')) {
                s.remove_prefix(2);
            }
            if (s.empty() || s.size() > 10) {
                return false;
            }
            for (char c : s) {
                if (c < '0' || c > '9') {
                    return false;
                }
                v = v * 10 + uint64_t(c - '0');
            }
            break;
        }
        default:
            return false;
    }
    if (v == 0 || v > UINT32_MAX) {
        return false;
    }
    out = uint32_t(v);
    return true;
}

int readCountry(MMDB_entry_s& entry, GeoRecord& out) {
    static const char* const kIsoCode[] = {"country", "iso_code", nullptr};
    static const char* const kNameEn[] = {"country", "names", "en", nullptr};
    static const char* const kCountryCode[] = {"country_code", nullptr};
    static const char* const kCountry[] = {"country", nullptr};
    static const char* const kCountryName[] = {"country_name", nullptr};
    MMDB_entry_data_s data;
    bool found = false;
    std::string_view text;
    std::string_view name;

    int status = getValue(entry, kIsoCode, data, found);
    if (status != MMDB_SUCCESS) {
        return status;
    }
    if (found && asString(data, text) && isCountryCode(text)) {
        out.countryCode = upper(text);
        if ((status = getValue(entry, kNameEn, data, found)) != MMDB_SUCCESS) {
            return status;
        }
        if (found && asString(data, name)) {
            out.countryName = std::string(name);
        }
    } else {
        if ((status = getValue(entry, kCountryCode, data, found)) != MMDB_SUCCESS) {
            return status;
        }
        const bool flatCode = found && asString(data, text) && isCountryCode(text);
        if (flatCode) {
            out.countryCode = upper(text);
        }
        // IPinfo Lite: `country` is the name next to `country_code`; IPinfo's older files
        // put the code itself in `country`.
        if ((status = getValue(entry, kCountry, data, found)) != MMDB_SUCCESS) {
            return status;
        }
        if (found && asString(data, name)) {
            if (!flatCode && isCountryCode(name)) {
                out.countryCode = upper(name);
            } else if (flatCode && name.size() > 2) {
                out.countryName = std::string(name);
            }
        }
        if (!out.countryCode.empty() && out.countryName.empty()) {
            if ((status = getValue(entry, kCountryName, data, found)) != MMDB_SUCCESS) {
                return status;
            }
            if (found && asString(data, name)) {
                out.countryName = std::string(name);
            }
        }
    }
    if (!out.countryCode.empty() && out.countryName.empty()) {
        out.countryName = std::string(countryName(out.countryCode));
    }
    return MMDB_SUCCESS;
}

int readAs(MMDB_entry_s& entry, GeoRecord& out) {
    static const char* const kNumber[] = {"autonomous_system_number", nullptr};
    static const char* const kOrganization[] = {"autonomous_system_organization", nullptr};
    static const char* const kAsn[] = {"asn", nullptr};
    static const char* const kAsName[] = {"as_name", nullptr};
    MMDB_entry_data_s data;
    bool found = false;
    std::string_view text;
    const char* const* orgPath = kOrganization;

    int status = getValue(entry, kNumber, data, found);
    if (status != MMDB_SUCCESS) {
        return status;
    }
    if (!found || !asNumber(data, out.asNumber)) {
        if ((status = getValue(entry, kAsn, data, found)) != MMDB_SUCCESS) {
            return status;
        }
        if (!found || !asNumber(data, out.asNumber)) {
            return MMDB_SUCCESS;
        }
        orgPath = kAsName;
    }
    if ((status = getValue(entry, orgPath, data, found)) != MMDB_SUCCESS) {
        return status;
    }
    if (found && asString(data, text)) {
        out.asOrganization = std::string(text);
    }
    return MMDB_SUCCESS;
}

// The entry after the value starting at `e` (maps and arrays are flattened in pre-order), or
// nullptr at the end of the list or when it ends early.
const MMDB_entry_data_list_s* skipValue(const MMDB_entry_data_list_s* e) {
    uint64_t pending = 1;  // values still to skip
    while (e != nullptr && pending > 0) {
        --pending;
        if (e->entry_data.type == MMDB_DATA_TYPE_MAP) {
            pending += 2 * uint64_t(e->entry_data.data_size);
        } else if (e->entry_data.type == MMDB_DATA_TYPE_ARRAY) {
            pending += e->entry_data.data_size;
        }
        e = e->next;
    }
    return e;
}

bool keyIs(const MMDB_entry_data_list_s* e, std::string_view key) {
    std::string_view text;
    return e != nullptr && asString(e->entry_data, text) && text == key;
}

}  // namespace

GeoFieldsPresent scanGeoFields(const MMDB_entry_data_list_s* list) {
    GeoFieldsPresent found;
    if (list == nullptr || list->entry_data.type != MMDB_DATA_TYPE_MAP) {
        return found;
    }
    std::string_view text;
    uint32_t number = 0;
    const MMDB_entry_data_list_s* e = list->next;
    for (uint32_t pair = 0; pair < list->entry_data.data_size && e != nullptr; ++pair) {
        const MMDB_entry_data_list_s* key = e;
        const MMDB_entry_data_list_s* value = e->next;
        if (value == nullptr) {
            break;
        }
        const MMDB_entry_data_s& v = value->entry_data;
        if (keyIs(key, "country_code")) {
            found.country |= asString(v, text) && isCountryCode(text);
        } else if (keyIs(key, "country")) {
            if (v.type == MMDB_DATA_TYPE_MAP) {
                // GeoIP2: look for iso_code among the map's own keys.
                const MMDB_entry_data_list_s* inner = value->next;
                for (uint32_t k = 0; k < v.data_size && inner != nullptr; ++k) {
                    if (keyIs(inner, "iso_code") && inner->next != nullptr) {
                        found.country |=
                            asString(inner->next->entry_data, text) && isCountryCode(text);
                    }
                    inner = skipValue(inner->next);
                }
            } else {
                found.country |= asString(v, text) && isCountryCode(text);
            }
        } else if (keyIs(key, "autonomous_system_number") || keyIs(key, "asn")) {
            found.as |= asNumber(v, number);
        }
        e = skipValue(value);
    }
    return found;
}

int readGeoFields(MMDB_entry_s entry, GeoRecord& out) {
    const int status = readCountry(entry, out);
    if (status != MMDB_SUCCESS) {
        return status;
    }
    return readAs(entry, out);
}

}  // namespace flowscope
