// The engine names flows from the traffic itself: the SNI / HTTP Host of each connection, and
// the DNS answer that gave a remote address. Expected names: tests/data/expected/names/
// (made by tests/enrich/names_expected.py from tshark 4.0.17's dissection; command in each
// file's first line).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <tuple>

#include "core/engine/engine.h"
#include "core/engine/engine_config.h"

using namespace flowscope;

namespace {

struct Expected {
    // (client, client port, server, server port) -> name, from the "conn" lines.
    std::map<std::tuple<std::string, int, std::string, int>, std::string> connections;
    std::map<std::string, std::string> addresses;  // "addr" lines: address -> name
};

Expected readExpected(const std::string& capture) {
    Expected out;
    std::ifstream in(std::string(FLOWSCOPE_TEST_DATA) + "/expected/names/" + capture + ".tsv");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string kind;
        std::getline(fields, kind, '\t');
        if (kind == "conn") {
            std::string frame, source, client, clientPort, server, serverPort, name;
            std::getline(fields, frame, '\t');
            std::getline(fields, source, '\t');
            std::getline(fields, client, '\t');
            std::getline(fields, clientPort, '\t');
            std::getline(fields, server, '\t');
            std::getline(fields, serverPort, '\t');
            std::getline(fields, name, '\t');
            // The first name of a connection is its name.
            out.connections.emplace(
                std::make_tuple(client, std::stoi(clientPort), server, std::stoi(serverPort)),
                name);
        } else if (kind == "addr") {
            std::string address, source, name;
            std::getline(fields, address, '\t');
            std::getline(fields, source, '\t');
            std::getline(fields, name, '\t');
            out.addresses[address] = name;
        }
    }
    return out;
}

struct NamedFlows {
    std::map<std::tuple<std::string, int, std::string, int>, std::string> byEndpoints;
    std::map<std::string, std::string> anyByRemote;  // remote address -> one flow's name
};

NamedFlows runEngine(const std::string& capture) {
    EngineConfig config;
    config.source = EngineConfig::Source::File;
    config.filePath = std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + capture;
    Engine engine(config);
    EXPECT_TRUE(engine.start().ok());
    engine.wait();
    const SnapshotPtr snap = engine.latest();
    NamedFlows out;
    engine.table().forEach([&](const Flow& f) {
        if (f.nameId == 0) {
            return;
        }
        EXPECT_NE(snap->hostnames, nullptr);
        EXPECT_LE(f.nameId, snap->hostnames->size());
        const std::string& name = (*snap->hostnames)[f.nameId - 1].name;
        const Endpoint& a = f.key.a;
        const Endpoint& b = f.key.b;
        out.byEndpoints[{a.address.toString(), a.port, b.address.toString(), b.port}] = name;
        out.byEndpoints[{b.address.toString(), b.port, a.address.toString(), a.port}] = name;
        out.anyByRemote[f.remote().address.toString()] = name;
    });
    return out;
}

}  // namespace

TEST(EngineNames, ConnectionsAreNamedByTheirSniOrHost) {
    for (const char* capture : {"pcapplusplus-example2.pcap", "pcapplusplus-tls2.pcap"}) {
        SCOPED_TRACE(capture);
        const Expected expected = readExpected(capture);
        ASSERT_FALSE(expected.connections.empty());
        const NamedFlows flows = runEngine(capture);
        for (const auto& [endpoints, name] : expected.connections) {
            const auto it = flows.byEndpoints.find(endpoints);
            ASSERT_NE(it, flows.byEndpoints.end())
                << std::get<0>(endpoints) << ":" << std::get<1>(endpoints) << " -> "
                << std::get<2>(endpoints) << ":" << std::get<3>(endpoints) << " has no name";
            EXPECT_EQ(it->second, name);
        }
    }
}

// pcapplusplus-example2.pcap: the machine resolved names before connecting; flows to those
// addresses without SNI/Host of their own carry the DNS name.
TEST(EngineNames, OtherFlowsTakeTheDnsAnswersName) {
    const Expected expected = readExpected("pcapplusplus-example2.pcap");
    const NamedFlows flows = runEngine("pcapplusplus-example2.pcap");
    size_t checked = 0;
    for (const auto& [remote, name] : flows.anyByRemote) {
        const auto it = expected.addresses.find(remote);
        if (it == expected.addresses.end()) {
            continue;
        }
        ++checked;
        // Either the DNS name of the address or the SNI/Host of one of its connections.
        bool known = it->second == name;
        for (const auto& [endpoints, connName] : expected.connections) {
            known = known || (std::get<2>(endpoints) == remote && connName == name);
        }
        EXPECT_TRUE(known) << remote << " named " << name << ", expected " << it->second;
    }
    EXPECT_GE(checked, 50u);
}

TEST(EngineNames, NamesCanBeTurnedOff) {
    EngineConfig config;
    config.source = EngineConfig::Source::File;
    config.filePath = std::string(FLOWSCOPE_TEST_DATA) + "/pcap/pcapplusplus-example2.pcap";
    config.learnNames = false;
    Engine engine(config);
    ASSERT_TRUE(engine.start().ok());
    engine.wait();
    EXPECT_EQ(engine.latest()->hostnames, nullptr);
    engine.table().forEach([](const Flow& f) { EXPECT_EQ(f.nameId, 0u); });
}
