#include "app/cli/flows_jsonl.h"

#include "app/cli/export_options.h"
#include "app/cli/jsonl_sink.h"

namespace flowscope::cli {

Result<std::shared_ptr<JsonlSink>> streamFlowsJsonl(Engine& engine, const ParsedArgs& args,
                                                    bool live) {
    ipfix::RecordOptions records;
    if (Status s = parseRecordTimeouts(args, records); !s) {
        return s.error();
    }
    auto opened = JsonlSink::open("-", records);
    if (!opened) {
        return opened.error();
    }
    // A file is read at full speed: a long queue, so that no tick is dropped (a dropped tick
    // only delays records; their sums stay right).
    engine.addSink(opened.value(), {live ? size_t{64} : size_t{100'000}, std::chrono::seconds(30)});
    return opened.value();
}

void flowsJsonlStarted(JsonlSink& sink, const Engine& engine) {
    sink.setLinkType(engine.linkType());
}

}  // namespace flowscope::cli
