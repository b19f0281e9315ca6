// Text formatting shared by the pages and models of the desktop UI.
#pragma once

#include <QString>
#include <cstdint>

#include "core/engine/host_name.h"
#include "core/enrich/address_kind.h"
#include "core/flow/flow_key.h"

namespace flowscope::ui {

enum class RateUnit { Bytes, Bits, Packets };

// SI units: "512 B", "1.2 kB", "1.2 MB", "3.4 GB" (the decimal separator of the current
// locale: "1,2 kB" in German).
QString formatBytes(uint64_t bytes);
// "1.2 MB/s" (Bytes), "9.6 Mbit/s" (Bits, the value is still bytes per second), "120 pkt/s"
// (Packets, the value is packets per second).
QString formatRate(double perSecond, RateUnit unit);
// Thousands separators of the current locale: "1,234,567".
// "850 ms", "42 s", "3 min 07 s", "2 h 05 min", "3 d 4 h", in the app's language.
QString formatDuration(int64_t ns);
QString formatCount(uint64_t count);
// The `n` to give tr() for choosing the plural form of `count` (tr() takes an int): the count
// itself up to INT_MAX, beyond it a number that ends in the same six digits, which is what
// every language's plural rule looks at. Show the count itself with formatCount.
int pluralCount(uint64_t count);
// "12.5 %" with the current locale's decimal separator; `share` is 0..1.
QString formatPercent(double share);
// "1.2.3.4:443", "[2001:db8::1]:443"; the address alone when the protocol has no ports.
QString endpointText(const Endpoint& endpoint, bool hasPorts);
// Local time with milliseconds: "2024-01-02 13:45:06.123". Empty for 0.
QString formatTime(int64_t ns);
// What kind of address, for people and in their language: "public", "this computer", …
QString addressKindText(AddressKind kind);
// Where a host name came from, for people and in their language: "DNS answer", "TLS (SNI)", …
QString nameSourceText(HostNameSource source);
// "TCP", "UDP", "ICMP", "ICMPv6", else "IP 47".
QString protocolText(uint8_t ipProtocol);

}  // namespace flowscope::ui
