#include "core/process/linux/socket_fd_iterator.h"

#include <fcntl.h>
#include <linux/bpf.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

#include "core/process/linux/kernel_btf.h"

namespace flowscope::linuxproc {

namespace {

static_assert(sizeof(DescriptorRecord) == 24, "the program writes 24-byte records");

int bpfCall(int command, union bpf_attr& attr) {
    return int(::syscall(SYS_bpf, command, &attr, sizeof attr));
}

// The kernel facts the program needs: where the iterator's function is, and the offsets of
// the few members it reads.
struct Layout {
    uint32_t functionId = 0;
    uint32_t seq = 0;     // bpf_iter_meta.seq
    uint32_t pid = 0;     // task_struct.pid
    uint32_t tgid = 0;    // task_struct.tgid
    uint32_t inode = 0;   // file.f_inode
    uint32_t mode = 0;    // inode.i_mode
    uint32_t number = 0;  // inode.i_ino
    uint32_t cred = 0;    // task_struct.cred
    uint32_t euid = 0;    // cred.euid
};

std::optional<Layout> kernelLayout(std::string& why) {
    const VmlinuxBtfBytes bytes;
    const auto btf = KernelBtf::parse(bytes.bytes());
    if (!btf) {
        why = "this kernel publishes no BTF (/sys/kernel/btf/vmlinux)";
        return std::nullopt;
    }
    Layout l;
    l.functionId = btf->functionId("bpf_iter_task_file");
    if (l.functionId == 0) {
        why = "this kernel has no task_file iterator";
        return std::nullopt;
    }
    struct Want {
        const char* structName;
        const char* member;
        uint32_t size;
        bool pointer;
        uint32_t* into;
    };
    const Want wants[] = {
        {"bpf_iter_meta", "seq", 8, true, &l.seq},  {"task_struct", "pid", 4, false, &l.pid},
        {"task_struct", "tgid", 4, false, &l.tgid}, {"file", "f_inode", 8, true, &l.inode},
        {"inode", "i_mode", 2, false, &l.mode},     {"inode", "i_ino", 8, false, &l.number},
        {"task_struct", "cred", 8, true, &l.cred},  {"cred", "euid", 4, false, &l.euid},
    };
    for (const Want& w : wants) {
        const auto m = btf->member(w.structName, w.member);
        if (!m || m->size != w.size || m->pointer != w.pointer || m->offset > 0x7fff) {
            why = std::string("this kernel's ") + w.structName + "." + w.member +
                  " is not as expected";
            return std::nullopt;
        }
        *w.into = m->offset;
    }
    return l;
}

bpf_insn insn(uint8_t code, uint8_t dst, uint8_t src, int16_t off, int32_t imm) {
    bpf_insn i{};
    i.code = code;
    i.dst_reg = dst & 0xf;
    i.src_reg = src & 0xf;
    i.off = off;
    i.imm = imm;
    return i;
}
bpf_insn load(uint8_t size, uint8_t dst, uint8_t src, uint32_t off) {
    return insn(BPF_LDX | BPF_MEM | size, dst, src, int16_t(off), 0);
}
bpf_insn store(uint8_t size, uint8_t dst, uint8_t src, int16_t off) {
    return insn(BPF_STX | BPF_MEM | size, dst, src, off, 0);
}
bpf_insn jumpIfImm(uint8_t op, uint8_t reg, int32_t imm, int16_t skip) {
    return insn(BPF_JMP | op | BPF_K, reg, 0, skip, imm);
}

// For each descriptor (ctx: meta at 0, task at 8, fd at 16, file at 24, one 8-byte slot
// each): skip threads' own tables (/proc/<pid>/fd shows the leader's), write {inode or 0,
// tgid, fd, euid, 0} with bpf_seq_write. Registers: r6 ctx, r7 file, r8 task, r5 cred,
// r2 inode, r4 the record's inode. The jump offsets count the instructions skipped.
std::vector<bpf_insn> program(const Layout& l) {
    constexpr int kOut = 31;  // "return 0"
    constexpr int kWrite = 24;
    auto to = [](int target, int at) { return int16_t(target - at - 1); };
    return {
        /* 0 */ insn(BPF_ALU64 | BPF_MOV | BPF_X, 6, 1, 0, 0),
        /* 1 */ load(BPF_DW, 7, 6, 24),
        /* 2 */ jumpIfImm(BPF_JEQ, 7, 0, to(kOut, 2)),
        /* 3 */ load(BPF_DW, 8, 6, 8),
        /* 4 */ jumpIfImm(BPF_JEQ, 8, 0, to(kOut, 4)),
        /* 5 */ load(BPF_W, 3, 8, l.pid),
        /* 6 */ load(BPF_W, 4, 8, l.tgid),
        /* 7 */ insn(BPF_JMP | BPF_JNE | BPF_X, 3, 4, to(kOut, 7), 0),
        /* 8 */ store(BPF_W, 10, 4, -16),
        /* 9 */ load(BPF_W, 3, 6, 16),
        /* 10 */ store(BPF_W, 10, 3, -12),
        /* 11 */ insn(BPF_ALU64 | BPF_MOV | BPF_K, 3, 0, 0, 0),
        /* 12 */ load(BPF_DW, 5, 8, l.cred),
        /* 13 */ jumpIfImm(BPF_JEQ, 5, 0, to(15, 13)),
        /* 14 */ load(BPF_W, 3, 5, l.euid),
        /* 15 */ store(BPF_W, 10, 3, -8),
        /* 16 */ insn(BPF_ST | BPF_MEM | BPF_W, 10, 0, -4, 0),
        /* 17 */ insn(BPF_ALU64 | BPF_MOV | BPF_K, 4, 0, 0, 0),
        /* 18 */ load(BPF_DW, 2, 7, l.inode),
        /* 19 */ jumpIfImm(BPF_JEQ, 2, 0, to(kWrite, 19)),
        /* 20 */ load(BPF_H, 3, 2, l.mode),
        /* 21 */ insn(BPF_ALU64 | BPF_AND | BPF_K, 3, 0, 0, 0xf000),
        /* 22 */ jumpIfImm(BPF_JNE, 3, 0xc000, to(kWrite, 22)),  // not S_IFSOCK
        /* 23 */ load(BPF_DW, 4, 2, l.number),
        /* 24 */ store(BPF_DW, 10, 4, -24),
        /* 25 */ load(BPF_DW, 1, 6, 0),
        /* 26 */ load(BPF_DW, 1, 1, l.seq),
        /* 27 */ insn(BPF_ALU64 | BPF_MOV | BPF_X, 2, 10, 0, 0),
        /* 28 */ insn(BPF_ALU64 | BPF_ADD | BPF_K, 2, 0, 0, -24),
        /* 29 */ insn(BPF_ALU64 | BPF_MOV | BPF_K, 3, 0, 0, sizeof(DescriptorRecord)),
        /* 30 */ insn(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_seq_write),
        /* 31 */ insn(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0),
        /* 32 */ insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
    };
}

// A small /proc text, NUL-terminated; false if it cannot be read.
bool readProcText(const char* path, char* text, size_t size) {
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const ssize_t n = ::read(fd, text, size - 1);
    ::close(fd);
    text[n > 0 ? n : 0] = 0;
    return n > 0;
}

// The iterator gives each task's pid as the initial PID namespace numbers it; /proc numbers
// them as this process's namespace does ("NSpid:" lists one number per level).
bool inInitialPidNamespace() {
    char text[4096];
    if (!readProcText("/proc/self/status", text, sizeof text)) {
        return false;
    }
    const char* line = std::strstr(text, "\nNSpid:");
    if (line == nullptr) {
        return true;  // before Linux 4.1: no PID namespaces to tell apart in status
    }
    const char* end = std::strchr(line + 1, '\n');
    int numbers = 0;
    bool inNumber = false;
    for (const char* c = line + 7; c != end && *c; ++c) {
        const bool digit = *c >= '0' && *c <= '9';
        numbers += digit && !inNumber ? 1 : 0;
        inNumber = digit;
    }
    return numbers == 1;
}

// The initial user namespace maps every uid to itself: "0 0 4294967295".
bool inInitialUserNamespace() {
    char text[256];
    if (!readProcText("/proc/self/uid_map", text, sizeof text)) {
        return false;
    }
    unsigned long inside = 1, outside = 1, count = 0;
    return std::sscanf(text, "%lu %lu %lu", &inside, &outside, &count) == 3 && inside == 0 &&
           outside == 0 && count == 4294967295UL &&
           std::strchr(text, '\n') == text + std::strlen(text) - 1;
}

}  // namespace

std::unique_ptr<SocketFdIterator> SocketFdIterator::open(std::string& why) {
    const auto layout = kernelLayout(why);
    if (!layout) {
        return nullptr;
    }
    const std::vector<bpf_insn> insns = program(*layout);
    static const char kLicense[] = "GPL";  // bpf_seq_write is offered to GPL programs only
    union bpf_attr attr {};
    attr.prog_type = BPF_PROG_TYPE_TRACING;
    attr.expected_attach_type = BPF_TRACE_ITER;
    attr.insns = uint64_t(uintptr_t(insns.data()));
    attr.insn_cnt = uint32_t(insns.size());
    attr.license = uint64_t(uintptr_t(kLicense));
    attr.attach_btf_id = layout->functionId;
    std::strncpy(attr.prog_name, "flowscope_fds", sizeof attr.prog_name - 1);
    const int program = bpfCall(BPF_PROG_LOAD, attr);
    if (program < 0) {
        why = std::string("the kernel refused the descriptor iterator: ") + std::strerror(errno);
        return nullptr;
    }
    union bpf_attr link {};
    link.link_create.prog_fd = uint32_t(program);
    link.link_create.attach_type = BPF_TRACE_ITER;
    const int linkFd = bpfCall(BPF_LINK_CREATE, link);
    if (linkFd < 0) {
        why = std::string("the descriptor iterator could not be attached: ") + std::strerror(errno);
        ::close(program);
        return nullptr;
    }
    if (!inInitialPidNamespace()) {
        why = "this process runs in a PID namespace of its own, which the iterator does not number";
        ::close(linkFd);
        ::close(program);
        return nullptr;
    }
    return std::unique_ptr<SocketFdIterator>(
        new SocketFdIterator(program, linkFd, inInitialUserNamespace()));
}

SocketFdIterator::~SocketFdIterator() {
    ::close(m_link);
    ::close(m_program);
}

bool SocketFdIterator::read(std::vector<DescriptorRecord>& out) {
    out.clear();
    union bpf_attr attr {};
    attr.iter_create.link_fd = uint32_t(m_link);
    const int fd = bpfCall(BPF_ITER_CREATE, attr);
    if (fd < 0) {
        return false;
    }
    size_t used = 0;
    out.resize(std::max<size_t>(m_lastCount + m_lastCount / 8, 4096));  // grows without copies
    bool ok = true;
    while (true) {
        if (used == out.size()) {
            out.resize(out.size() * 2);
        }
        const ssize_t n = ::read(fd, out.data() + used, (out.size() - used) * sizeof out[0]);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        used += size_t(n) / sizeof out[0];  // records are written whole
    }
    out.resize(used);
    m_lastCount = used;
    // This process holds `fd` while it reads: listed under its own pid where the numbers are
    // /proc's (a last check of the namespace test in open()).
    const uint32_t self = uint32_t(::getpid());
    ok = ok && std::any_of(out.begin(), out.end(), [&](const DescriptorRecord& r) {
             return r.pid == self && r.fd == uint32_t(fd);
         });
    ::close(fd);
    return ok;
}

}  // namespace flowscope::linuxproc
