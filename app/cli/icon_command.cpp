// flowscope-cli icon: a program's icon, as the desktop app shows it, written as a PNG.
#include <charconv>
#include <filesystem>
#include <iostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/icon_render.h"
#include "app/cli/png_codec.h"
#include "core/icons/icon_backend.h"

namespace flowscope::cli {

namespace {

const char* kIconHelp =
    "Usage: flowscope-cli icon --exe PATH [--size N] --out FILE.png [--explain]\n"
    "       flowscope-cli icon --exe PATH [--size N] --explain\n"
    "\n"
    "Finds the icon Flowscope shows for the program at PATH (for a running process:\n"
    "/proc/PID/exe) and writes it as an N x N PNG (default 48, 1..1024).\n"
    "\n"
    "On Linux and the BSDs the program's desktop entry is looked up in\n"
    "$XDG_DATA_HOME/applications and every $XDG_DATA_DIRS/applications, and its Icon= in the\n"
    "current icon theme, its parents, hicolor and /usr/share/pixmaps. The theme is\n"
    "$FLOWSCOPE_ICON_THEME if set, else the GTK or KDE setting, else hicolor. Without a\n"
    "desktop entry an icon named like the executable is used; without any icon, Flowscope's\n"
    "generic program icon is written and a note says so.\n"
    "\n"
    "  --exe PATH     the program's executable\n"
    "  --size N       the PNG's width and height in pixels (default 48)\n"
    "  --out FILE     where to write the PNG\n"
    "  --explain      print the desktop entry, icon name and file chosen, and why\n"
    "\n"
    "Exit codes: 0 the PNG was written (also with the generic icon), 2 bad command line,\n"
    "3 the program does not exist, 7 FILE cannot be written.\n";

bool parseSize(const std::string& text, int& size) {
    const auto r = std::from_chars(text.data(), text.data() + text.size(), size);
    return r.ec == std::errc() && r.ptr == text.data() + text.size() && size >= 1 && size <= 1024;
}

// Renders the icon found (the generic one when it cannot be rendered, saying why in `note`)
// and writes it as a PNG; returns the exit code.
int writeIcon(const IconLookup& lookup, int size, const std::string& out, bool explain,
              std::string& note) {
    bool generic = lookup.image.kind == IconImage::Kind::None;
    auto pixels = renderIcon(lookup.image, size);
    if (!pixels) {
        note = pixels.error().message;
        if (!note.empty() && note.back() == '.') {
            note.pop_back();
        }
        note += "; the generic program icon is written instead.";
        generic = true;
        pixels = renderGenericIcon(size);
        if (!pixels) {
            return fail(kExitFailure, pixels.error().message);
        }
    }
    const Status written = writePngFile(out, pixels.value());
    if (!written) {
        return fail(exitCodeFor(written.error(), ErrorOrigin::WriteFile), written.error().message);
    }
    if (explain) {
        std::cout << "output: " << out << " (" << size << "x" << size << " PNG"
                  << (generic ? ", generic program icon" : "") << ")\n";
    }
    return kExitOk;
}

}  // namespace

int runIcon(const std::vector<std::string>& argv) {
    auto parsed = parseArgs(argv, {"--exe", "--size", "--out"}, {"--help", "--explain"}, "icon");
    if (!parsed) {
        return fail(kExitUsage, parsed.error().message);
    }
    if (parsed->has("--help")) {
        std::cout << kIconHelp;
        return kExitOk;
    }
    if (!parsed->positional.empty()) {
        return fail(kExitUsage, "Unexpected argument '" + parsed->positional.front() +
                                    "'; give the program with --exe PATH.");
    }
    const auto exe = parsed->get("--exe");
    if (!exe || exe->empty()) {
        return fail(kExitUsage,
                    "Say which program with --exe PATH; run 'flowscope-cli icon --help'.");
    }
    int size = 48;
    if (auto text = parsed->get("--size"); text && !parseSize(*text, size)) {
        return fail(kExitUsage, "The size '" + *text + "' is not a whole number from 1 to 1024.");
    }
    const auto out = parsed->get("--out");
    const bool explain = parsed->has("--explain");
    if (!out && !explain) {
        return fail(kExitUsage,
                    "Say where to write the PNG with --out FILE.png (or use "
                    "--explain to only see what would be chosen).");
    }
    std::error_code ec;
    if (!std::filesystem::exists(*exe, ec)) {
        return fail(kExitInput, "The program " + *exe +
                                    " does not exist; give the full path of an executable "
                                    "(for a running process, /proc/PID/exe).");
    }
    if (std::filesystem::is_directory(*exe, ec)) {
        return fail(kExitInput, *exe +
                                    " is a folder, not a program; give the full path of an "
                                    "executable file.");
    }

    const auto backend = createSystemIconBackend();
    const IconLookup lookup = backend->lookup(*exe, size);
    if (explain) {
        std::cout << "backend: " << backend->name() << "\n";
        for (const std::string& line : lookup.explanation) {
            std::cout << line << "\n";
        }
    }
    // Notes go to stderr once the PNG is written, so that a failure stays one sentence.
    std::string note;
    if (lookup.image.kind == IconImage::Kind::None) {
        note = "No icon was found for " + *exe + ", so Flowscope's generic program icon is used.";
    }
    if (out) {
        if (const int code = writeIcon(lookup, size, *out, explain, note); code != kExitOk) {
            return code;
        }
    }
    if (!note.empty()) {
        std::cerr << "flowscope-cli: " << note << "\n";
    }
    return kExitOk;
}

namespace {
const CommandRegistration kRegistration{"icon", "write a program's icon as a PNG", 40, &runIcon};
}  // namespace

}  // namespace flowscope::cli
