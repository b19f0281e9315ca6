// history_synth: fills a history database with synthetic days (bench/history_synth.h), for
// screenshots and for trying the History page and `flowscope-cli report` without waiting.
#include <cstdlib>
#include <iostream>
#include <string>

#include "bench/history_synth.h"

int main(int argc, char** argv) {
    using namespace flowscope::history;
    std::string database;
    synth::Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const char* next = i + 1 < argc ? argv[i + 1] : nullptr;
        if (arg == "--database" && next) {
            database = argv[++i];
        } else if (arg == "--days" && next) {
            options.days = std::atoi(argv[++i]);
        } else if (arg == "--end" && next) {
            options.end = std::atoll(argv[++i]);
        } else if (arg == "--seed" && next) {
            options.seed = static_cast<uint32_t>(std::atoi(argv[++i]));
        } else if (arg == "--groups" && next) {
            options.groupsPerMinute = std::atoi(argv[++i]);
        } else {
            std::cerr << "usage: history_synth --database FILE [--days N (7)] [--end UNIX_SECONDS "
                         "(now)] [--seed N] [--groups PER_MINUTE (24)]\n";
            return 2;
        }
    }
    if (database.empty() || options.days <= 0) {
        std::cerr << "history_synth: --database FILE and a positive --days are needed\n";
        return 2;
    }
    RetentionOptions keep;
    keep.maxBytes = 0;
    auto writer = HistoryWriter::open(database, keep);
    if (!writer) {
        std::cerr << "history_synth: " << writer.error().message << "\n";
        return 1;
    }
    auto written = synth::fill(*writer.value(), options);
    if (!written) {
        std::cerr << "history_synth: " << written.error().message << "\n";
        return 1;
    }
    std::cout << written->minutes << " minutes, " << written->records << " records, "
              << written->connections << " connections, " << written->total.bytes()
              << " bytes written to " << database << "\n";
    return 0;
}
