// A remote end's host name as snapshots carry it, and where Flowscope learned it.
#pragma once

#include <cstdint>
#include <string>

namespace flowscope {

enum class HostNameSource : uint8_t {
    Sni,         // this connection's TLS ClientHello server_name
    HttpHost,    // this connection's HTTP Host
    DnsAnswer,   // the DNS answer that gave the remote address
    DnsPtr,      // a PTR answer seen in the traffic
    ReverseDns,  // our own reverse lookup (PTR) of the remote address
};
const char* hostNameSourceName(HostNameSource source);  // "sni", "http", "dns", "ptr", "rdns"

struct HostName {
    std::string name;
    HostNameSource source = HostNameSource::DnsAnswer;
};

}  // namespace flowscope
