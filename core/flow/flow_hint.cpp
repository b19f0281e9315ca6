// FlowTable::makeHint: the capture thread's share of counting a frame, a frame's flow key and
// hash worked out without the table (CaptureWorker calls it; EngineLoop hands the hint to the
// table). Apart from flow_table.cpp because it touches nothing of the table.
#include "core/flow/flow_hash.h"
#include "core/flow/flow_key_ops.h"
#include "core/flow/flow_table.h"  // declares FlowTable::makeHint

namespace flowscope {

void FlowTable::makeHint(DecodeStatus status, const DecodedPacket& packet,
                         const PrefetchHint& previous, PrefetchHint& hint) {
    hint.valid = status == DecodeStatus::Ip && packet.fragment != FragmentKind::NonFirst;
    if (!hint.valid) {
        return;
    }
    const keyops::Oriented o = keyops::orient(packet);
    keyops::write(o, hint.key);
    hint.sourceIsA = o.sourceIsA;
    // A frame of the same flow as the one before it (most frames) finds everything loaded by
    // then, and has its hash.
    if (previous.valid && keyops::same(o, previous.key)) {
        hint.hash = previous.hash;
        hint.repeat = true;
        return;
    }
    hint.hash = hashmix::fold32(keyops::hash(o));
    hint.repeat = previous.valid && previous.hash == hint.hash;
}

}  // namespace flowscope
