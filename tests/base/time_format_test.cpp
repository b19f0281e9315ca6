#include "core/base/time_format.h"

#include <gtest/gtest.h>

using flowscope::formatRfc3339Micros;

TEST(TimeFormat, Rfc3339Micros) {
    EXPECT_EQ(formatRfc3339Micros(0), "1970-01-01T00:00:00.000000Z");
    EXPECT_EQ(formatRfc3339Micros(1000001234), "1970-01-01T00:00:01.000001Z");
    EXPECT_EQ(formatRfc3339Micros(1277800621123456789), "2010-06-29T08:37:01.123456Z");
    EXPECT_EQ(formatRfc3339Micros(-1), "1969-12-31T23:59:59.999999Z");
    EXPECT_EQ(formatRfc3339Micros(INT64_MAX), "2262-04-11T23:47:16.854775Z");
}
