// The JSON of flows as elements of the "flows" array, pretty-printed byte for byte as JsonWriter
// lays them out at that depth, but made from pieces prepared once (separator, indentation and
// quoted key together) copied at a fixed size into a local buffer. Printing 100,000 flows made
// some sixty JsonWriter calls per flow, each an append with its checks (docs/benchmarks.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli/buffered_text.h"
#include "app/cli/remote_facts.h"
#include "app/cli/text_out.h"
#include "core/flow/flow.h"
#include "core/process/application.h"

namespace flowscope::cli {

// The program of a live capture's flow: the application (null when unknown) and every pid that
// holds the socket (null or empty: only the flow's own pid, if any).
struct FlowOwner {
    const Application* app = nullptr;
    const std::vector<uint32_t>* pids = nullptr;
};

class FlowJsonText {
public:
    // Appends to `out` the elements of an array opened at `depth` (JsonWriter::depth(): 2 for
    // the "flows" array of `flows --format json`); `first`: the next element is the array's
    // first.
    FlowJsonText(std::string& out, size_t depth, bool first);
    FlowJsonText(const FlowJsonText&) = delete;
    FlowJsonText& operator=(const FlowJsonText&) = delete;

    // One flow. `owner` null: no "process" key (files); else "process" is null when
    // owner->app is null.
    void append(const Flow& f, const RemoteFacts& facts, const FlowOwner* owner);

    // A separator, indentation and key ("name": ) or a closing bracket with its newline and
    // indentation, prepared for one place in the layout.
    struct Piece {
        static constexpr size_t kCapacity = 64;
        char text[kCapacity] = {};
        uint8_t size = 0;
    };

private:
    void put(const Piece& piece);
    void put(std::string_view text);
    void putQuoted(std::string_view text);
    void putString(std::string_view text);
    void putOptionalString(std::string_view text);
    void putEndpoint(const Endpoint& e, bool hasPorts);
    void putGeo(const GeoRecord& geo);
    void putOwner(const Flow& f, const FlowOwner& owner);

    BufferedText m_text;
    bool m_first;
    TimestampText m_time;
    std::vector<Piece> m_pieces;  // indexed by the .cpp's PieceId
};

}  // namespace flowscope::cli
