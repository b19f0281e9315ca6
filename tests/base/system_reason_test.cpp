// The operating system's reasons as phrases: the common ones are templates (translated in the
// app) whose English is exactly what the C library says, so the command-line tool's sentences
// do not change; any other errno is the C library's own text.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <ios>
#include <system_error>

#include "core/base/system_reason.h"

namespace flowscope {
namespace {

TEST(SystemReason, CommonReasonsAreTemplatesInTheCLibrarysWords) {
    int templates = 0;
    for (int e = 1; e < 200; ++e) {
        const Phrase p = systemReason(e);
        if (p.kind == Phrase::Kind::Template) {
            ++templates;
#ifdef __GLIBC__
            EXPECT_EQ(english(p), std::strerror(e)) << "errno " << e;
#endif
        } else {
            EXPECT_EQ(p.value, std::strerror(e)) << "errno " << e;
        }
    }
    EXPECT_GE(templates, 30);
    EXPECT_EQ(systemReason(ENOSPC).kind, Phrase::Kind::Template);
    EXPECT_EQ(systemReason(EACCES).kind, Phrase::Kind::Template);
    EXPECT_EQ(systemReason(ECONNREFUSED).kind, Phrase::Kind::Template);
}

TEST(SystemReason, ErrorCodesOfErrnoAreTheSameReasons) {
    const auto noSpace = std::make_error_code(std::errc::no_space_on_device);
    EXPECT_EQ(systemReason(noSpace).text, systemReason(ENOSPC).text);
#ifndef _WIN32
    EXPECT_EQ(systemReason(std::error_code(EACCES, std::system_category())).text,
              systemReason(EACCES).text);
#endif
    // Another category (here: iostream's) keeps its own words.
    const auto other = std::make_error_code(std::io_errc::stream);
    EXPECT_EQ(systemReason(other).kind, Phrase::Kind::Verbatim);
    EXPECT_EQ(english(systemReason(other)), other.message());
}

}  // namespace
}  // namespace flowscope
