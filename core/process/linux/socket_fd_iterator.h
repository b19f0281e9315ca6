// Every open descriptor of every process in one read, from a tiny BPF task_file iterator
// (Linux >= 5.8, CAP_BPF and CAP_PERFMON or CAP_SYS_ADMIN): for each descriptor its process,
// its number, and the inode when it is a socket. Walking /proc/<pid>/fd costs one readlinkat
// per descriptor (~2.4 us each: 34 ms for 14,000 descriptors); the iterator reads them all
// in about a millisecond. The program is built here from a dozen instructions, with the
// member offsets of the running kernel taken from its BTF (no compiler, no libbpf), and
// loaded once per iterator object. Where it cannot be loaded (no privilege, no BTF, an old
// kernel, another PID namespace) open() says why and the caller walks /proc as before.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace flowscope::linuxproc {

struct DescriptorRecord {
    uint64_t inode = 0;  // the socket's inode; 0 for a descriptor that is not a socket
    uint32_t pid = 0;    // the process (thread group), as /proc numbers it
    uint32_t fd = 0;
    uint32_t euid = 0;  // the process's effective uid (as the kernel stores it)
    uint32_t reserved = 0;
};

class SocketFdIterator {
public:
    // Loads the program; nullptr with `why` set where it cannot be used.
    static std::unique_ptr<SocketFdIterator> open(std::string& why);
    ~SocketFdIterator();
    SocketFdIterator(const SocketFdIterator&) = delete;
    SocketFdIterator& operator=(const SocketFdIterator&) = delete;

    // Every descriptor of every process, in ascending pid order; false if the read failed or
    // did not list this process's own descriptor for the read (numbers not /proc's).
    bool read(std::vector<DescriptorRecord>& out);
    // Whether a record's euid is the uid /proc/<pid>/status shows (this process is in the
    // initial user namespace, where the kernel's uids are not translated).
    bool euidIsUid() const { return m_euidIsUid; }

private:
    SocketFdIterator(int program, int link, bool euidIsUid)
        : m_program(program), m_link(link), m_euidIsUid(euidIsUid) {}
    int m_program = -1;
    int m_link = -1;
    bool m_euidIsUid = false;
    size_t m_lastCount = 0;
};

}  // namespace flowscope::linuxproc
