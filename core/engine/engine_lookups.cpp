// The engine's lookups for new flows: their names (FlowNamer) and their owning processes
// (ProcessResolver), applied to the flow table on the engine thread.
#include "core/engine/engine.h"

#include <span>

#include "core/engine/packet_queue.h"
#include "core/flow/flow_key.h"

namespace flowscope {

void Engine::nameConnection(const DecodedPacket& decoded, const uint8_t* bytes,
                            uint32_t capturedLength, const QueuedPacket& p) {
    const auto named = m_namer->observe(decoded, std::span<const uint8_t>(bytes, capturedLength),
                                        p.wireLength, p.timestampNs);
    if (named.nameId == 0) {
        return;
    }
    bool sourceIsA = true;
    const uint64_t id = m_table->findKey(FlowKey::fromPacket(decoded, sourceIsA));
    if (id != 0) {
        m_table->setName(id, named.nameId);
    }
}

void Engine::handleNewFlows() {
    for (uint64_t id : m_table->takeCreated()) {
        const Flow* f = m_table->find(id);
        if (!f) {
            continue;
        }
        if (m_namer && f->nameId == 0) {
            if (const uint32_t nameId = m_namer->nameNewFlow(id, f->remote().address)) {
                m_table->setName(id, nameId);
            }
        }
        if (!m_resolver || !f->key.hasPorts || (f->key.protocol != 6 && f->key.protocol != 17)) {
            continue;
        }
        const Endpoint& local = f->local();
        const Endpoint& remote = f->remote();
        if (!belongsHere(local.address, remote.address)) {
            continue;  // between two other machines: no socket here owns it
        }
        // On loopback (or between two of this machine's addresses) both ends have a socket
        // here: either end's owner will do when the local side's is gone.
        const bool peerIsLocal =
            remote.address.isLoopback() || m_table->locality().isOwnAddress(remote.address);
        m_resolver->track(id, ConnectionTuple{f->key.protocol,
                                              {local.address, local.port},
                                              {remote.address, remote.port},
                                              peerIsLocal});
        m_accounting.track(id);
    }
}

bool Engine::belongsHere(const IpAddress& local, const IpAddress& remote) {
    // Traffic between two other machines (forwarded, or seen in promiscuous mode) has no
    // socket here, and the kernel's lookup would hand it to a listener that happens to use
    // the same port. Multicast and broadcast reach this machine's sockets too.
    const LocalityPolicy& own = m_table->locality();
    auto mine = [&](const IpAddress& a) { return a.isLoopback() || own.isOwnAddress(a); };
    if (!own.knowsOwnAddresses() || mine(local) || mine(remote) || remote.isMulticast() ||
        remote.isBroadcast()) {
        return true;
    }
    // Perhaps an address the machine got since the capture started (DHCP, IPv6 temporary
    // addresses): the adapters are listed again, at most every 2 s.
    const auto now = std::chrono::steady_clock::now();
    if (now - m_ownAddressesListed < std::chrono::seconds(2)) {
        return false;
    }
    m_ownAddressesListed = now;
    if (auto addresses = ownAddresses(m_config.live.interface); !addresses.empty()) {
        m_table->setOwnAddresses(addresses);
    }
    return mine(local) || mine(remote);
}

void Engine::applyAttributions() {
    for (Attribution& a : m_resolver->takeAttributions()) {
        if (m_table->setOwner(a.connectionId, a.applicationId, a.pid)) {
            m_accounting.attribute(a.connectionId, a.applicationId, std::move(a.pids));
        }
    }
}

}  // namespace flowscope
