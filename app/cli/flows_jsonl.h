// `flows --format jsonl`: instead of printing the table at the end, every flow is streamed as
// JSON lines while the capture runs (jsonl_sink.h: a line per direction when the flow ends,
// and every --active-timeout while it lasts; flows still open at the end are written then).
#pragma once

#include <memory>
#include <string>

#include "app/cli/args.h"
#include "core/base/result.h"
#include "core/engine/engine.h"

namespace flowscope::cli {

class JsonlSink;

// Attaches a sink writing to standard output, before Engine::start(). Errors, one sentence:
// a bad timeout, a build without the exporter (Windows).
Result<std::shared_ptr<JsonlSink>> streamFlowsJsonl(Engine& engine, const ParsedArgs& args,
                                                    bool live);
// After Engine::start(): the link type, which the sink's first tick waits for.
void flowsJsonlStarted(JsonlSink& sink, const Engine& engine);

}  // namespace flowscope::cli
