// The table `flowscope-cli flows` prints by default: aligned columns, one line per flow, and a
// summary line.
#pragma once

#include <ostream>

#include "app/cli/flow_output.h"

namespace flowscope::cli {

void printFlowTable(std::ostream& out, const EngineSnapshot& snapshot, const FlowList& flows,
                    const FlowAnnotations& annotations, const FlowProcesses* processes);

}  // namespace flowscope::cli
