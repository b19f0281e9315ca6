// libFuzzer: the TLS ClientHello server_name parser, whole and split in two (as the name
// learner meets a ClientHello spread over two TCP segments: a prefix, then all of it).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include "core/enrich/tls_client_hello.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace flowscope;
    std::string name;
    const ParseStatus whole = parseTlsClientHelloSni(std::span(data, size), name);
    if (whole == ParseStatus::Ok) {
        if (name.empty() || name.size() > 255) {
            std::abort();
        }
        for (char c : name) {
            if (c < '!' || c > '~' || (c >= 'A' && c <= 'Z')) {
                std::abort();
            }
        }
    }
    looksLikeTlsClientHello(std::span(data, size));
    if (size > 1) {
        // A prefix never contradicts the whole: Ok on a prefix means the same name on the whole.
        std::string prefixName;
        const size_t cut = data[0] % size;
        if (parseTlsClientHelloSni(std::span(data, cut), prefixName) == ParseStatus::Ok &&
            (whole != ParseStatus::Ok || prefixName != name)) {
            std::abort();
        }
    }
    return 0;
}
