// Fuzzes the text formats core/icons reads from files any user or package can write: XPM
// images, desktop entries (and the Exec line behind them), index.theme files, and shell
// command lines inside "sh -c". The first byte picks the parser.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/icons/freedesktop/desktop_entry.h"
#include "core/icons/freedesktop/exec_command.h"
#include "core/icons/freedesktop/icon_theme.h"
#include "core/icons/freedesktop/key_file.h"
#include "core/icons/xpm_image.h"

using namespace flowscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) {
        return 0;
    }
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 4) {
        case 0: {
            auto image = parseXpm(text);
            if (image.ok() &&
                image->rgba.size() != size_t(image->width) * size_t(image->height) * 4) {
                __builtin_trap();
            }
            probeXpmSize(text);
            break;
        }
        case 1: {
            auto entry = freedesktop::parseDesktopEntry(text);
            if (entry.ok()) {
                freedesktop::programsOf(entry->execArgs);
            }
            break;
        }
        case 2: {
            const auto theme = freedesktop::parseIconThemeIndex(text, "fuzz");
            for (const auto& dir : theme.directories) {
                for (int s : {1, 16, 48, 1 << 20}) {
                    freedesktop::directoryMatchesSize(dir, s, 1);
                    freedesktop::directorySizeDistance(dir, s, 2);
                }
            }
            break;
        }
        default:
            freedesktop::splitShellCommands(std::string(text));
            break;
    }
    return 0;
}
