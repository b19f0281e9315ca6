#include "core/icons/freedesktop/key_file.h"

#include <charconv>

namespace flowscope::freedesktop {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

}  // namespace

KeyFile KeyFile::parse(std::string_view text) {
    KeyFile file;
    std::map<std::string, std::string, std::less<>>* current = nullptr;
    size_t pos = 0;
    // A UTF-8 byte order mark is tolerated.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        pos = 3;
    }
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view line = trim(text.substr(pos, end - pos));
        pos = end + 1;
        if (line.empty() || line.front() == '#' || line.front() == ';') {
            continue;
        }
        if (line.front() == '[') {
            const size_t close = line.find(']');
            if (close == std::string_view::npos || close == 1) {
                ++file.m_badLines;
                current = nullptr;
                continue;
            }
            std::string name(line.substr(1, close - 1));
            auto [it, inserted] = file.m_groups.try_emplace(name);
            if (inserted) {
                file.m_groupOrder.push_back(std::move(name));
            }
            current = &it->second;
            continue;
        }
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos || eq == 0) {
            ++file.m_badLines;
            continue;
        }
        if (!current) {
            continue;  // keys before the first group belong to no group
        }
        const std::string_view key = trim(line.substr(0, eq));
        if (key.empty() || key.find('[') != std::string_view::npos) {
            continue;  // localised keys: only the plain key is used
        }
        current->try_emplace(std::string(key), std::string(trim(line.substr(eq + 1))));
    }
    return file;
}

const std::string* KeyFile::raw(std::string_view group, std::string_view key) const {
    const auto g = m_groups.find(group);
    if (g == m_groups.end()) {
        return nullptr;
    }
    const auto k = g->second.find(key);
    return k == g->second.end() ? nullptr : &k->second;
}

std::string KeyFile::string(std::string_view group, std::string_view key,
                            std::string_view fallback) const {
    const std::string* v = raw(group, key);
    return v ? unescapeValue(*v) : std::string(fallback);
}

bool KeyFile::boolean(std::string_view group, std::string_view key, bool fallback) const {
    const std::string* v = raw(group, key);
    if (!v) {
        return fallback;
    }
    if (*v == "true" || *v == "1") {
        return true;
    }
    if (*v == "false" || *v == "0") {
        return false;
    }
    return fallback;
}

int KeyFile::integer(std::string_view group, std::string_view key, int fallback) const {
    const std::string* v = raw(group, key);
    if (!v) {
        return fallback;
    }
    int out = 0;
    const auto r = std::from_chars(v->data(), v->data() + v->size(), out);
    return r.ec == std::errc() && r.ptr == v->data() + v->size() ? out : fallback;
}

std::vector<std::string> KeyFile::list(std::string_view group, std::string_view key,
                                       char separator) const {
    std::vector<std::string> out;
    const std::string* v = raw(group, key);
    if (!v) {
        return out;
    }
    std::string item;
    auto flush = [&] {
        const std::string_view t = trim(item);
        if (!t.empty()) {
            out.push_back(unescapeValue(t));
        }
        item.clear();
    };
    for (size_t i = 0; i < v->size(); ++i) {
        const char c = (*v)[i];
        if (c == '\\' && i + 1 < v->size() && (*v)[i + 1] == separator) {
            item.push_back(separator);
            ++i;
        } else if (c == '\\' && i + 1 < v->size()) {
            item.push_back(c);
            item.push_back((*v)[++i]);
        } else if (c == separator) {
            flush();
        } else {
            item.push_back(c);
        }
    }
    flush();
    return out;
}

bool KeyFile::hasGroup(std::string_view group) const {
    return m_groups.find(group) != m_groups.end();
}

std::string unescapeValue(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 == raw.size()) {
            out.push_back(c);
            continue;
        }
        const char n = raw[++i];
        switch (n) {
            case 's':
                out.push_back(' ');
                break;
            case 'n':
                out.push_back('\n');
                break;
            case 't':
                out.push_back('\t');
                break;
            case 'r':
                out.push_back('\r');
                break;
            case '\\':
                out.push_back('\\');
                break;
            default:
                out.push_back('\\');
                out.push_back(n);
        }
    }
    return out;
}

}  // namespace flowscope::freedesktop
