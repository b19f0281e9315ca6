// What `flows` prints about each flow's other end (host name, service, country, AS, kind), and
// the printing of many flows a block at a time, spread over the processor's cores.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli/flow_output.h"
#include "core/enrich/geo_batch_lookup.h"
#include "core/enrich/geo_flow_annotation.h"
#include "core/flow/flow.h"

namespace flowscope::cli {

// Everything known about a flow's other end.
struct RemoteFacts {
    std::string hostname;
    std::string hostnameSource;  // "sni", "http", "dns", "ptr", "rdns"
    GeoFlowAnnotation geo;
};

// remoteFacts for one thread: country and AS through its own GeoBatchLookup. Most addresses of
// a file come once, so GeoResolver's cache would cost more than it saves; the databases are
// those in use when the reader was made.
class RemoteFactsReader {
public:
    explicit RemoteFactsReader(const FlowAnnotations& annotations);
    RemoteFacts operator()(const Flow& f);

private:
    const FlowAnnotations& m_annotations;
    std::optional<GeoBatchLookup> m_geo;
};

// The text of `count` flows, made a block at a time with each block's flows spread over the
// processor's cores: `makePart(from, to, out)` appends the text of flows [from, to) to `out`,
// on any thread (with its own RemoteFactsReader); `emit` gets each block's text, in order,
// before the next block is made. The database lookups and the formatting are most of the cost
// of printing. Blocks, not all flows at once: a user's database file that changes while a slow
// reader consumes the output is noticed (GeoResolver::checkFilesIfDue), as with one lookup per
// printed line.
void makeTextInBlocks(size_t count, const FlowAnnotations& annotations,
                      const std::function<void(size_t, size_t, std::string&)>& makePart,
                      const std::function<void(std::string_view)>& emit);

// part(from, to, index) over [0, count) split in up to one part per core (at most 8), each on a
// thread of its own (index 0 on the calling one); returns, when all are done, how many parts
// there were. partsAtMost() is that most: for per-part results, indexed by `index`. This and
// makeTextInBlocks share the process's print threads: call them from one thread at a time.
size_t inParts(size_t count, const std::function<void(size_t, size_t, size_t)>& part);
size_t partsAtMost();

}  // namespace flowscope::cli
