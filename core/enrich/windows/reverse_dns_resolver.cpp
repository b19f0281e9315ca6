// ReverseDnsResolver on Windows: the resolver's DNS client (../reverse_dns_resolver.cpp and
// ../reverse_dns_socket.cpp) is written against POSIX sockets, poll() and a wake-up pipe, and
// has no Winsock port yet. start() says so in one sentence; FlowNamer and the CLI's --names
// report it once and carry on with the names learned from DNS answers, TLS and HTTP.
#include "core/enrich/reverse_dns_resolver.h"

namespace flowscope {

struct ReverseDnsResolver::Impl {};

Result<std::unique_ptr<ReverseDnsResolver>> ReverseDnsResolver::start(ReverseDnsConfig) {
    return makeError(ErrorCode::Internal,
                     "Reverse DNS lookups are not available in the Windows build of Flowscope "
                     "yet; host names seen in DNS answers, TLS and HTTP are still shown.");
}

ReverseDnsResolver::ReverseDnsResolver(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ReverseDnsResolver::~ReverseDnsResolver() = default;

// start() never returns a resolver, so nothing below is reachable; it keeps the class whole.
ReverseDnsRequest ReverseDnsResolver::request(const IpAddress&, ReverseDnsResult*) {
    return ReverseDnsRequest::Stopped;
}
std::optional<ReverseDnsResult> ReverseDnsResolver::cached(const IpAddress&) const {
    return std::nullopt;
}
std::vector<ReverseDnsResult> ReverseDnsResolver::takeResults() {
    return {};
}
void ReverseDnsResolver::stop() {}
ReverseDnsCounters ReverseDnsResolver::counters() const {
    return {};
}
size_t ReverseDnsResolver::inFlight() const {
    return 0;
}
size_t ReverseDnsResolver::queued() const {
    return 0;
}
IpAddress ReverseDnsResolver::nameserver() const {
    return {};
}

}  // namespace flowscope
