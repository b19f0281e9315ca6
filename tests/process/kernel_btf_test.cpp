// KernelBtf, the BTF reader behind the descriptor iterator: on blobs built here type by type
// (member offsets inside anonymous unions, typedefs, pointers, bit fields, truncated and
// unknown input), and on the running kernel's own BTF against libbpf's reading of it.
#include "core/process/linux/kernel_btf.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#if FLOWSCOPE_TEST_LIBBPF
#include <bpf/btf.h>
#endif

namespace flowscope {
namespace {

using linuxproc::KernelBtf;

// Writes a BTF blob: types in the order added (ids from 1), names in a string section.
class BtfBuilder {
public:
    BtfBuilder() { m_strings.push_back('\0'); }
    uint32_t name(const std::string& s) {
        if (s.empty()) {
            return 0;
        }
        const uint32_t at = uint32_t(m_strings.size());
        m_strings.insert(m_strings.end(), s.begin(), s.end());
        m_strings.push_back('\0');
        return at;
    }
    uint32_t type(unsigned kind, const std::string& n, uint32_t sizeOrType, unsigned vlen = 0,
                  bool kindFlag = false) {
        put(name(n));
        put((uint32_t(kind) << 24) | vlen | (kindFlag ? 0x80000000u : 0));
        put(sizeOrType);
        return ++m_count;
    }
    uint32_t integer(const std::string& n, uint32_t bytes) {
        const uint32_t id = type(1, n, bytes);
        put(bytes * 8);
        return id;
    }
    void member(const std::string& n, uint32_t typeId, uint32_t bitOffset) {
        put(name(n));
        put(typeId);
        put(bitOffset);
    }
    std::vector<uint8_t> blob() const {
        const uint32_t typeBytes = uint32_t(m_types.size());
        const uint32_t header[] = {
            0x0001eB9Fu,  // magic, version 1, no flags
            24,          0, typeBytes, typeBytes, uint32_t(m_strings.size())};
        std::vector<uint8_t> out(sizeof header + m_types.size() + m_strings.size());
        std::memcpy(out.data(), header, sizeof header);
        std::memcpy(out.data() + sizeof header, m_types.data(), m_types.size());
        std::memcpy(out.data() + sizeof header + m_types.size(), m_strings.data(),
                    m_strings.size());
        return out;
    }

private:
    void put(uint32_t v) {
        const auto* p = reinterpret_cast<const uint8_t*>(&v);
        m_types.insert(m_types.end(), p, p + 4);
    }
    std::vector<uint8_t> m_types;
    std::vector<char> m_strings;
    uint32_t m_count = 0;
};

// struct inode { u16 i_mode; u32 flags:3 (bit field); unsigned long i_ino at 8 };
// struct file { union { void* x; long y; }; struct { u32 pad; struct inode* f_inode at 8 }; };
// (offsets in bytes: f_inode at 8+8 = 16 through the anonymous struct), a typedef'd member,
// and the function bpf_iter_task_file.
std::vector<uint8_t> sampleBlob() {
    BtfBuilder b;
    const uint32_t u16 = b.integer("unsigned short", 2);       // 1
    const uint32_t u32 = b.integer("unsigned int", 4);         // 2
    const uint32_t ulong = b.integer("long unsigned int", 8);  // 3
    const uint32_t inode = b.type(4, "inode", 16, 3, true);    // 4
    b.member("i_mode", u16, 0);
    b.member("flags", u32, (3u << 24) | 32);
    b.member("i_ino", ulong, 64);
    const uint32_t inodePtr = b.type(2, "", inode);  // 5
    const uint32_t anonUnion = b.type(5, "", 8, 2);  // 6
    b.member("x", inodePtr, 0);
    b.member("y", ulong, 0);
    const uint32_t anonStruct = b.type(4, "", 16, 2);  // 7
    b.member("pad", u32, 0);
    b.member("f_inode", inodePtr, 64);
    const uint32_t uid = b.type(8, "uid_t", u32);   // 8 (typedef)
    const uint32_t constUid = b.type(10, "", uid);  // 9 (const)
    b.type(4, "file", 32, 3);                       // 10
    b.member("", anonUnion, 0);
    b.member("", anonStruct, 64);
    b.member("f_uid", constUid, 192);
    const uint32_t proto = b.type(13, "", u32, 0);  // 11
    b.type(7, "task_struct", 0);                    // 12 (a declaration only)
    b.type(12, "bpf_iter_task_file", proto);        // 13
    return b.blob();
}

TEST(KernelBtf, FindsMembersThroughAnonymousStructsUnionsAndTypedefs) {
    const std::vector<uint8_t> blob = sampleBlob();
    const auto btf = KernelBtf::parse(blob);
    ASSERT_TRUE(btf);
    EXPECT_EQ(btf->typeCount(), 13u);
    EXPECT_EQ(btf->functionId("bpf_iter_task_file"), 13u);
    EXPECT_EQ(btf->functionId("inode"), 0u);  // a struct, not a function
    EXPECT_EQ(btf->functionId("nothing"), 0u);

    const auto mode = btf->member("inode", "i_mode");
    ASSERT_TRUE(mode);
    EXPECT_EQ(mode->offset, 0u);
    EXPECT_EQ(mode->size, 2u);
    EXPECT_FALSE(mode->pointer);
    const auto ino = btf->member("inode", "i_ino");
    ASSERT_TRUE(ino);
    EXPECT_EQ(ino->offset, 8u);
    EXPECT_EQ(ino->size, 8u);
    EXPECT_FALSE(btf->member("inode", "flags"));  // a bit field: not read as bytes

    const auto inodeOfFile = btf->member("file", "f_inode");
    ASSERT_TRUE(inodeOfFile);
    EXPECT_EQ(inodeOfFile->offset, 16u);
    EXPECT_TRUE(inodeOfFile->pointer);
    EXPECT_EQ(inodeOfFile->size, 8u);
    const auto x = btf->member("file", "y");
    ASSERT_TRUE(x);
    EXPECT_EQ(x->offset, 0u);
    const auto uid = btf->member("file", "f_uid");
    ASSERT_TRUE(uid);
    EXPECT_EQ(uid->offset, 24u);
    EXPECT_EQ(uid->size, 4u);  // through the const and the typedef

    EXPECT_FALSE(btf->member("task_struct", "pid"));  // only declared
    EXPECT_FALSE(btf->member("file", "i_mode"));
    EXPECT_FALSE(btf->member("nothing", "i_mode"));
}

TEST(KernelBtf, RefusesWhatIsNotWholeBtf) {
    std::vector<uint8_t> blob = sampleBlob();
    EXPECT_FALSE(KernelBtf::parse(std::span<const uint8_t>(blob.data(), 10)));
    // Cut inside the type section (its length now points past the end).
    EXPECT_FALSE(KernelBtf::parse(std::span<const uint8_t>(blob.data(), blob.size() - 30)));
    std::vector<uint8_t> other = blob;
    other[0] ^= 0xff;  // the magic of the other byte order
    EXPECT_FALSE(KernelBtf::parse(other));
    other = blob;
    other[24 + 7] = 31;  // the first type's kind: unknown
    EXPECT_FALSE(KernelBtf::parse(other));
    other = blob;
    other.back() = 'x';  // the last name does not end
    EXPECT_FALSE(KernelBtf::parse(other));
    other = blob;
    const uint32_t hugeVlen = 0x0400ffff;  // a struct of 65535 members: past the section
    std::memcpy(other.data() + 24 + 4, &hugeVlen, 4);
    EXPECT_FALSE(KernelBtf::parse(other));
}

// The running kernel's BTF, read by KernelBtf and by libbpf: the same function id, and the
// same offsets for each member the descriptor iterator reads (those libbpf finds at the top
// level of their struct).
TEST(KernelBtf, ReadsTheRunningKernelAsLibbpfDoes) {
    linuxproc::VmlinuxBtfBytes bytes;
    if (bytes.bytes().empty()) {
        GTEST_SKIP() << "this kernel publishes no /sys/kernel/btf/vmlinux";
    }
    const auto btf = KernelBtf::parse(bytes.bytes());
    ASSERT_TRUE(btf);
    EXPECT_GT(btf->typeCount(), 1000u);
#if FLOWSCOPE_TEST_LIBBPF
    struct btf* oracle = btf__load_vmlinux_btf();
    ASSERT_NE(oracle, nullptr);
    EXPECT_EQ(btf__type_cnt(oracle) - 1, btf->typeCount());
    const int function = btf__find_by_name_kind(oracle, "bpf_iter_task_file", BTF_KIND_FUNC);
    EXPECT_EQ(btf->functionId("bpf_iter_task_file"), function > 0 ? uint32_t(function) : 0u);
    const std::pair<const char*, const char*> members[] = {
        {"file", "f_inode"},    {"inode", "i_mode"},     {"inode", "i_ino"},
        {"task_struct", "pid"}, {"task_struct", "tgid"}, {"task_struct", "cred"},
        {"cred", "euid"},       {"bpf_iter_meta", "seq"}};
    size_t compared = 0;
    for (const auto& [structName, memberName] : members) {
        const int id = btf__find_by_name_kind(oracle, structName, BTF_KIND_STRUCT);
        if (id <= 0) {
            continue;
        }
        const struct btf_type* t = btf__type_by_id(oracle, uint32_t(id));
        const struct btf_member* m = btf_members(t);
        for (unsigned i = 0; i < btf_vlen(t); ++i, ++m) {
            if (std::strcmp(btf__name_by_offset(oracle, m->name_off), memberName) == 0) {
                const auto mine = btf->member(structName, memberName);
                ASSERT_TRUE(mine) << structName << "." << memberName;
                EXPECT_EQ(mine->offset * 8, btf_member_bit_offset(t, i))
                    << structName << "." << memberName;
                ++compared;
            }
        }
    }
    btf__free(oracle);
    EXPECT_GE(compared, 4u);
#else
    GTEST_SKIP() << "built without libbpf: the kernel's BTF was read, not compared";
#endif
}

}  // namespace
}  // namespace flowscope
