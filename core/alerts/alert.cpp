#include "core/alerts/alert.h"

namespace flowscope {

const char* alertRuleName(AlertRule rule) {
    switch (rule) {
        case AlertRule::NewProgram:
            return "new-program";
        case AlertRule::Blocklist:
            return "blocklist";
        case AlertRule::TrafficRate:
            return "traffic-rate";
        case AlertRule::Favorite:
            return "favorite";
        case AlertRule::DataCap:
            return "data-cap";
        case AlertRule::CaptureTrouble:
            return "capture-trouble";
    }
    return "unknown";
}

}  // namespace flowscope
