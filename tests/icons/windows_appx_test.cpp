// The packaged-app part of the Windows icon backend (core/icons/windows: AppxManifest.xml,
// logo variants, choice by size). Plain C++: runs on every OS, and under wine as well.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/icons/windows/appx_logo.h"
#include "core/icons/windows/appx_manifest.h"
#include "core/icons/windows/mini_xml.h"
#include "core/icons/windows/utf8_path.h"
#include "tests/icons/appx_fixture.h"

namespace flowscope::winicons {
namespace {

using testing_png::AppxFixture;

class AppxTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { fixture = new AppxFixture(AppxFixture::create()); }
    static void TearDownTestSuite() {
        fixture->remove();
        delete fixture;
        fixture = nullptr;
    }

    static std::string chosenFile(const std::filesystem::path& program, int size) {
        std::vector<std::string> explanation;
        const std::optional<AppxLogo> logo = findAppxLogo(program, size, explanation);
        if (!logo) {
            return "(none)";
        }
        const std::filesystem::path relative = logo->file.lexically_relative(fixture->package);
        return pathToUtf8(relative.generic_u8string());
    }

    static AppxFixture* fixture;
};

AppxFixture* AppxTest::fixture = nullptr;

TEST(MiniXml, ParsesElementsAttributesTextAndEntities) {
    Result<XmlElement> root = parseXml(
        "<?xml version=\"1.0\"?><!-- c --><a x='1 &lt; 2' y:z=\"&#x41;&#66;\">"
        "t&amp;u<b/><![CDATA[<raw>]]><c k=\"v\">inner</c></a>");
    ASSERT_TRUE(root.ok()) << root.error().message;
    EXPECT_EQ(root->name, "a");
    ASSERT_NE(root->attribute("x"), nullptr);
    EXPECT_EQ(*root->attribute("x"), "1 < 2");
    ASSERT_NE(root->attribute("z"), nullptr);  // looked up by local name
    EXPECT_EQ(*root->attribute("z"), "AB");
    EXPECT_EQ(root->text, "t&u<raw>");
    ASSERT_EQ(root->children.size(), 2u);
    ASSERT_NE(root->child("c"), nullptr);
    EXPECT_EQ(root->child("c")->text, "inner");
    EXPECT_EQ(root->child("missing"), nullptr);
}

TEST(MiniXml, RejectsMalformedDocumentsWithOneSentence) {
    for (const char* bad :
         {"", "<a>", "<a></b>", "<a x=1/>", "<a>&bogus;</a>", "<a/><b/>", "<a x='<'/>",
          "<!DOCTYPE a [<!ENTITY e 'x'>]><a/>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a\"/>"}) {
        Result<XmlElement> root = parseXml(bad);
        ASSERT_FALSE(root.ok()) << "accepted: " << bad;
        EXPECT_EQ(root.error().code, ErrorCode::BadFormat);
        EXPECT_NE(root.error().message.find("not well-formed XML"), std::string::npos);
        EXPECT_EQ(root.error().message.back(), '.');
    }
}

TEST(MiniXml, BoundsNestingDepth) {
    std::string deep;
    for (int i = 0; i < 200; ++i) {
        deep += "<a>";
    }
    for (int i = 0; i < 200; ++i) {
        deep += "</a>";
    }
    EXPECT_FALSE(parseXml(deep).ok());
}

TEST(AppxManifest, ReadsIdentityStoreLogoAndApplications) {
    Result<AppxManifest> manifest = parseAppxManifest(testing_png::kAppxManifest);
    ASSERT_TRUE(manifest.ok()) << manifest.error().message;
    EXPECT_EQ(manifest->identityName, "Contoso.Viewer");
    EXPECT_EQ(manifest->storeLogo, "Assets\\StoreLogo.png");
    ASSERT_EQ(manifest->applications.size(), 2u);
    const AppxApplication& viewer = manifest->applications[0];
    EXPECT_EQ(viewer.id, "Viewer");
    EXPECT_EQ(viewer.executable, "App\\Viewer.exe");
    ASSERT_EQ(viewer.logos.size(), 2u);
    EXPECT_EQ(viewer.logos[0].first, "Square150x150Logo");
    EXPECT_EQ(viewer.logos[1].first, "Square44x44Logo");
    EXPECT_EQ(viewer.logos[1].second, "Assets\\Square44x44Logo.png");

    EXPECT_EQ(applicationFor(*manifest, "tools/TOOL.exe"), &manifest->applications[1]);
    EXPECT_EQ(applicationFor(*manifest, "App\\Viewer.exe"), &manifest->applications[0]);
    // A helper program of the package: the first application's logo.
    EXPECT_EQ(applicationFor(*manifest, "App\\helper.exe"), &manifest->applications[0]);
}

TEST(AppxManifest, RejectsOtherDocuments) {
    Result<AppxManifest> manifest = parseAppxManifest("<Assembly><Logo>x.png</Logo></Assembly>");
    ASSERT_FALSE(manifest.ok());
    EXPECT_EQ(manifest.error().code, ErrorCode::BadFormat);
}

TEST(AppxLogoNames, NominalSizes) {
    EXPECT_EQ(nominalLogoSize("Square44x44Logo"), 44);
    EXPECT_EQ(nominalLogoSize("Square150x150Logo"), 150);
    EXPECT_EQ(nominalLogoSize("Square30x30Logo"), 30);
    EXPECT_EQ(nominalLogoSize("SmallLogo"), 30);
    EXPECT_EQ(nominalLogoSize("Logo"), 150);
    EXPECT_EQ(nominalLogoSize("StoreLogo"), 50);
    EXPECT_EQ(nominalLogoSize("Wide310x150Logo"), 0);
    EXPECT_EQ(nominalLogoSize("Square44x45Logo"), 0);
    EXPECT_EQ(nominalLogoSize("SquareLogo"), 0);
}

TEST_F(AppxTest, FindsThePackageRoot) {
    EXPECT_EQ(findAppxPackageRoot(fixture->viewer), fixture->package);
    EXPECT_EQ(findAppxPackageRoot(fixture->tool), fixture->package);
    // Without a WindowsApps folder in the path: the nearest manifest above.
    const std::filesystem::path sideloaded = fixture->base / "Sideloaded";
    testing_png::writeText(sideloaded / "AppxManifest.xml", testing_png::kAppxManifest);
    testing_png::writeText(sideloaded / "bin" / "x64" / "app.exe", "");
    EXPECT_EQ(findAppxPackageRoot(sideloaded / "bin" / "x64" / "app.exe"), sideloaded);
    // Not packaged.
    testing_png::writeText(fixture->base / "Plain" / "plain.exe", "");
    EXPECT_EQ(findAppxPackageRoot(fixture->base / "Plain" / "plain.exe"), std::nullopt);
}

TEST_F(AppxTest, FindsEveryVariantOfALogo) {
    std::vector<LogoVariant> variants =
        findLogoVariants(fixture->package, "Assets\\Square44x44Logo.png", "Square44x44Logo");
    std::vector<std::string> names;
    for (const LogoVariant& v : variants) {
        names.push_back(
            pathToUtf8(v.file.lexically_relative(fixture->package / "Assets").generic_u8string()) +
            "=" + std::to_string(v.size));
    }
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{
                         "Square44x44Logo.scale-100.png=44",
                         "Square44x44Logo.scale-100_contrast-black.png=44",
                         "Square44x44Logo.scale-200.png=88",
                         "Square44x44Logo.targetsize-16.png=16",
                         "Square44x44Logo.targetsize-48.png=48",
                         "Square44x44Logo.targetsize-48_altform-unplated.png=48",
                         "scale-400/Square44x44Logo.png=176",
                     }));
    for (const LogoVariant& v : variants) {
        if (v.file.filename() == "Square44x44Logo.targetsize-48_altform-unplated.png") {
            EXPECT_EQ(v.targetSize, 48);
            EXPECT_EQ(v.altform, "unplated");
            EXPECT_FALSE(v.contrast);
        }
        if (v.file.filename() == "Square44x44Logo.scale-100_contrast-black.png") {
            EXPECT_EQ(v.scale, 100);
            EXPECT_TRUE(v.contrast);
        }
    }
}

TEST_F(AppxTest, ChoosesTheVariantClosestToTheRequestedSize) {
    EXPECT_EQ(chosenFile(fixture->viewer, 16), "Assets/Square44x44Logo.targetsize-16.png");
    // Same size: the unplated target-size variant, then the plated one; never high contrast.
    EXPECT_EQ(chosenFile(fixture->viewer, 48),
              "Assets/Square44x44Logo.targetsize-48_altform-unplated.png");
    EXPECT_EQ(chosenFile(fixture->viewer, 44), "Assets/Square44x44Logo.scale-100.png");
    EXPECT_EQ(chosenFile(fixture->viewer, 88), "Assets/Square44x44Logo.scale-200.png");
    EXPECT_EQ(chosenFile(fixture->viewer, 80), "Assets/Square44x44Logo.scale-200.png");
    // A qualifier folder.
    EXPECT_EQ(chosenFile(fixture->viewer, 176), "Assets/scale-400/Square44x44Logo.png");
    // Far beyond the small logo's sizes: the tile logo, not an upscaled small one.
    EXPECT_EQ(chosenFile(fixture->viewer, 300), "Assets/Square150x150Logo.scale-200.png");
    // The other application of the package has its own logo.
    EXPECT_EQ(chosenFile(fixture->tool, 32), "Assets/Tool44.targetsize-32.png");
}

TEST_F(AppxTest, ExplainsTheChoiceAndReportsThePngSize) {
    std::vector<std::string> explanation;
    const std::optional<AppxLogo> logo = findAppxLogo(fixture->viewer, 88, explanation);
    ASSERT_TRUE(logo.has_value());
    EXPECT_EQ(logo->format, "png");
    EXPECT_EQ(logo->width, 88);
    EXPECT_EQ(logo->height, 88);
    ASSERT_GE(explanation.size(), 4u);
    EXPECT_NE(explanation[0].find("appx package: "), std::string::npos);
    EXPECT_NE(explanation[0].find("Contoso.Viewer"), std::string::npos);
    EXPECT_NE(explanation[1].find("manifest application: Viewer"), std::string::npos);
    EXPECT_NE(explanation.back().find("Square44x44Logo.scale-200.png (88 px, closest to 88 px)"),
              std::string::npos);
}

TEST_F(AppxTest, PackageWithoutLogoFilesGivesNothing) {
    const std::filesystem::path packed = fixture->base / "WindowsApps" / "Packed_1.0_x64__x";
    testing_png::writeText(packed / "AppxManifest.xml", testing_png::kAppxManifest);
    testing_png::writeText(packed / "App" / "Viewer.exe", "");
    std::vector<std::string> explanation;
    EXPECT_FALSE(findAppxLogo(packed / "App" / "Viewer.exe", 32, explanation).has_value());
    ASSERT_FALSE(explanation.empty());
    EXPECT_NE(explanation.back().find("no logo file on disk"), std::string::npos);
}

TEST_F(AppxTest, BrokenManifestIsExplained) {
    const std::filesystem::path broken = fixture->base / "WindowsApps" / "Broken_1.0_x64__x";
    testing_png::writeText(broken / "AppxManifest.xml", "<Package><Applications>");
    testing_png::writeText(broken / "app.exe", "");
    std::vector<std::string> explanation;
    EXPECT_FALSE(findAppxLogo(broken / "app.exe", 32, explanation).has_value());
    ASSERT_EQ(explanation.size(), 1u);
    EXPECT_NE(explanation[0].find("not well-formed XML"), std::string::npos);
}

TEST(PngSize, ReadsIhdrAndRejectsOtherFiles) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / "flowscope-pngsize-test";
    testing_png::writeFile(dir / "a.png", testing_png::makePng(7, 3, {1, 2, 3, 4}));
    testing_png::writeText(dir / "b.png", "GIF89a not a png at all....");
    EXPECT_EQ(pngSize(dir / "a.png"), std::make_pair(7, 3));
    EXPECT_EQ(pngSize(dir / "b.png"), std::nullopt);
    EXPECT_EQ(pngSize(dir / "missing.png"), std::nullopt);
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

}  // namespace
}  // namespace flowscope::winicons
