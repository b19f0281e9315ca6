// The DNS server the system uses, from resolv.conf(5).
#pragma once

#include <string>

#include "core/base/ip_address.h"
#include "core/base/result.h"

namespace flowscope {

// The first usable "nameserver" line of the file at `path` (IPv4 or IPv6; an IPv6 address
// with a %zone is skipped, since a zone cannot be kept). Errors (one sentence each): the file
// cannot be read (NotFound / PermissionDenied), or it names no usable nameserver (NotFound).
Result<IpAddress> nameserverFromResolvConf(const std::string& path);

}  // namespace flowscope
