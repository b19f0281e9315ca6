// A minimal streaming JSON writer with correct string escaping (RFC 8259).
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

namespace flowscope::cli {

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out, bool pretty = true) : m_out(out), m_pretty(pretty) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(uint64_t number);
    JsonWriter& value(int64_t number);
    JsonWriter& value(int number) { return value(int64_t(number)); }
    JsonWriter& value(unsigned number) { return value(uint64_t(number)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();

    static void writeEscaped(std::ostream& out, std::string_view text);

private:
    void beforeValue();
    void newline();

    std::ostream& m_out;
    bool m_pretty;
    struct Level {
        bool isObject;
        bool empty;
    };
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

}  // namespace flowscope::cli
