// libFuzzer target for core/store's reading of a history database: the input is a whole
// SQLite file. It is opened as a history (HistoryReader::open: SQLite's header, our
// application id and schema version) and, when that passes, queried as the History page and
// `flowscope-cli report` do: totals per dimension, a series, connections, info. Then a writer
// opens it (migrations on a file someone else made). Nothing may crash, hang or leak, and an
// error must be one sentence. SQLite itself is not instrumented (a system library), so
// coverage feedback comes from Flowscope's side: the schema checks and the rows' decoding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/store/history_reader.h"
#include "core/store/history_writer.h"

namespace {

using namespace flowscope::history;

const std::filesystem::path& workDir() {
    static const std::filesystem::path dir = [] {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "history-fuzz-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::abort();
        }
        return std::filesystem::path(pattern);
    }();
    return dir;
}

void checkSentence(const flowscope::Error& error) {
    if (error.message.empty() || error.message.back() != '.') {
        std::abort();  // every error is one finished sentence
    }
}

void query(const HistoryReader& reader) {
    const TimeRange all{0, 4'102'444'800};  // 1970 to 2100
    for (Dimension d : {Dimension::Application, Dimension::Host, Dimension::Service,
                        Dimension::Country, Dimension::As}) {
        auto totals = reader.totals(all, d, std::nullopt, 20);
        if (!totals) {
            checkSentence(totals.error());
        }
    }
    const TimeRange recent{1'700'000'000, 1'700'000'000 + 7 * 86'400};
    if (auto series = reader.series(recent, Dimension::Application, Granularity::Hour, 5);
        !series) {
        checkSentence(series.error());
    }
    if (auto rows = reader.connections(all, 50); !rows) {
        checkSentence(rows.error());
    }
    if (auto info = reader.info(); !info) {
        checkSentence(info.error());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto path = workDir() / "history.sqlite";
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path.string() + suffix);
    }
    {
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    if (auto reader = HistoryReader::open(path); reader) {
        query(*reader.value());
    } else {
        checkSentence(reader.error());
    }
    if (auto writer = HistoryWriter::open(path, {}); !writer) {
        checkSentence(writer.error());
    }
    return 0;
}
