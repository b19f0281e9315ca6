// libFuzzer: the HTTP/1.x request Host parser.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include "core/enrich/http_host.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace flowscope;
    std::string host;
    const ParseStatus s = parseHttpHost(std::span(data, size), host);
    if (s == ParseStatus::Ok && (host.empty() || host.size() > 255)) {
        std::abort();
    }
    if (size > 1) {
        std::string prefixHost;
        const size_t cut = data[size - 1] % size;
        if (parseHttpHost(std::span(data, cut), prefixHost) == ParseStatus::Ok &&
            (s != ParseStatus::Ok || prefixHost != host)) {
            std::abort();
        }
    }
    return 0;
}
