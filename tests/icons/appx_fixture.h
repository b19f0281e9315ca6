// A packaged-app tree like the ones under C:\Program Files\WindowsApps, made in a temporary
// folder: AppxManifest.xml with two applications, logo variants at several scales and
// target sizes (real PNG files), and empty program files.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <system_error>

#include "tests/icons/png_fixture.h"

namespace flowscope::testing_png {

inline const char* kAppxManifest =
    "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<!-- Modelled on a Store app's manifest; <Logo> in a comment is ignored -->\n"
    "<Package xmlns=\"http://schemas.microsoft.com/appx/manifest/foundation/windows10\"\n"
    "         xmlns:uap=\"http://schemas.microsoft.com/appx/manifest/uap/windows10\"\n"
    "         IgnorableNamespaces=\"uap\">\n"
    "  <Identity Name=\"Contoso.Viewer\" Publisher=\"CN=Contoso\" Version=\"1.2.3.0\"\n"
    "            ProcessorArchitecture=\"x64\"/>\n"
    "  <Properties>\n"
    "    <DisplayName>Contoso &amp; Friends Viewer</DisplayName>\n"
    "    <PublisherDisplayName>Contoso</PublisherDisplayName>\n"
    "    <Logo>Assets\\StoreLogo.png</Logo>\n"
    "  </Properties>\n"
    "  <Applications>\n"
    "    <Application Id=\"Viewer\" Executable=\"App\\Viewer.exe\"\n"
    "                 EntryPoint=\"Windows.FullTrustApplication\">\n"
    "      <uap:VisualElements DisplayName=\"Viewer\" Description=\"Views\"\n"
    "          BackgroundColor=\"transparent\"\n"
    "          Square150x150Logo=\"Assets\\Square150x150Logo.png\"\n"
    "          Square44x44Logo=\"Assets\\Square44x44Logo.png\">\n"
    "        <uap:DefaultTile Wide310x150Logo=\"Assets\\Wide310x150Logo.png\"/>\n"
    "      </uap:VisualElements>\n"
    "    </Application>\n"
    "    <Application Id=\"Tool\" Executable=\"Tools\\tool.exe\"\n"
    "                 EntryPoint=\"Windows.FullTrustApplication\">\n"
    "      <uap:VisualElements DisplayName=\"Tool\" Description=\"Tools\"\n"
    "          BackgroundColor=\"transparent\" Square150x150Logo=\"Assets\\Tool150.png\"\n"
    "          Square44x44Logo=\"Assets\\Tool44.png\"/>\n"
    "    </Application>\n"
    "  </Applications>\n"
    "</Package>\n";

struct AppxFixture {
    std::filesystem::path base;     // the temporary folder (removed by remove())
    std::filesystem::path package;  // base/WindowsApps/Contoso.Viewer_1.2.3.0_x64__8wekyb3d8bbwe
    std::filesystem::path viewer;   // package/App/Viewer.exe
    std::filesystem::path tool;     // package/Tools/tool.exe

    static AppxFixture create() {
        AppxFixture f;
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        f.base = std::filesystem::temp_directory_path() /
                 ("flowscope-appx-test-" + std::to_string(stamp));
        f.package = f.base / "WindowsApps" / "Contoso.Viewer_1.2.3.0_x64__8wekyb3d8bbwe";
        f.viewer = f.package / "App" / "Viewer.exe";
        f.tool = f.package / "Tools" / "tool.exe";
        writeText(f.package / "AppxManifest.xml", kAppxManifest);
        writeText(f.viewer, "");
        writeText(f.tool, "");
        const std::filesystem::path assets = f.package / "Assets";
        writePng(assets / "Square44x44Logo.scale-100.png", 44);
        writePng(assets / "Square44x44Logo.scale-200.png", 88);
        writePng(assets / "Square44x44Logo.scale-100_contrast-black.png", 44);
        writePng(assets / "Square44x44Logo.targetsize-16.png", 16);
        writePng(assets / "Square44x44Logo.targetsize-48.png", 48);
        writePng(assets / "Square44x44Logo.targetsize-48_altform-unplated.png", 48);
        writePng(assets / "scale-400" / "Square44x44Logo.png", 176);
        writePng(assets / "Square150x150Logo.scale-100.png", 150);
        writePng(assets / "Square150x150Logo.scale-200.png", 300);
        writePng(assets / "Wide310x150Logo.scale-100.png", 310);
        writePng(assets / "StoreLogo.png", 50);
        writePng(assets / "Tool44.targetsize-32.png", 32);
        writeText(assets / "Square44x44Logo.backup.png", "not a variant: no qualifier");
        return f;
    }

    void remove() const {
        std::error_code ec;
        std::filesystem::remove_all(base, ec);
    }
};

}  // namespace flowscope::testing_png
