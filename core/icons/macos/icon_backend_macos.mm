// The macOS icon backend: the outermost .app bundle on the program's path (helpers inside
// Contents/ show their application's icon), NSWorkspace iconForFile:, drawn at the requested
// size into a bitmap and encoded as PNG -> IconImage::Encoded "png".
//
// Objective-C++ with ARC (see core/icons/sources.cmake). Built and tested only by the macOS
// CI recipe (.github/workflows/ports.yml), never on the Linux development machine.
#import <AppKit/AppKit.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

#include "core/icons/icon_backend.h"

namespace flowscope {

namespace {

bool endsWithApp(const std::string& component) {
    if (component.size() <= 4) {
        return false;
    }
    std::string tail = component.substr(component.size() - 4);
    std::transform(tail.begin(), tail.end(), tail.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return tail == ".app";
}

// "/Applications/Xcode.app/Contents/Developer/Applications/Simulator.app/Contents/MacOS/x"
// -> "/Applications/Xcode.app"; "" when no component is a bundle.
std::string outermostAppBundle(const std::string& path) {
    size_t start = 0;
    while (start < path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string::npos) {
            end = path.size();
        }
        if (endsWithApp(path.substr(start, end - start))) {
            return path.substr(0, end);
        }
        start = end + 1;
    }
    return {};
}

class MacIconBackend final : public IconBackend {
public:
    const char* name() const override { return "macos"; }

    IconLookup lookup(const std::string& executablePath, int size) override {
        IconLookup result;
        const int pixels = size > 0 ? std::min(size, 1024) : 32;
        const std::string bundle = outermostAppBundle(executablePath);
        if (bundle.empty()) {
            result.explanation.push_back("not inside an .app bundle: generic program icon");
            return result;
        }
        result.explanation.push_back("app bundle: " + bundle);
        @autoreleasepool {
            NSString* bundlePath = [NSString stringWithUTF8String:bundle.c_str()];
            if (!bundlePath || ![[NSFileManager defaultManager] fileExistsAtPath:bundlePath]) {
                result.explanation.push_back("the bundle does not exist");
                return result;
            }
            NSImage* icon = [[NSWorkspace sharedWorkspace] iconForFile:bundlePath];
            if (!icon) {
                result.explanation.push_back("NSWorkspace has no icon for it");
                return result;
            }
            NSBitmapImageRep* bitmap =
                [[NSBitmapImageRep alloc] initWithBitmapDataPlanes:nullptr
                                                        pixelsWide:pixels
                                                        pixelsHigh:pixels
                                                     bitsPerSample:8
                                                   samplesPerPixel:4
                                                          hasAlpha:YES
                                                          isPlanar:NO
                                                    colorSpaceName:NSDeviceRGBColorSpace
                                                       bytesPerRow:0
                                                      bitsPerPixel:0];
            if (!bitmap) {
                result.explanation.push_back("could not allocate the bitmap");
                return result;
            }
            bitmap.size = NSMakeSize(pixels, pixels);  // 1 point = 1 pixel
            NSGraphicsContext* context =
                [NSGraphicsContext graphicsContextWithBitmapImageRep:bitmap];
            [NSGraphicsContext saveGraphicsState];
            [NSGraphicsContext setCurrentContext:context];
            context.imageInterpolation = NSImageInterpolationHigh;
            // The icon picks its best representation for the target rectangle.
            [icon drawInRect:NSMakeRect(0, 0, pixels, pixels)
                    fromRect:NSZeroRect
                   operation:NSCompositingOperationCopy
                    fraction:1.0];
            [context flushGraphics];
            [NSGraphicsContext restoreGraphicsState];
            NSData* png = [bitmap representationUsingType:NSBitmapImageFileTypePNG properties:@{}];
            if (!png || png.length == 0) {
                result.explanation.push_back("PNG encoding failed");
                return result;
            }
            const auto* bytes = static_cast<const uint8_t*>(png.bytes);
            result.image.kind = IconImage::Kind::Encoded;
            result.image.format = "png";
            result.image.bytes.assign(bytes, bytes + png.length);
            result.image.width = pixels;
            result.image.height = pixels;
            result.explanation.push_back("NSWorkspace iconForFile: rendered at " +
                                         std::to_string(pixels) + " px");
        }
        return result;
    }
};

}  // namespace

std::unique_ptr<IconBackend> createSystemIconBackend() {
    return std::make_unique<MacIconBackend>();
}

}  // namespace flowscope
