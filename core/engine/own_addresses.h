// The addresses of the adapter a live capture reads (every adapter's for "any"): flows with
// one of them at one end have that end as their local side.
#pragma once

#include <string>
#include <vector>

#include "core/base/ip_address.h"

namespace flowscope {

std::vector<IpAddress> adapterAddresses(const std::string& interface);

}  // namespace flowscope
