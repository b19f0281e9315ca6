// Shared by the enrichment tests of the desktop app (ui_enrichment_tests,
// ui_applications_tests): flows, applications and host names built from real values.
#pragma once

#include <QAbstractItemModel>
#include <memory>
#include <string>
#include <vector>

#include "core/engine/flow_namer.h"
#include "core/enrich/geo_resolver.h"
#include "core/flow/flow.h"
#include "core/process/application.h"
#include "ui/models/connection_model.h"

namespace flowscope::ui::enrichtest {

inline IpAddress ip(const char* text) {
    return *IpAddress::parse(text);
}

inline Flow tcpFlow(uint64_t id, const char* remote, uint16_t remotePort, uint32_t appId,
                    uint32_t nameId) {
    Flow f;
    f.id = id;
    f.key.protocol = 6;
    f.key.hasPorts = true;
    f.key.a.address = ip("192.168.1.10");
    f.key.a.port = static_cast<uint16_t>(40000 + id);
    f.key.b.address = ip(remote);
    f.key.b.port = remotePort;
    f.localIsA = true;
    f.appId = appId;
    f.nameId = nameId;
    f.counters.bytesIn = 1000 * id;
    f.counters.bytesOut = 100 * id;
    f.counters.packetsIn = id;
    f.counters.packetsOut = id;
    f.firstSeenNs = 1'700'000'000'000'000'000;
    f.lastSeenNs = f.firstSeenNs + 1000;
    return f;
}

inline Application app(uint32_t id, const std::string& path, const std::string& name,
                       std::vector<uint32_t> pids, const std::string& user = "alice") {
    Application a;
    a.id = id;
    a.path = path;
    a.name = name;
    a.user = user;
    a.uid = 1000;
    a.pids = std::move(pids);
    a.commandLine = path + " --serve";
    return a;
}

// Applications 1 firefox (htop's path, so a real desktop entry gives a real icon), 2 curl,
// 3 hidden (user bob); names 1 dns.google (dns), 2 www.example.com (sni).
struct World {
    std::shared_ptr<std::vector<Application>> apps = std::make_shared<std::vector<Application>>();
    std::shared_ptr<std::vector<HostName>> names = std::make_shared<std::vector<HostName>>();
    World() {
        apps->push_back(app(1, "/usr/bin/htop", "firefox-esr", {4242, 4243}));
        apps->push_back(app(2, "/usr/bin/curl", "curl", {777}));
        Application hidden;
        hidden.id = 3;
        hidden.user = "bob";
        hidden.uid = 1001;
        hidden.ownerHidden = true;
        apps->push_back(hidden);
        names->push_back({"dns.google", HostNameSource::DnsAnswer});
        names->push_back({"www.example.com", HostNameSource::Sni});
    }
    // 8.8.8.8 (Google, US), 1.1.1.1 (Cloudflare), 93.184.216.34 (example.com), a private host.
    std::vector<Flow> flows() const {
        return {tcpFlow(1, "8.8.8.8", 443, 1, 1), tcpFlow(2, "1.1.1.1", 443, 2, 0),
                tcpFlow(3, "93.184.216.34", 443, 1, 2), tcpFlow(4, "192.168.1.1", 53, 3, 0),
                tcpFlow(5, "8.8.4.4", 853, 0, 0)};
    }
};

inline int rowOf(const QAbstractItemModel* model, uint64_t flowId) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ConnectionModel::FlowIdRole).toULongLong() == flowId) {
            return row;
        }
    }
    return -1;
}

inline std::shared_ptr<GeoResolver> sharedResolver() {
    static std::shared_ptr<GeoResolver> resolver = std::make_shared<GeoResolver>();
    return resolver;
}

}  // namespace flowscope::ui::enrichtest
