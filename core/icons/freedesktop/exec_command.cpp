#include "core/icons/freedesktop/exec_command.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <string_view>

namespace flowscope::freedesktop {

namespace {

using Args = std::span<const std::string>;
constexpr int kMaxDepth = 6;

std::string baseName(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool isAssignment(const std::string& s) {
    const size_t eq = s.find('=');
    if (eq == std::string::npos || eq == 0) {
        return false;
    }
    for (size_t i = 0; i < eq; ++i) {
        const char c = s[i];
        const bool ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (i > 0 && c >= '0' && c <= '9');
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool oneOf(std::string_view s, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

std::string joinHow(const std::string& how, const std::string& more) {
    return how.empty() ? more : how + ", " + more;
}

bool isShell(const std::string& stem) {
    return oneOf(stem, {"sh", "bash", "dash", "zsh", "ksh", "mksh", "fish"});
}

bool isInterpreter(const std::string& stem) {
    return isShell(stem) ||
           oneOf(stem,
                 {"python", "pythonw",  "pypy",    "perl",  "ruby",   "node", "nodejs",  "lua",
                  "luajit", "php",      "tclsh",   "wish",  "gjs",    "java", "mono",    "dotnet",
                  "wine",   "electron", "Rscript", "guile", "racket", "qml",  "qmlscene"});
}

// Wrappers that run the rest of the line as a command, and their options that take a value.
struct Wrapper {
    std::string_view name;
    std::initializer_list<std::string_view> optionsWithValue;
};
const Wrapper kWrappers[] = {
    {"nohup", {}},
    {"exec", {"-a"}},
    {"nice", {"-n", "--adjustment"}},
    {"ionice", {"-c", "-n", "-p", "--class", "--classdata"}},
    {"pkexec", {"--user"}},
    {"sudo", {"-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U"}},
    {"gksu", {"-u", "--user", "-D", "--description", "-m", "--message"}},
    {"gksudo", {"-u", "--user", "-D", "--description", "-m", "--message"}},
    {"kdesu", {"-u", "-c", "-d", "-n", "-p", "-i"}},
    {"kdesudo", {"-u", "-c", "-d", "-n", "-p", "-i"}},
    {"firejail", {}},
    {"prime-run", {}},
    {"optirun", {"-b", "-c"}},
    {"primusrun", {}},
    {"torsocks", {"-u", "-p", "-a", "-P"}},
    {"proxychains", {"-f"}},
    {"proxychains4", {"-f"}},
    {"stdbuf", {"-i", "-o", "-e"}},
    {"taskset", {}},
    {"gamemoderun", {}},
    {"mangohud", {}},
    {"systemd-inhibit", {"--what", "--who", "--why", "--mode"}},
};

void collect(Args args, const std::string& how, int depth, std::vector<ProgramRef>& out);

size_t skipOptions(Args args, size_t i, std::initializer_list<std::string_view> withValue) {
    while (i < args.size() && args[i].size() > 1 && args[i][0] == '-') {
        if (args[i] == "--") {
            return i + 1;
        }
        const bool takesValue = std::find(withValue.begin(), withValue.end(),
                                          std::string_view(args[i])) != withValue.end();
        i += takesValue ? 2 : 1;
    }
    return i;
}

void collectEnv(Args args, size_t i, const std::string& how, int depth,
                std::vector<ProgramRef>& out) {
    while (i < args.size()) {
        const std::string& a = args[i];
        if (a == "--" || a == "-" || a == "-i" || a == "--ignore-environment" || a == "-0" ||
            a == "--null") {
            ++i;
        } else if (a == "-u" || a == "--unset" || a == "-C" || a == "--chdir") {
            i += 2;
        } else if (a == "-S" || a == "--split-string") {
            if (i + 1 >= args.size()) {
                return;
            }
            // env -S "prog args": the string is the command, the rest are more arguments.
            for (const auto& cmd : splitShellCommands(args[i + 1])) {
                std::vector<std::string> joined = cmd;
                joined.insert(joined.end(), args.begin() + long(i) + 2, args.end());
                collect(joined, joinHow(how, "env -S"), depth + 1, out);
            }
            return;
        } else if (a.rfind("--", 0) == 0 || (a.size() > 1 && a[0] == '-')) {
            ++i;
        } else if (isAssignment(a)) {
            ++i;
        } else {
            break;
        }
    }
    collect(args.subspan(std::min(i, args.size())), joinHow(how, "env"), depth + 1, out);
}

void collectFlatpak(Args args, size_t i, const std::string& how, std::vector<ProgramRef>& out) {
    while (i < args.size() && args[i] != "run") {
        ++i;
    }
    if (i == args.size()) {
        return;  // "flatpak install ..." and friends start no application
    }
    ++i;
    std::string command;
    std::string appId;
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--command=", 0) == 0) {
            command = a.substr(10);
        } else if (a == "--command" && i + 1 < args.size()) {
            command = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            continue;
        } else {
            appId = a;
            break;
        }
    }
    if (appId.empty()) {
        return;
    }
    const std::string branchless = appId.substr(0, appId.find('/'));  // "org.x.Y/x86_64/stable"
    const std::string how2 = joinHow(how, "flatpak run " + branchless);
    const std::vector<std::string> marks = {"/flatpak/app/" + branchless + "/"};
    if (!command.empty()) {
        out.push_back({baseName(command), true, marks, how2 + " --command"});
    }
    const size_t dot = branchless.rfind('.');
    std::string last = dot == std::string::npos ? branchless : branchless.substr(dot + 1);
    std::transform(last.begin(), last.end(), last.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    out.push_back({last, true, marks, how2});
    if (last != branchless) {
        out.push_back({branchless, true, marks, how2});
    }
}

void collectSnap(const std::string& program, const std::string& how, std::vector<ProgramRef>& out) {
    // /snap/bin/<snap> or /snap/bin/<snap>.<app>; the binary runs from /snap/<snap>/<rev>/.
    const std::string name = baseName(program);
    const size_t dot = name.find('.');
    const std::string snap = name.substr(0, dot);
    const std::vector<std::string> marks = {"/snap/" + snap + "/"};
    const std::string how2 = joinHow(how, "snap " + snap);
    out.push_back({name, true, marks, how2});
    if (dot != std::string::npos) {
        out.push_back({name.substr(dot + 1), true, marks, how2});
    }
}

void collectInterpreter(Args args, size_t i, const std::string& stem, const std::string& how,
                        std::vector<ProgramRef>& out) {
    const std::string interpreter = baseName(args[i]);
    const size_t first = i;
    ++i;
    while (i < args.size() && args[i].size() > 1 && args[i][0] == '-') {
        const std::string& a = args[i];
        if (stem.rfind("python", 0) == 0 && a == "-m" && i + 1 < args.size()) {
            // python3 -m package.module: the module's last part is the program's name.
            const std::string& module = args[i + 1];
            const size_t dot = module.rfind('.');
            out.push_back({dot == std::string::npos ? module : module.substr(dot + 1),
                           true,
                           {},
                           joinHow(how, interpreter + " -m")});
            return;
        }
        if (stem.rfind("python", 0) == 0 && a == "-c") {
            return;  // inline code: nothing to match
        }
        if (stem == "java" && a == "-jar" && i + 1 < args.size()) {
            out.push_back({args[i + 1], false, {}, joinHow(how, "java -jar")});
            return;
        }
        const bool takesValue =
            oneOf(a, {"-cp", "-classpath", "--class-path", "-W", "-X", "-I", "-e", "-r"});
        if (a == "--") {
            ++i;
            break;
        }
        i += takesValue ? 2 : 1;
    }
    if (i < args.size()) {
        out.push_back({args[i], false, {}, joinHow(how, interpreter + " script")});
    } else {
        out.push_back({args[first], false, {}, how});  // the interpreter itself, e.g. a REPL
    }
}

void collect(Args args, const std::string& how, int depth, std::vector<ProgramRef>& out) {
    if (depth > kMaxDepth) {
        return;
    }
    size_t i = 0;
    while (i < args.size() && isAssignment(args[i])) {
        ++i;  // "VAR=value prog" is not valid in Exec, but seen in the wild
    }
    if (i >= args.size()) {
        return;
    }
    const std::string& program = args[i];
    const std::string base = baseName(program);
    if (base == "env") {
        collectEnv(args, i + 1, how, depth, out);
        return;
    }
    for (const Wrapper& w : kWrappers) {
        if (base == w.name) {
            size_t j = skipOptions(args, i + 1, w.optionsWithValue);
            if (base == "taskset" && j < args.size()) {
                ++j;  // the CPU mask
            }
            collect(args.subspan(std::min(j, args.size())), joinHow(how, base), depth + 1, out);
            return;
        }
    }
    if (base == "flatpak") {
        collectFlatpak(args, i + 1, how, out);
        return;
    }
    if (program.rfind("/snap/bin/", 0) == 0) {
        collectSnap(program, how, out);
        return;
    }
    const std::string stem = withoutVersionSuffix(base);
    if (isShell(stem)) {
        for (size_t j = i + 1; j < args.size(); ++j) {
            if (args[j] == "-c" || (args[j].size() > 2 && args[j][0] == '-' && args[j][1] != '-' &&
                                    args[j].back() == 'c')) {
                if (j + 1 >= args.size()) {
                    return;
                }
                for (const auto& cmd : splitShellCommands(args[j + 1])) {
                    collect(cmd, joinHow(how, base + " -c"), depth + 1, out);
                }
                return;
            }
            if (args[j].empty() || args[j][0] != '-') {
                break;
            }
        }
    }
    if (isInterpreter(stem)) {
        collectInterpreter(args, i, stem, how, out);
        return;
    }
    // Shell builtins and plumbing inside "sh -c" lines start nothing worth an icon.
    if (oneOf(base, {"cd",    "export", "set",  "unset",  "source", ".",     "test",  "[",  "true",
                     "false", ":",      "echo", "printf", "read",   "sleep", "exit",  "if", "then",
                     "else",  "fi",     "wait", "trap",   "shift",  "umask", "ulimit"})) {
        return;
    }
    out.push_back({program, false, {}, how});
}

}  // namespace

std::string withoutVersionSuffix(const std::string& name) {
    size_t end = name.size();
    while (end > 0 && ((name[end - 1] >= '0' && name[end - 1] <= '9') || name[end - 1] == '.' ||
                       name[end - 1] == '-')) {
        --end;
    }
    return end == 0 ? name : name.substr(0, end);
}

std::vector<std::vector<std::string>> splitShellCommands(const std::string& command) {
    std::vector<std::vector<std::string>> out;
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    auto endWord = [&] {
        if (inWord) {
            words.push_back(word);
        }
        word.clear();
        inWord = false;
    };
    auto endCommand = [&] {
        endWord();
        if (!words.empty()) {
            out.push_back(words);
        }
        words.clear();
    };
    for (size_t i = 0; i < command.size(); ++i) {
        const char c = command[i];
        if (c == '\'') {
            const size_t close = command.find('\'', i + 1);
            const size_t end = close == std::string::npos ? command.size() : close;
            word.append(command, i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == '"') {
            inWord = true;
            for (++i; i < command.size() && command[i] != '"'; ++i) {
                if (command[i] == '\\' && i + 1 < command.size() &&
                    std::string_view("$`\"\\\n").find(command[i + 1]) != std::string_view::npos) {
                    ++i;
                }
                word.push_back(command[i]);
            }
        } else if (c == '\\' && i + 1 < command.size()) {
            word.push_back(command[++i]);
            inWord = true;
        } else if (c == ' ' || c == '\t') {
            endWord();
        } else if (c == ';' || c == '&' || c == '|' || c == '\n' || c == '(' || c == ')') {
            endCommand();
        } else if (c == '#' && !inWord) {
            const size_t nl = command.find('\n', i);
            i = nl == std::string::npos ? command.size() : nl - 1;
        } else {
            word.push_back(c);
            inWord = true;
        }
    }
    endCommand();
    return out;
}

std::vector<ProgramRef> programsOf(const std::vector<std::string>& argv) {
    std::vector<ProgramRef> out;
    collect(argv, "", 0, out);
    return out;
}

}  // namespace flowscope::freedesktop
