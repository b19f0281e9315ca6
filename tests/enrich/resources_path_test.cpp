// findResource: $FLOWSCOPE_RESOURCES first, then the installed and source-tree folders.
#include "core/enrich/resources_path.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace flowscope {
namespace {

TEST(ResourcesPath, FindsTheBuiltInFilesInTheSourceTree) {
    for (const char* name : {"dbip-country.mmdb", "asn.mmdb", "services.tsv"}) {
        auto p = findResource(name);
        ASSERT_TRUE(p.ok()) << p.error().message;
        EXPECT_EQ(p->filename(), name);
    }
}

TEST(ResourcesPath, EnvironmentVariableComesFirst) {
    const auto dir = std::filesystem::path(::testing::TempDir()) / "flowscope-resources-test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "services.tsv") << "80\ttcp\tmine\n";
    ASSERT_EQ(setenv("FLOWSCOPE_RESOURCES", dir.c_str(), 1), 0);
    auto p = findResource("services.tsv");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p.value(), dir / "services.tsv");
    // A file the folder lacks is still found further down the list.
    EXPECT_TRUE(findResource("asn.mmdb").ok());
    EXPECT_EQ(resourceDirectories().front(), dir);
    unsetenv("FLOWSCOPE_RESOURCES");
}

TEST(ResourcesPath, MissingFileIsOneSentenceNamingIt) {
    auto p = findResource("no-such-resource.bin");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::NotFound);
    const std::string& m = p.error().message;
    EXPECT_NE(m.find("no-such-resource.bin"), std::string::npos);
    EXPECT_NE(m.find("FLOWSCOPE_RESOURCES"), std::string::npos);
    EXPECT_EQ(m.find('\n'), std::string::npos);
    EXPECT_EQ(m.back(), '.');
}

}  // namespace
}  // namespace flowscope
