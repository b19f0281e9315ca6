// libFuzzer target for core/export's IPFIX decoder: the input is a stream of messages (as
// over TCP), cut by each message's length field and decoded by one Decoder, so templates
// from earlier messages apply to later ones. Every decoded record must match the field
// specifiers it was decoded with (fixed lengths), and every record of Flowscope's own layout must
// survive FlowRecord → encode → decode unchanged, and so must every statistics record of
// Flowscope's options templates (RFC 7011 4.1, 4.3).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "core/export/ipfix_decoder.h"
#include "core/export/ipfix_encoder.h"

using namespace flowscope;
using namespace flowscope::ipfix;

namespace {

void check(bool ok) {
    if (!ok) {
        std::abort();
    }
}

// A decoder that knows Flowscope's own templates, for the re-encoding check.
Decoder& reference() {
    static Decoder* decoder = [] {
        auto* d = new Decoder;
        std::vector<uint8_t> bytes;
        MessageEncoder e(bytes);
        e.begin({0, 0, 0});
        e.templates(kDocumentationPen);
        e.optionsTemplates();
        check(e.finish());
        check(d->decode(bytes.data(), bytes.size()).ok());
        return d;
    }();
    return *decoder;
}

// A statistics record re-encoded reads back the same.
void checkTotals(const DecodedRecord& record) {
    ExportTotals sent;
    if (!readTotals(record, sent)) {
        return;
    }
    std::vector<uint8_t> bytes;
    MessageEncoder e(bytes);
    e.begin({0, 0, 0});
    e.totals(sent);
    check(e.finish());
    auto again = reference().decode(bytes.data(), bytes.size());
    check(again.ok() && again.value().records.size() == 2);
    ExportTotals got;
    for (const DecodedRecord& r : again.value().records) {
        if (r.templateId == record.templateId) {
            check(readTotals(r, got));
        }
    }
    check(got == sent);
}

bool fitsEncoder(const FlowRecord& r) {
    for (const std::string* s :
         {&r.applicationName, &r.userName, &r.executablePath, &r.remoteHostName}) {
        if (s->size() > kMaxStringBytes) {
            return false;
        }
    }
    return r.source.family() == r.destination.family() && !r.source.isNone();
}

// Each record carries the field specifiers of the template it was decoded with: the stored
// template may since have been replaced or withdrawn by a later set of the same message (the
// fuzzer found that with options templates).
void checkRecord(const DecodedRecord& record) {
    std::vector<FieldSpec> fields;
    for (const DecodedField& f : record.fields) {
        check(f.spec.length == kVariableLength || f.value.size() == f.spec.length);
        fields.push_back(f.spec);
    }
    check(!fields.empty());
    const std::vector<FieldSpec>* ours = reference().findTemplate(0, record.templateId);
    if (ours == nullptr || *ours != fields) {
        return;
    }
    if (!isFlowRecord(record)) {
        checkTotals(record);
        return;
    }
    const FlowRecord r = toFlowRecord(record, kDocumentationPen);
    if (!fitsEncoder(r) || templateIdOf(r) != record.templateId) {
        return;
    }
    std::vector<uint8_t> bytes;
    MessageEncoder e(bytes);
    e.begin({0, 0, 0});
    e.beginDataSet(templateIdOf(r));
    e.record(r);
    e.endDataSet();
    check(e.finish());
    auto again = reference().decode(bytes.data(), bytes.size());
    check(again.ok() && again.value().records.size() == 1);
    check(toFlowRecord(again.value().records[0], kDocumentationPen) == r);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Decoder decoder;
    size_t at = 0;
    while (size - at >= kMessageHeaderBytes) {
        const size_t length = (size_t{data[at + 2]} << 8) | data[at + 3];
        const size_t take = length < kMessageHeaderBytes || length > size - at ? size - at : length;
        auto message = decoder.decode(data + at, take);
        if (message.ok()) {
            check(message.value().length == take);
            for (const DecodedRecord& record : message.value().records) {
                checkRecord(record);
            }
        } else {
            check(!message.error().message.empty());
        }
        at += take;
    }
    return 0;
}
