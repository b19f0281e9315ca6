#include "core/process/linux/kernel_btf.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

#include "core/process/linux/read_to_end.h"

namespace flowscope::linuxproc {

namespace {

// The BTF kinds (include/uapi/linux/btf.h), and how many bytes follow each kind's header.
enum Kind : unsigned {
    kInt = 1,
    kPtr = 2,
    kArray = 3,
    kStruct = 4,
    kUnion = 5,
    kEnum = 6,
    kFwd = 7,
    kTypedef = 8,
    kVolatile = 9,
    kConst = 10,
    kRestrict = 11,
    kFunc = 12,
    kFuncProto = 13,
    kVar = 14,
    kDatasec = 15,
    kFloat = 16,
    kDeclTag = 17,
    kTypeTag = 18,
    kEnum64 = 19,
};

constexpr uint16_t kMagic = 0xeB9F;
constexpr size_t kHeaderSize = 24;  // magic, version, flags, hdr_len, 4 section fields
constexpr size_t kTypeSize = 12;
constexpr size_t kMemberSize = 12;  // name_off, type, offset (bits)
constexpr int kMaxNesting = 8;      // anonymous members inside anonymous members
constexpr size_t kMaxBlob = size_t(256) << 20;

unsigned kindOf(uint32_t info) {
    return (info >> 24) & 0x1f;
}
unsigned vlenOf(uint32_t info) {
    return info & 0xffff;
}
bool kindFlag(uint32_t info) {
    return (info >> 31) != 0;
}

// Bytes after the 12-byte header; false for an unknown kind.
bool trailerSize(uint32_t info, size_t& size) {
    const size_t vlen = vlenOf(info);
    switch (kindOf(info)) {
        case kInt:
        case kVar:
        case kDeclTag:
            size = 4;
            return true;
        case kArray:
            size = 12;
            return true;
        case kStruct:
        case kUnion:
        case kDatasec:
        case kEnum64:
            size = 12 * vlen;
            return true;
        case kEnum:
        case kFuncProto:
            size = 8 * vlen;
            return true;
        case kPtr:
        case kFwd:
        case kTypedef:
        case kVolatile:
        case kConst:
        case kRestrict:
        case kFunc:
        case kFloat:
        case kTypeTag:
            size = 0;
            return true;
        default:
            return false;
    }
}

uint32_t word(const uint8_t* p) {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

}  // namespace

std::optional<KernelBtf> KernelBtf::parse(std::span<const uint8_t> bytes) {
    if (bytes.size() < kHeaderSize) {
        return std::nullopt;
    }
    uint16_t magic;
    std::memcpy(&magic, bytes.data(), sizeof magic);
    const uint32_t headerLength = word(bytes.data() + 4);
    if (magic != kMagic || headerLength < kHeaderSize || headerLength > bytes.size()) {
        return std::nullopt;  // also a blob of the other byte order: not this kernel's
    }
    const uint64_t typeOff = word(bytes.data() + 8), typeLen = word(bytes.data() + 12);
    const uint64_t strOff = word(bytes.data() + 16), strLen = word(bytes.data() + 20);
    const uint64_t rest = bytes.size() - headerLength;
    if (typeOff + typeLen > rest || strOff + strLen > rest || strLen == 0) {
        return std::nullopt;
    }
    KernelBtf btf;
    btf.m_types0 = bytes.data() + headerLength + typeOff;
    btf.m_typesSize = typeLen;
    btf.m_strings = reinterpret_cast<const char*>(bytes.data() + headerLength + strOff);
    btf.m_stringsSize = strLen;
    if (btf.m_strings[strLen - 1] != '\0') {
        return std::nullopt;  // every name then ends inside the section
    }
    btf.m_types.reserve(typeLen / 16);
    for (size_t at = 0; at < typeLen;) {
        size_t trailer = 0;
        if (typeLen - at < kTypeSize || !trailerSize(word(btf.m_types0 + at + 4), trailer) ||
            typeLen - at - kTypeSize < trailer) {
            return std::nullopt;
        }
        btf.m_types.push_back(uint32_t(at));
        at += kTypeSize + trailer;
    }
    return btf;
}

VmlinuxBtfBytes::VmlinuxBtfBytes() {
    const int fd = ::open("/sys/kernel/btf/vmlinux", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return;
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0 && uint64_t(st.st_size) <= kMaxBlob) {
        void* map = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (map != MAP_FAILED) {
            m_map = map;
            m_mapSize = size_t(st.st_size);
            m_bytes = {static_cast<const uint8_t*>(map), m_mapSize};
            ::close(fd);
            return;
        }
    }
    readToEnd(fd, m_copy, 8 << 20, kMaxBlob);
    ::close(fd);
    m_bytes = m_copy;
}

VmlinuxBtfBytes::~VmlinuxBtfBytes() {
    if (m_map != nullptr) {
        ::munmap(m_map, m_mapSize);
    }
}

std::string_view KernelBtf::name(uint32_t offset) const {
    if (offset >= m_stringsSize) {
        return {};
    }
    return std::string_view(m_strings + offset);
}

const uint8_t* KernelBtf::type(uint32_t id, Type& out) const {
    if (id == 0 || id > m_types.size()) {
        return nullptr;
    }
    static_assert(sizeof(Type) == kTypeSize);
    const uint8_t* at = m_types0 + m_types[id - 1];
    std::memcpy(&out, at, sizeof out);  // the section need not be aligned
    return at;
}

uint32_t KernelBtf::findType(unsigned kind, std::string_view wanted) const {
    for (size_t i = 0; i < m_types.size(); ++i) {
        Type t;
        std::memcpy(&t, m_types0 + m_types[i], sizeof t);
        if (kindOf(t.info) == kind && name(t.nameOff) == wanted) {
            return uint32_t(i + 1);
        }
    }
    return 0;
}

uint32_t KernelBtf::functionId(std::string_view wanted) const {
    return findType(kFunc, wanted);
}

// The type behind typedefs and qualifiers (const, volatile, restrict, type tags); 0 if the
// chain is broken or longer than any real one.
uint32_t KernelBtf::unqualified(uint32_t typeId) const {
    for (int hops = 0; hops < 32; ++hops) {
        Type v;
        if (type(typeId, v) == nullptr) {
            return 0;
        }
        switch (kindOf(v.info)) {
            case kTypedef:
            case kVolatile:
            case kConst:
            case kRestrict:
            case kTypeTag:
                typeId = v.sizeOrType;
                continue;
            default:
                return typeId;
        }
    }
    return 0;
}

// The size of a member's type, through typedefs and qualifiers.
BtfMember KernelBtf::describe(uint32_t typeId) const {
    BtfMember m;
    Type v;
    if (type(unqualified(typeId), v) == nullptr) {
        return m;
    }
    switch (kindOf(v.info)) {
        case kPtr:
            m.pointer = true;
            m.size = 8;
            return m;
        case kInt:
        case kEnum:
        case kEnum64:
        case kStruct:
        case kUnion:
        case kFloat:
            m.size = v.sizeOrType;
            return m;
        default:
            return m;
    }
}

std::optional<BtfMember> KernelBtf::findMember(uint32_t structId, std::string_view wanted,
                                               uint32_t baseOffset, int depth) const {
    Type s;
    const uint8_t* t = type(structId, s);
    if (t == nullptr || depth > kMaxNesting) {
        return std::nullopt;
    }
    if (kindOf(s.info) != kStruct && kindOf(s.info) != kUnion) {
        return std::nullopt;
    }
    const uint8_t* members = t + kTypeSize;
    for (unsigned i = 0; i < vlenOf(s.info); ++i) {
        const uint8_t* m = members + i * kMemberSize;
        const uint32_t nameOff = word(m), typeId = word(m + 4), bits = word(m + 8);
        const uint32_t bitOffset = kindFlag(s.info) ? bits & 0xffffff : bits;
        const bool bitField = kindFlag(s.info) && (bits >> 24) != 0;
        if (nameOff == 0) {  // an anonymous struct or union: its members are this one's
            if (bitOffset % 8 == 0) {
                if (auto found = findMember(unqualified(typeId), wanted, baseOffset + bitOffset / 8,
                                            depth + 1)) {
                    return found;
                }
            }
            continue;
        }
        if (name(nameOff) != wanted) {
            continue;
        }
        if (bitField || bitOffset % 8 != 0) {
            return std::nullopt;
        }
        BtfMember found = describe(typeId);
        found.offset = baseOffset + bitOffset / 8;
        return found;
    }
    return std::nullopt;
}

std::optional<BtfMember> KernelBtf::member(std::string_view structName,
                                           std::string_view wanted) const {
    const uint32_t id = findType(kStruct, structName);
    return id == 0 ? std::nullopt : findMember(id, wanted, 0, 0);
}

}  // namespace flowscope::linuxproc
