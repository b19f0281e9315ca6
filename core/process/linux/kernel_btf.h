// The few facts Flowscope needs from the running kernel's BTF (/sys/kernel/btf/vmlinux): the
// id of a function and the byte offset and size of a struct member. A single pass indexes the
// types; lookups then scan the index by kind and name. libbpf can answer the same, but its
// full parse of the ~5 MB blob costs 7-16 ms, more than the descriptor walk it replaces takes
// on a small machine. The bytes are checked as untrusted: any inconsistency is "not found".
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace flowscope::linuxproc {

struct BtfMember {
    uint32_t offset = 0;  // bytes from the start of the struct
    uint32_t size = 0;    // bytes (8 for pointers); 0 where the type has no plain size
    bool pointer = false;
};

// The bytes of /sys/kernel/btf/vmlinux: mapped where the kernel allows it (Linux >= 6.16:
// no copy), else read (the file reads in 4 KiB calls: ~2.4 ms for 5 MB).
class VmlinuxBtfBytes {
public:
    VmlinuxBtfBytes();
    ~VmlinuxBtfBytes();
    VmlinuxBtfBytes(const VmlinuxBtfBytes&) = delete;
    VmlinuxBtfBytes& operator=(const VmlinuxBtfBytes&) = delete;
    std::span<const uint8_t> bytes() const { return m_bytes; }

private:
    void* m_map = nullptr;
    size_t m_mapSize = 0;
    std::vector<uint8_t> m_copy;
    std::span<const uint8_t> m_bytes;
};

class KernelBtf {
public:
    // Indexes the blob (which must outlive this object); nullopt if it is not BTF.
    static std::optional<KernelBtf> parse(std::span<const uint8_t> bytes);

    // The id of the BTF_KIND_FUNC named `name`; 0 if there is none.
    uint32_t functionId(std::string_view name) const;
    // The member `member` of the struct `structName`, looked for inside anonymous structs and
    // unions too; nullopt if either is missing or the member is a bit field.
    std::optional<BtfMember> member(std::string_view structName, std::string_view member) const;
    size_t typeCount() const { return m_types.size(); }

private:
    struct Type {
        uint32_t nameOff;
        uint32_t info;
        uint32_t sizeOrType;
    };
    std::string_view name(uint32_t offset) const;
    const uint8_t* type(uint32_t id, Type& out) const;
    uint32_t findType(unsigned kind, std::string_view name) const;
    std::optional<BtfMember> findMember(uint32_t structId, std::string_view member,
                                        uint32_t baseOffset, int depth) const;
    uint32_t unqualified(uint32_t typeId) const;
    BtfMember describe(uint32_t typeId) const;

    const uint8_t* m_types0 = nullptr;  // the type section
    size_t m_typesSize = 0;
    const char* m_strings = nullptr;
    size_t m_stringsSize = 0;
    std::vector<uint32_t> m_types;  // id - 1 -> offset in the type section
};

}  // namespace flowscope::linuxproc
