#include <algorithm>

#include "app/cli/commands.h"

namespace flowscope::cli {

namespace {

// A function-local static, so registrations from other files' static initialisers are safe
// whatever the initialisation order.
std::vector<Command>& registry() {
    static std::vector<Command> list;
    return list;
}

}  // namespace

const std::vector<Command>& commands() {
    return registry();
}

CommandRegistration::CommandRegistration(const char* name, const char* summary, int order,
                                         CommandFunction run) {
    auto& list = registry();
    list.push_back(Command{name, summary, order, run});
    std::stable_sort(list.begin(), list.end(),
                     [](const Command& a, const Command& b) { return a.order < b.order; });
}

std::string plural(uint64_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace flowscope::cli
