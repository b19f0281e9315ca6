// The Windows build has no flow exporter (core/export uses POSIX sockets), so no JSON lines.
#include "app/cli/flows_jsonl.h"

namespace flowscope::cli {

Result<std::shared_ptr<JsonlSink>> streamFlowsJsonl(Engine&, const ParsedArgs&, bool) {
    return makeError(ErrorCode::InvalidArgument,
                     "--format jsonl is not available on Windows yet; use --format json.");
}

void flowsJsonlStarted(JsonlSink&, const Engine&) {}

}  // namespace flowscope::cli
