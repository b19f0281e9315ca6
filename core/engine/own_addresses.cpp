#include "core/engine/own_addresses.h"

#include "core/capture/adapters.h"

namespace flowscope {

std::vector<IpAddress> adapterAddresses(const std::string& interface) {
    std::vector<IpAddress> out;
    auto adapters = listAdapters();
    if (!adapters) {
        return out;
    }
    for (const auto& adapter : adapters.value()) {
        if (interface == "any" || adapter.name == interface) {
            for (const auto& a : adapter.addresses) {
                out.push_back(a.address);
            }
        }
    }
    return out;
}

}  // namespace flowscope
