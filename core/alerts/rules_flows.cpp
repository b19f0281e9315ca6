// The rules that look at programs and flows: new programs, blocklisted addresses, favorites.
#include <algorithm>

#include "core/alerts/rule_text.h"
#include "core/alerts/rules.h"
#include "core/flow/flow_key.h"

namespace flowscope {

using rule_text::shortName;

void Rules::newPrograms(const EngineSnapshot& snapshot, std::vector<Alert>& out) {
    if (!snapshot.applications) {
        return;
    }
    for (const auto& application : *snapshot.applications) {
        const std::string program = programOf(application);
        // A newline cannot be stored in the one-a-line file; such a name is not remembered.
        if (program.empty() || program.find('\n') != std::string::npos ||
            m_known.contains(program)) {
            continue;
        }
        m_known.add(program);
        Alert alert;
        alert.timeNs = snapshot.timeNs;
        alert.rule = AlertRule::NewProgram;
        alert.subject = program;
        alert.appId = application.id;
        alert.message = AlertMessage::FirstConnection;
        alert.facts.program = program;
        alert.facts.user = application.user;
        alert.title = shortName(program) + " used the network for the first time";
        alert.body = program + " made its first connection" +
                     (application.user.empty() ? "" : " (user " + application.user + ")") + ".";
        out.push_back(std::move(alert));
    }
    if (!out.empty()) {
        m_known.save();
    }
}

// New flows are those added in this tick. After ticks the sink never got (its queue was full:
// the sequence number jumps), flows added in them show up here as changed or removed ones,
// recognised by being first seen since the previous snapshot this sink consumed.
std::vector<const Flow*> Rules::newFlows(const EngineSnapshot& snapshot,
                                         const EngineDiff& diff) const {
    std::vector<const Flow*> flows;
    for (const auto& flow : diff.added) {
        flows.push_back(&flow);
    }
    if (m_lastSequence != 0 && snapshot.sequence > m_lastSequence + 1) {
        for (const auto* missed : {&diff.changed, &diff.removed}) {
            for (const auto& flow : *missed) {
                if (flow.firstSeenNs >= m_lastTimeNs) {
                    flows.push_back(&flow);
                }
            }
        }
    }
    return flows;
}

void Rules::blocklisted(const EngineSnapshot& snapshot, const EngineDiff& diff,
                        std::vector<Alert>& out) {
    for (const Flow* newFlow : newFlows(snapshot, diff)) {
        const Flow& flow = *newFlow;
        const IpAddress& remote = flow.remote().address;
        const auto match = m_config.blocklists->match(remote);
        if (!match) {
            continue;
        }
        const std::string program = programOf(snapshot, flow.appId);
        const std::string address = remote.toString();
        const std::string prefix =
            match->entry.network.toString() + "/" + std::to_string(match->entry.prefixLength);
        Alert alert;
        alert.timeNs = snapshot.timeNs;
        alert.rule = AlertRule::Blocklist;
        alert.subject = address;
        alert.address = remote;
        alert.appId = flow.appId;
        alert.message = AlertMessage::Blocklisted;
        alert.facts.address = address;
        alert.facts.program = program;
        alert.facts.list = *match->listName;
        alert.facts.prefix = prefix;
        alert.facts.line = match->entry.line;
        alert.title = address + " is on the blocklist " + *match->listName;
        alert.body =
            (program.empty() ? std::string("A connection was made") : program + " connected") +
            " to " + address + ", listed in " + *match->listName + " as " + prefix + " (line " +
            std::to_string(match->entry.line) + ").";
        out.push_back(std::move(alert));
    }
}

namespace {

enum class FavoriteKind { Host, Service, Program };

std::string serviceText(const ServiceKey& service) {
    return std::string(protocolName(service.protocol)) + "/" + std::to_string(service.port);
}

}  // namespace

void Rules::favorites(const EngineSnapshot& snapshot, const EngineDiff& diff,
                      std::vector<Alert>& out) {
    const Favorites& favorites = m_config.favorites;
    // Each favorite active in this tick, once, with the first flow that showed it.
    std::vector<std::string> seen;
    const auto active = [&](std::string subject, FavoriteKind kind, const Flow& flow) {
        if (std::find(seen.begin(), seen.end(), subject) != seen.end()) {
            return;
        }
        seen.push_back(subject);
        const auto last = m_favoriteLastActive.find(subject);
        const bool wasIdle =
            last == m_favoriteLastActive.end() || snapshot.timeNs - last->second > favorites.idleNs;
        m_favoriteLastActive[subject] = snapshot.timeNs;
        if (!wasIdle) {
            return;
        }
        const std::string program = programOf(snapshot, flow.appId);
        const ServiceKey service{flow.key.protocol, flow.servicePort()};
        Alert alert;
        alert.timeNs = snapshot.timeNs;
        alert.rule = AlertRule::Favorite;
        alert.subject = subject;
        // Inspect opens on the favorite itself: the host's address or the program.
        alert.address = kind == FavoriteKind::Host ? flow.remote().address : IpAddress();
        alert.appId = kind == FavoriteKind::Program ? flow.appId : 0;
        alert.message = kind == FavoriteKind::Host      ? AlertMessage::FavoriteHost
                        : kind == FavoriteKind::Service ? AlertMessage::FavoriteService
                                                        : AlertMessage::FavoriteProgram;
        alert.facts.subject = subject;
        alert.facts.address = flow.remote().address.toString();
        alert.facts.service = serviceText(service);
        alert.facts.program = program;
        alert.title = kind == FavoriteKind::Host ? "Favorite host " + subject + " is active"
                      : kind == FavoriteKind::Service
                          ? "Favorite service " + subject + " is active"
                          : "Favorite program " + shortName(subject) + " is active";
        alert.body = "Traffic started: " + flow.remote().address.toString() + " over " +
                     serviceText(service) + (program.empty() ? "" : " by " + program) + ".";
        out.push_back(std::move(alert));
    };
    // Which application ids are favorite programs, once per tick (not once per flow).
    std::vector<char> favoriteApp;
    if (!m_favoritePrograms.empty() && snapshot.applications) {
        favoriteApp.resize(snapshot.applications->size() + 1, 0);
        const auto& applications = *snapshot.applications;
        for (size_t i = 0; i < applications.size(); ++i) {  // id = index + 1
            favoriteApp[i + 1] = m_favoritePrograms.count(programOf(applications[i])) > 0;
        }
    }
    for (const auto* flows : {&diff.added, &diff.changed}) {
        for (const auto& flow : *flows) {
            const IpAddress& remote = flow.remote().address;
            if (m_favoriteHosts.count(remote) > 0) {
                active(remote.toString(), FavoriteKind::Host, flow);
            }
            const ServiceKey service{flow.key.protocol, flow.servicePort()};
            if (m_favoriteServices.count(service) > 0) {
                active(serviceText(service), FavoriteKind::Service, flow);
            }
            if (flow.appId < favoriteApp.size() && favoriteApp[flow.appId]) {
                active(programOf(snapshot, flow.appId), FavoriteKind::Program, flow);
            }
        }
    }
}

}  // namespace flowscope
