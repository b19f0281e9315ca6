// Fuzzes KernelBtf, the BTF reader the descriptor iterator uses on /sys/kernel/btf/vmlinux:
// any bytes are indexed, then the lookups the iterator makes walk them (anonymous members,
// typedef chains, member types out of range).
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/process/linux/kernel_btf.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto btf = flowscope::linuxproc::KernelBtf::parse(std::span<const uint8_t>(data, size));
    if (!btf) {
        return 0;
    }
    const uint32_t id = btf->functionId("bpf_iter_task_file");
    if (id > btf->typeCount()) {
        __builtin_trap();
    }
    const char* const members[][2] = {{"file", "f_inode"}, {"inode", "i_mode"},
                                      {"inode", "i_ino"},  {"task_struct", "tgid"},
                                      {"cred", "euid"},    {"bpf_iter_meta", "seq"}};
    for (const auto& m : members) {
        if (const auto found = btf->member(m[0], m[1]);
            found && found->pointer && found->size != 8) {
            __builtin_trap();
        }
    }
    return 0;
}
