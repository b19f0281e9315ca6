#include <iostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/json_writer.h"
#include "core/capture/adapters.h"

namespace flowscope::cli {

namespace {

const char* kInterfacesHelp =
    "Usage: flowscope-cli interfaces [--format table|json]\n"
    "\n"
    "Lists the network adapters Flowscope can capture on, with their addresses and flags.\n"
    "The default adapter is marked with '*'.\n";

std::string flagsText(const AdapterInfo& a) {
    std::string out;
    auto add = [&](bool on, const char* word) {
        if (on) {
            out += out.empty() ? word : std::string(",") + word;
        }
    };
    add(a.up, "up");
    add(a.running, "running");
    add(a.loopback, "loopback");
    add(a.wireless, "wireless");
    return out.empty() ? "-" : out;
}

std::string addressText(const AdapterAddress& a) {
    std::string s = a.address.toString();
    if (a.prefixLength >= 0) {
        s += "/" + std::to_string(a.prefixLength);
    }
    return s;
}

}  // namespace

int runInterfaces(const std::vector<std::string>& argv) {
    auto parsed = parseArgs(argv, {"--format"}, {"--help"}, "interfaces");
    if (!parsed) {
        return fail(kExitUsage, parsed.error().message);
    }
    if (parsed->has("--help")) {
        std::cout << kInterfacesHelp;
        return kExitOk;
    }
    const std::string format = parsed->get("--format").value_or("table");
    if (format != "table" && format != "json") {
        return fail(kExitUsage, "Unknown format '" + format + "'; use table or json.");
    }
    auto adapters = listAdapters();
    if (!adapters) {
        return fail(exitCodeFor(adapters.error()), adapters.error().message);
    }
    const std::string def = defaultAdapterName(adapters.value());
    if (format == "json") {
        JsonWriter json(std::cout);
        json.beginArray();
        for (const auto& a : adapters.value()) {
            json.beginObject();
            json.key("name").value(a.name);
            json.key("description").value(a.description);
            json.key("default").value(a.name == def);
            json.key("up").value(a.up).key("running").value(a.running);
            json.key("loopback").value(a.loopback).key("wireless").value(a.wireless);
            json.key("addresses").beginArray();
            for (const auto& addr : a.addresses) {
                json.value(addressText(addr));
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        return kExitOk;
    }
    for (const auto& a : adapters.value()) {
        std::cout << (a.name == def ? "* " : "  ") << a.name << "  [" << flagsText(a) << "]";
        if (!a.description.empty()) {
            std::cout << "  " << a.description;
        }
        std::cout << "\n";
        for (const auto& addr : a.addresses) {
            std::cout << "      " << addressText(addr) << "\n";
        }
    }
    return kExitOk;
}

namespace {
const CommandRegistration kRegistration{"interfaces", "list the network adapters", 20,
                                        &runInterfaces};
}  // namespace

}  // namespace flowscope::cli
