#include "core/engine/process_enricher.h"

#include "core/engine/own_addresses.h"

namespace flowscope {

ProcessEnricher::ProcessEnricher(std::unique_ptr<ProcessBackend> backend,
                                 ProcessResolverConfig config, std::string interface)
    : m_resolver(std::move(backend), config),
      m_interface(std::move(interface)),
      m_ownAddressesListed(std::chrono::steady_clock::now()) {}

void ProcessEnricher::useSocketEvents(SocketEventChoice choice, bool required, bool fromHelper) {
    if (required && !choice.source) {
        m_eventsMissing = choice.note;
    }
    m_resolver.attachEvents(std::move(choice.source), std::move(choice.note), choice.status,
                            fromHelper);
}

void ProcessEnricher::onNewFlow(const Flow& f, FlowTable& table) {
    if (!f.key.hasPorts || (f.key.protocol != 6 && f.key.protocol != 17)) {
        return;
    }
    const Endpoint& local = f.local();
    const Endpoint& remote = f.remote();
    if (!belongsHere(table, local.address, remote.address)) {
        return;  // between two other machines: no socket here owns it
    }
    // On loopback (or between two of this machine's addresses) both ends have a socket
    // here: either end's owner will do when the local side's is gone.
    const bool peerIsLocal =
        remote.address.isLoopback() || table.locality().isOwnAddress(remote.address);
    m_resolver.track(f.id, ConnectionTuple{f.key.protocol,
                                           {local.address, local.port},
                                           {remote.address, remote.port},
                                           peerIsLocal});
    m_accounting.track(f.id);
}

bool ProcessEnricher::belongsHere(FlowTable& table, const IpAddress& local,
                                  const IpAddress& remote) {
    // Traffic between two other machines (forwarded, or seen in promiscuous mode) has no
    // socket here, and the kernel's lookup would hand it to a listener that happens to use
    // the same port. Multicast and broadcast reach this machine's sockets too.
    const LocalityPolicy& own = table.locality();
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
    if (auto addresses = adapterAddresses(m_interface); !addresses.empty()) {
        table.setOwnAddresses(addresses);
    }
    return mine(local) || mine(remote);
}

void ProcessEnricher::beforeChanges(FlowTable& table, bool final) {
    if (final && m_resolver.stats().pending > 0) {
        // A last look for connections still unknown, taking what it finds: no event that
        // they might still wait for will be read after this.
        (void)m_resolver.refreshNow(ProcessResolver::LastLook::Yes);
    }
    for (Attribution& a : m_resolver.takeAttributions()) {
        if (table.setOwner(a.connectionId, a.applicationId, a.pid)) {
            m_accounting.attribute(a.connectionId, a.applicationId, std::move(a.pids));
        }
    }
}

void ProcessEnricher::onChanges(const FlowChanges& changes) {
    m_accounting.beginInterval();
    for (const Flow& f : changes.added) {
        m_accounting.account(f);
    }
    for (const Flow& f : changes.changed) {
        m_accounting.account(f);
    }
    for (const Flow& f : changes.removed) {
        m_resolver.untrack(f.id);
        m_accounting.remove(f);
    }
}

void ProcessEnricher::contribute(EngineSnapshot& snapshot) {
    snapshot.applications = m_resolver.applications();
    snapshot.topApplications = m_accounting.top(EngineSnapshot::kTopN);
}

Phrase ProcessEnricher::warningPhrase() const {
    const ProcessResolverStats stats = m_resolver.stats();
    if (!stats.lastError.empty()) {
        //: %1 is why the socket table cannot be read, a sentence.
        return phrase(FS_PHRASE("Core", "Processes cannot be identified: %1"), {stats.lastError});
    }
    if (stats.events.lost > 0) {
        // Without the count: the sentence stays the same, so it is shown once, not per loss.
        return phrase(FS_PHRASE("Core",
                                "The kernel dropped socket events because the event "
                                "buffer was full, so some short connections may have no "
                                "program; make the event buffer larger (Settings, or "
                                "--event-buffer)."));
    }
    return m_eventsMissing;
}

}  // namespace flowscope
