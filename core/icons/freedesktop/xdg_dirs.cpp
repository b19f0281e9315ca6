#include "core/icons/freedesktop/xdg_dirs.h"

#include <algorithm>
#include <cstdlib>

namespace flowscope::freedesktop {

namespace {

std::optional<std::string> nonEmpty(const EnvLookup& env, const std::string& name) {
    auto v = env(name);
    if (!v || v->empty()) {
        return std::nullopt;
    }
    return v;
}

std::vector<std::string> splitColon(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find(':', start);
        if (end == std::string::npos) {
            end = s.size();
        }
        if (end > start) {
            out.push_back(s.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

std::string withoutTrailingSlash(std::string s) {
    while (s.size() > 1 && s.back() == '/') {
        s.pop_back();
    }
    return s;
}

void addUnique(std::vector<std::string>& out, std::string dir) {
    dir = withoutTrailingSlash(std::move(dir));
    if (std::find(out.begin(), out.end(), dir) == out.end()) {
        out.push_back(std::move(dir));
    }
}

}  // namespace

EnvLookup processEnvironment() {
    return [](const std::string& name) -> std::optional<std::string> {
        const char* v = std::getenv(name.c_str());
        return v ? std::optional<std::string>(v) : std::nullopt;
    };
}

std::string homeDir(const EnvLookup& env) {
    return nonEmpty(env, "HOME").value_or("/");
}

std::string xdgDataHome(const EnvLookup& env) {
    auto v = nonEmpty(env, "XDG_DATA_HOME");
    if (v && (*v)[0] == '/') {
        return withoutTrailingSlash(*v);
    }
    return withoutTrailingSlash(homeDir(env)) + "/.local/share";
}

std::string xdgConfigHome(const EnvLookup& env) {
    auto v = nonEmpty(env, "XDG_CONFIG_HOME");
    if (v && (*v)[0] == '/') {
        return withoutTrailingSlash(*v);
    }
    return withoutTrailingSlash(homeDir(env)) + "/.config";
}

std::vector<std::string> xdgDataDirs(const EnvLookup& env) {
    std::vector<std::string> out;
    for (std::string& d : splitColon(nonEmpty(env, "XDG_DATA_DIRS").value_or(""))) {
        if (d[0] == '/') {
            addUnique(out, std::move(d));
        }
    }
    if (out.empty()) {
        out = {"/usr/local/share", "/usr/share"};
    }
    return out;
}

std::vector<std::string> applicationDirs(const EnvLookup& env) {
    std::vector<std::string> out;
    addUnique(out, xdgDataHome(env) + "/applications");
    for (const std::string& d : xdgDataDirs(env)) {
        addUnique(out, d + "/applications");
    }
    return out;
}

std::vector<std::string> iconBaseDirs(const EnvLookup& env) {
    std::vector<std::string> out;
    addUnique(out, withoutTrailingSlash(homeDir(env)) + "/.icons");
    addUnique(out, xdgDataHome(env) + "/icons");
    for (const std::string& d : xdgDataDirs(env)) {
        addUnique(out, d + "/icons");
    }
    addUnique(out, "/usr/share/pixmaps");
    return out;
}

std::vector<std::string> searchPath(const EnvLookup& env) {
    auto v = nonEmpty(env, "PATH");
    if (!v) {
        return {"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"};
    }
    return splitColon(*v);
}

}  // namespace flowscope::freedesktop
