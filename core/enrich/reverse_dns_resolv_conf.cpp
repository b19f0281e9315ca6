#include "core/enrich/reverse_dns_resolv_conf.h"

#include <cerrno>
#include <fstream>
#include <sstream>

namespace flowscope {

Result<IpAddress> nameserverFromResolvConf(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        const bool denied = errno == EACCES;
        return makeError(denied ? ErrorCode::PermissionDenied : ErrorCode::NotFound,
                         "Cannot read " + path +
                             " to find the DNS server for reverse lookups; set a DNS server "
                             "for reverse DNS explicitly.");
    }
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string keyword;
        std::string value;
        if (!(words >> keyword >> value) || keyword != "nameserver") {
            continue;  // comments (# or ;), other options, blank lines
        }
        if (value.find('%') != std::string::npos) {
            continue;
        }
        if (auto address = IpAddress::parse(value)) {
            return *address;
        }
    }
    return makeError(ErrorCode::NotFound, path +
                                              " lists no usable DNS server; set a DNS server "
                                              "for reverse DNS explicitly.");
}

}  // namespace flowscope
