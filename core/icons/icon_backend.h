// Program path -> application icon, without Qt: a backend per OS returns an image file path,
// encoded bytes or RGBA pixels; the UI turns results into QIcons (and the CLI into PNG).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace flowscope {

struct IconImage {
    enum class Kind : uint8_t {
        None,     // nothing found: show the generic program icon
        File,     // an image file on disk (filePath, format)
        Encoded,  // an encoded image in memory (bytes, format)
        Pixels,   // decoded pixels (width, height, rgba)
    };
    Kind kind = Kind::None;
    std::string filePath;
    std::string format;          // "png", "svg", "xpm", "ico" for File and Encoded
    std::vector<uint8_t> bytes;  // Encoded
    // Pixels: width * height * 4 bytes, RGBA, straight (not premultiplied) alpha, rows top
    // down. For File/Encoded: the nominal pixel size when known, 0 for scalable images.
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;
};

struct IconLookup {
    IconImage image;
    // What was chosen and why, one fact per line ("desktop entry: /usr/share/applications/
    // vim.desktop (Exec basename match)", "icon: gvim", "file: .../48x48/apps/gvim.png").
    // Printed by `flowscope-cli icon --explain`.
    std::vector<std::string> explanation;
};

class IconBackend {
public:
    virtual ~IconBackend() = default;
    virtual const char* name() const = 0;  // "freedesktop", "windows", "macos"
    // The icon of the program at `executablePath`, as close as possible to `size` pixels.
    // Blocking (file system, OS calls): never call it on the GUI thread.
    virtual IconLookup lookup(const std::string& executablePath, int size) = 0;
};

std::unique_ptr<IconBackend> createSystemIconBackend();

}  // namespace flowscope
