// The pieces `flows` prints with (app/cli/text_out.h): TimestampText must give exactly what
// formatRfc3339Micros gives, whatever order the times come in.
#include "app/cli/text_out.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/base/time_format.h"

namespace flowscope::cli {
namespace {

constexpr int64_t kSecond = 1'000'000'000;
constexpr int64_t kDay = 86400 * kSecond;

TEST(TimestampText, EqualsFormatRfc3339MicrosAroundDayAndYearEnds) {
    std::vector<int64_t> times = {0, 1, 999, 1000, kSecond - 1, kSecond, kDay - 1, kDay,
                                  // 2023-11-14T22:13:20Z, 2024-02-29 (leap day), 2000-12-31.
                                  1'700'000'000 * kSecond, 1'709'164'800 * kSecond - 1,
                                  1'709'164'800 * kSecond, 978'220'800 * kSecond + 123'456'789,
                                  // Before 1970 and the largest time: left to formatRfc3339Micros.
                                  -1, -kDay - 5, INT64_MIN, INT64_MAX};
    TimestampText text;
    for (int64_t t : times) {
        EXPECT_EQ(text.text(t), formatRfc3339Micros(t)) << t;
    }
}

TEST(TimestampText, EqualsFormatRfc3339MicrosInAnyOrder) {
    // Times that jump between days and seconds, as the first and last packets of flows do.
    std::mt19937_64 random(7);
    std::uniform_int_distribution<int64_t> anyTime(0, 4'102'444'800 * kSecond);  // to 2100
    std::uniform_int_distribution<int64_t> nearby(-3 * kDay, 3 * kDay);
    TimestampText text;
    int64_t t = 1'700'000'000 * kSecond;
    std::string appended;
    std::string expected;
    for (int i = 0; i < 200'000; ++i) {
        t = (i % 100 == 0) ? anyTime(random) : std::max<int64_t>(0, t + nearby(random));
        text.append(appended, t);
        expected += formatRfc3339Micros(t);
    }
    EXPECT_EQ(appended, expected);
}

TEST(AppendAddress, EqualsToString) {
    for (const char* a : {"0.0.0.0", "192.168.1.10", "255.255.255.255", "::", "::1",
                          "2001:db8::ff00:42:8329", "::ffff:10.0.0.1"}) {
        const auto address = IpAddress::parse(a);
        ASSERT_TRUE(address) << a;
        EXPECT_EQ(addressText(*address), address->toString()) << a;
    }
}

// RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled.
TEST(AppendCsvField, QuotesOnlyWhatNeedsIt) {
    const std::pair<std::string, std::string> cases[] = {
        {"", ""},
        {"https", "https"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines\r", "\"two\nlines\r\""},
        {std::string(5000, 'x') + ",", "\"" + std::string(5000, 'x') + ",\""},
    };
    for (const auto& [field, quoted] : cases) {
        std::string out = "before;";
        {
            BufferedText text(out);
            appendCsvField(text, field);
            text.put(';');
        }
        EXPECT_EQ(out, "before;" + quoted + ";") << field.substr(0, 20);
    }
}

// Pieces of every kind, far more than the buffer holds, arrive in order.
TEST(BufferedText, EqualsAppendingToTheString) {
    std::string buffered, direct;
    {
        BufferedText text(buffered);
        const char piece[16] = "0123456789abcde";
        for (uint64_t i = 0; i < 20'000; ++i) {
            text.putNumber(i * 7919);
            direct += std::to_string(i * 7919);
            text.put(',');
            direct += ',';
            text.putFixed(piece, i % 16);
            direct.append(piece, i % 16);
            const auto a = IpAddress::fromV4(uint32_t(i * 2654435761u));
            text.putAddress(a);
            direct += a.toString();
            if (i % 1000 == 0) {
                const std::string longText(BufferedText::kBytes + i % 7, char('a' + i % 26));
                text.put(longText);
                direct += longText;
            }
        }
    }
    EXPECT_EQ(buffered, direct);
}

}  // namespace
}  // namespace flowscope::cli
