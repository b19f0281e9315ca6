#include "core/store/history_types.h"

namespace flowscope::history {

namespace {
constexpr const char* kDimensions[] = {"application", "host", "service", "country", "as"};
}

const char* dimensionName(Dimension dimension) {
    return kDimensions[static_cast<int>(dimension)];
}

bool parseDimension(const std::string& text, Dimension& out) {
    for (int i = 0; i < static_cast<int>(std::size(kDimensions)); ++i) {
        if (text == kDimensions[i]) {
            out = static_cast<Dimension>(i);
            return true;
        }
    }
    return false;
}

const char* granularityName(Granularity granularity) {
    switch (granularity) {
        case Granularity::Minute:
            return "minute";
        case Granularity::Hour:
            return "hour";
        case Granularity::Day:
            return "day";
    }
    return "";
}

}  // namespace flowscope::history
