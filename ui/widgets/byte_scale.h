// The axis scale of the History charts: a divisor and unit for a peak byte count ("MB" for
// 1e6), and a round axis maximum (1, 2, 2.5, 5 × 10^n) so labels stay readable.
#pragma once

#include <QString>
#include <array>
#include <cmath>

namespace flowscope::ui {

struct ByteScale {
    double divisor = 1;
    QString unit;  // "B", "kB", "MB", "GB", "TB" (SI, as formatBytes)
};

inline ByteScale byteScaleFor(double peak) {
    static constexpr std::array<const char*, 5> kUnits{"B", "kB", "MB", "GB", "TB"};
    size_t i = 0;
    double divisor = 1;
    while (i + 1 < kUnits.size() && peak >= divisor * 1000) {
        divisor *= 1000;
        ++i;
    }
    return {divisor, QString::fromLatin1(kUnits[i])};
}

inline double niceAxisMax(double value) {
    if (value <= 0) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude * (1 + 1e-9)) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

}  // namespace flowscope::ui
