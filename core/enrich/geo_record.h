// What Flowscope knows about an address's place in the Internet: country and autonomous system.
#pragma once

#include <cstdint>
#include <string>

namespace flowscope {

struct GeoRecord {
    std::string countryCode;     // ISO 3166-1 alpha-2, upper case ("US"); empty if unknown
    std::string countryName;     // English ("United States"); empty if unknown
    uint32_t asNumber = 0;       // autonomous system number; 0 if unknown
    std::string asOrganization;  // "Google LLC"; may be empty even when asNumber is known

    bool hasCountry() const { return !countryCode.empty(); }
    bool hasAs() const { return asNumber != 0; }
    bool empty() const { return !hasCountry() && !hasAs(); }

    friend bool operator==(const GeoRecord&, const GeoRecord&) = default;
};

}  // namespace flowscope
