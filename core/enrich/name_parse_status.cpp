#include "core/enrich/name_parse_status.h"

namespace flowscope {

const char* parseStatusName(ParseStatus status) {
    switch (status) {
        case ParseStatus::Ok:
            return "ok";
        case ParseStatus::Truncated:
            return "truncated";
        case ParseStatus::Malformed:
            return "malformed";
        case ParseStatus::Absent:
            return "absent";
        case ParseStatus::Other:
            return "other";
    }
    return "other";
}

}  // namespace flowscope
