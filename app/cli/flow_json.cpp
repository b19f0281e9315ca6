#include "app/cli/flow_json.h"

#include <cstring>
#include <stdexcept>

#include "app/cli/json_writer.h"
#include "core/enrich/address_kind.h"
#include "core/flow/flow_key.h"

namespace flowscope::cli {

namespace {

// The pieces of a flow's layout. Levels: the element at `depth`, its fields one deeper, the
// fields of its objects (endpoints, country, AS, process) two deeper, pids three deeper.
enum PieceId : size_t {
    ElementFirst,  // the first element's newline and indentation, and "{"
    ElementNext,   // the same after a comma
    Protocol,
    IpProtocol,
    Local,
    Remote,
    EndpointIp,
    EndpointPort,
    PacketsOut,
    PacketsIn,
    BytesOut,
    BytesIn,
    FirstSeen,
    LastSeen,
    Service,
    Hostname,
    HostnameSource,
    Country,
    IsoCode,
    CountryName,
    Asn,
    AsNumber,
    AsOrganization,
    AddressKindKey,
    Process,
    Pid,
    Pids,
    PidFirst,
    PidNext,
    PidsEnd,
    Name,
    Path,
    User,
    Hidden,
    InnerEnd,    // the end of an object inside the element
    ElementEnd,  // the end of the element
    PieceCount
};

// JsonWriter's separator at `level` (comma, newline, two spaces a level), then `rest`.
FlowJsonText::Piece piece(bool comma, size_t level, std::string_view rest) {
    std::string text = comma ? "," : "";
    text += '\n';
    text.append(2 * level, ' ');
    text += rest;
    if (text.size() > FlowJsonText::Piece::kCapacity) {
        throw std::logic_error("flows JSON nested too deep");
    }
    FlowJsonText::Piece p;
    std::memcpy(p.text, text.data(), text.size());
    p.size = uint8_t(text.size());
    return p;
}

// A key, with its separator and the colon and space of pretty output.
FlowJsonText::Piece keyPiece(bool comma, size_t level, std::string_view key) {
    return piece(comma, level, "\"" + std::string(key) + "\": ");
}

std::vector<FlowJsonText::Piece> layout(size_t depth) {
    std::vector<FlowJsonText::Piece> p(PieceCount);
    const size_t field = depth + 1, inner = depth + 2;
    p[ElementFirst] = piece(false, depth, "{");
    p[ElementNext] = piece(true, depth, "{");
    p[Protocol] = keyPiece(false, field, "protocol");
    const std::pair<PieceId, const char*> fields[] = {{IpProtocol, "ip_protocol"},
                                                      {Local, "local"},
                                                      {Remote, "remote"},
                                                      {PacketsOut, "packets_out"},
                                                      {PacketsIn, "packets_in"},
                                                      {BytesOut, "bytes_out"},
                                                      {BytesIn, "bytes_in"},
                                                      {FirstSeen, "first_seen"},
                                                      {LastSeen, "last_seen"},
                                                      {Service, "service"},
                                                      {Hostname, "hostname"},
                                                      {HostnameSource, "hostname_source"},
                                                      {Country, "country"},
                                                      {Asn, "asn"},
                                                      {AddressKindKey, "address_kind"},
                                                      {Process, "process"}};
    for (const auto& [id, key] : fields) {
        p[id] = keyPiece(true, field, key);
    }
    // The first field of each inner object comes without a comma.
    const std::tuple<PieceId, const char*, bool> innerFields[] = {
        {EndpointIp, "ip", false},    {EndpointPort, "port", true},
        {IsoCode, "iso_code", false}, {CountryName, "name", true},
        {AsNumber, "number", false},  {AsOrganization, "organization", true},
        {Pid, "pid", false},          {Pids, "pids", true},
        {Name, "name", true},         {Path, "path", true},
        {User, "user", true},         {Hidden, "hidden", true}};
    for (const auto& [id, key, comma] : innerFields) {
        p[id] = keyPiece(comma, inner, key);
    }
    p[PidFirst] = piece(false, inner + 1, "");
    p[PidNext] = piece(true, inner + 1, "");
    p[PidsEnd] = piece(false, inner, "]");
    p[InnerEnd] = piece(false, field, "}");
    p[ElementEnd] = piece(false, depth, "}");
    return p;
}

}  // namespace

FlowJsonText::FlowJsonText(std::string& out, size_t depth, bool first)
    : m_text(out), m_first(first), m_pieces(layout(depth)) {}

void FlowJsonText::put(const Piece& piece) {
    m_text.putFixed(piece.text, piece.size);
}

void FlowJsonText::put(std::string_view text) {
    m_text.put(text);
}

// Quoted, for text with nothing to escape.
void FlowJsonText::putQuoted(std::string_view text) {
    m_text.put('"');
    m_text.put(text);
    m_text.put('"');
}

// Quoted; a long string, or one with characters to escape, is escaped by JsonWriter.
void FlowJsonText::putString(std::string_view text) {
    constexpr size_t kShort = 256;
    if (text.size() <= kShort && JsonWriter::isPlain(text)) {
        putQuoted(text);
        return;
    }
    JsonWriter::appendEscaped(m_text.flush(), text);
}

void FlowJsonText::putOptionalString(std::string_view text) {
    text.empty() ? put("null") : putString(text);
}

void FlowJsonText::putEndpoint(const Endpoint& e, bool hasPorts) {
    put("{");
    put(m_pieces[EndpointIp]);
    m_text.put('"');
    m_text.putAddress(e.address);
    m_text.put('"');
    put(m_pieces[EndpointPort]);
    hasPorts ? m_text.putNumber(e.port) : put("null");
    put(m_pieces[InnerEnd]);
}

// As writeGeoJson.
void FlowJsonText::putGeo(const GeoRecord& geo) {
    put(m_pieces[Country]);
    if (geo.hasCountry()) {
        put("{");
        put(m_pieces[IsoCode]);
        putString(geo.countryCode);
        put(m_pieces[CountryName]);
        putOptionalString(geo.countryName);
        put(m_pieces[InnerEnd]);
    } else {
        put("null");
    }
    put(m_pieces[Asn]);
    if (geo.hasAs()) {
        put("{");
        put(m_pieces[AsNumber]);
        m_text.putNumber(geo.asNumber);
        put(m_pieces[AsOrganization]);
        putOptionalString(geo.asOrganization);
        put(m_pieces[InnerEnd]);
    } else {
        put("null");
    }
}

void FlowJsonText::putOwner(const Flow& f, const FlowOwner& owner) {
    put(m_pieces[Process]);
    const Application* app = owner.app;
    if (!app) {
        put("null");
        return;
    }
    put("{");
    put(m_pieces[Pid]);
    f.pid != 0 ? m_text.putNumber(f.pid) : put("null");
    put(m_pieces[Pids]);
    put("[");
    std::vector<uint32_t> own;
    if (f.pid != 0) {
        own.push_back(f.pid);
    }
    const std::vector<uint32_t>& pids = owner.pids && !owner.pids->empty() ? *owner.pids : own;
    for (size_t i = 0; i < pids.size(); ++i) {
        put(m_pieces[i == 0 ? PidFirst : PidNext]);
        m_text.putNumber(pids[i]);
    }
    pids.empty() ? put("]") : put(m_pieces[PidsEnd]);
    put(m_pieces[Name]);
    putOptionalString(app->name);
    put(m_pieces[Path]);
    putOptionalString(app->path);
    put(m_pieces[User]);
    putString(app->user);
    put(m_pieces[Hidden]);
    put(app->ownerHidden ? "true" : "false");
    put(m_pieces[InnerEnd]);
}

void FlowJsonText::append(const Flow& f, const RemoteFacts& facts, const FlowOwner* owner) {
    put(m_pieces[m_first ? ElementFirst : ElementNext]);
    m_first = false;
    put(m_pieces[Protocol]);
    putString(protocolName(f.key.protocol));
    put(m_pieces[IpProtocol]);
    m_text.putNumber(f.key.protocol);
    put(m_pieces[Local]);
    putEndpoint(f.local(), f.key.hasPorts);
    put(m_pieces[Remote]);
    putEndpoint(f.remote(), f.key.hasPorts);
    const std::pair<PieceId, uint64_t> counts[] = {{PacketsOut, f.counters.packetsOut},
                                                   {PacketsIn, f.counters.packetsIn},
                                                   {BytesOut, f.counters.bytesOut},
                                                   {BytesIn, f.counters.bytesIn}};
    for (const auto& [id, n] : counts) {
        put(m_pieces[id]);
        m_text.putNumber(n);
    }
    put(m_pieces[FirstSeen]);
    putQuoted(m_time.view(f.firstSeenNs));
    put(m_pieces[LastSeen]);
    putQuoted(m_time.view(f.lastSeenNs));
    put(m_pieces[Service]);
    putOptionalString(facts.geo.service);
    put(m_pieces[Hostname]);
    putOptionalString(facts.hostname);
    put(m_pieces[HostnameSource]);
    putOptionalString(facts.hostnameSource);
    putGeo(facts.geo.geo);
    put(m_pieces[AddressKindKey]);
    putString(addressKindName(facts.geo.kind));
    if (owner) {
        putOwner(f, *owner);
    }
    put(m_pieces[ElementEnd]);
}

}  // namespace flowscope::cli
