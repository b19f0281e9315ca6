// The Windows process backend: iphlpapi's owner-pid tables for sockets, the process itself
// (or a Toolhelp snapshot) for facts about an owner.
#if defined(_WIN32)

#include <memory>

#include "core/process/process_backend.h"
#include "core/process/windows/iphlpapi_tables.h"
#include "core/process/windows/process_describer.h"

namespace flowscope {

namespace {

// readSockets() from one thread at a time (it reuses one buffer); describe() may be called
// from any thread.
class IphlpapiBackend final : public ProcessBackend {
public:
    const char* name() const override { return "iphlpapi"; }

    // The tables carry the owner pid of every socket, whoever owns it: ownerHidden is never
    // set here; what a process hides (path, user) shows in describe() instead.
    Result<std::vector<SocketRecord>> readSockets() override {
        std::vector<SocketRecord> records;
        records.reserve(m_lastCount + 64);
        for (ULONG family : {ULONG(AF_INET), ULONG(AF_INET6)}) {
            if (Status status = winproc::appendTcpTable(family, m_buffer, records); !status) {
                return status.error();
            }
            if (Status status = winproc::appendUdpTable(family, m_buffer, records); !status) {
                return status.error();
            }
        }
        m_lastCount = records.size();
        return records;
    }

    std::optional<ProcessInfo> describe(uint32_t pid) override { return m_describer.describe(pid); }

private:
    std::vector<uint8_t> m_buffer;  // reused between reads; grows to the largest table
    size_t m_lastCount = 0;
    winproc::ProcessDescriber m_describer;
};

}  // namespace

std::unique_ptr<ProcessBackend> createSystemProcessBackend() {
    return std::make_unique<IphlpapiBackend>();
}

}  // namespace flowscope

#endif  // _WIN32
