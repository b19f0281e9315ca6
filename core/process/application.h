// A program that owns connections, identified by its executable path (not by pid) and user.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace flowscope {

struct Application {
    uint32_t id = 0;   // 1, 2, 3, ... stable for the resolver's lifetime; 0 means unknown
    std::string path;  // executable path (empty when it could not be read)
    std::string name;  // full program name
    std::string user;  // user name of uid
    uint32_t uid = 0;
    std::vector<uint32_t> pids;  // processes of this program holding sockets, ascending
    std::string commandLine;     // of the first process seen
    // Another user's socket that cannot be read without privileges: name, path and pids are
    // unknown, the user is known ("hidden (user alice)").
    bool ownerHidden = false;
};

}  // namespace flowscope
