#include <net/if.h>

#include "core/capture/interface_index.h"

namespace flowscope {

uint32_t interfaceIndex(const std::string& adapterName) {
    return adapterName.empty() ? 0 : if_nametoindex(adapterName.c_str());
}

}  // namespace flowscope
