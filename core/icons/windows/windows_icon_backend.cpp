// The Windows icon backend: packaged apps take their logo from AppxManifest.xml (a PNG file
// on disk, the scale closest to the request); other programs the icon in their executable
// (SHDefExtractIconW at the requested size, then ExtractIconExW), else the shell's icon for
// the file (SHGetFileInfoW), as RGBA pixels.
#if defined(_WIN32)

#include "core/icons/windows/hicon_pixels.h"
// After windows.h (hicon_pixels.h):
#include <objbase.h>
#include <shellapi.h>
#include <shlobj.h>

#include <memory>
#include <system_error>

#include "core/icons/icon_backend.h"
#include "core/icons/windows/appx_logo.h"
#include "core/icons/windows/utf8_path.h"

namespace flowscope {

namespace {

using winicons::pathToUtf8;

// The icon for the program, and how it was found.
HICON extractIcon(const std::wstring& file, int size, std::string& how) {
    HICON large = nullptr;
    HICON small = nullptr;
    // Resizes the best image of the first icon group to exactly `size`.
    if (SHDefExtractIconW(file.c_str(), 0, 0, &large, &small, MAKELONG(size, size)) == S_OK &&
        large) {
        if (small) {
            DestroyIcon(small);
        }
        how = "icon resource #0 of the program (SHDefExtractIconW)";
        return large;
    }
    if (large) {
        DestroyIcon(large);
    }
    if (small) {
        DestroyIcon(small);
    }
    large = nullptr;
    if (ExtractIconExW(file.c_str(), 0, &large, nullptr, 1) > 0 && large) {
        how = "icon resource #0 of the program (ExtractIconExW, system size)";
        return large;
    }
    // The shell's icon for the file: for a program without icon resources, the generic
    // application icon Windows shows for it. SHGetFileInfoW wants COM on this thread.
    const HRESULT com = CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE);
    SHFILEINFOW info{};
    const UINT flags = SHGFI_ICON | (size > 16 ? SHGFI_LARGEICON : SHGFI_SMALLICON);
    const DWORD_PTR found = SHGetFileInfoW(file.c_str(), 0, &info, sizeof info, flags);
    if (SUCCEEDED(com)) {
        CoUninitialize();
    }
    if (found && info.hIcon) {
        how = "the shell's icon for the file (SHGetFileInfoW; the program has no icon resource)";
        return info.hIcon;
    }
    return nullptr;
}

class WindowsIconBackend final : public IconBackend {
public:
    const char* name() const override { return "windows"; }

    IconLookup lookup(const std::string& executablePath, int size) override {
        IconLookup result;
        const int requested = size > 0 ? std::min(size, 256) : 32;
        const std::filesystem::path program = winicons::pathFromUtf8(executablePath);
        std::error_code ec;
        if (executablePath.empty() || !std::filesystem::exists(program, ec)) {
            result.explanation.push_back("program not found: " + executablePath);
            return result;
        }
        if (auto logo = winicons::findAppxLogo(program, requested, result.explanation)) {
            result.image.kind = IconImage::Kind::File;
            result.image.filePath = pathToUtf8(logo->file);
            result.image.format = logo->format;
            result.image.width = logo->width;
            result.image.height = logo->height;
            return result;
        }
        std::string how;
        HICON icon = extractIcon(program.wstring(), requested, how);
        if (!icon) {
            result.explanation.push_back("no icon in the program and none from the shell");
            return result;
        }
        std::optional<winicons::RgbaPixels> pixels = winicons::pixelsFromIcon(icon);
        DestroyIcon(icon);
        if (!pixels) {
            result.explanation.push_back(how + ": the icon could not be read as pixels");
            return result;
        }
        result.explanation.push_back(how + ": " + std::to_string(pixels->width) + "x" +
                                     std::to_string(pixels->height) + " pixels");
        result.image.kind = IconImage::Kind::Pixels;
        result.image.width = pixels->width;
        result.image.height = pixels->height;
        result.image.rgba = std::move(pixels->rgba);
        return result;
    }
};

}  // namespace

std::unique_ptr<IconBackend> createSystemIconBackend() {
    return std::make_unique<WindowsIconBackend>();
}

}  // namespace flowscope

#endif  // _WIN32
