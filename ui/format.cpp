#include "ui/format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace flowscope::ui {

namespace {

// Scales `value` by 1000 until below 1000; "512 B", "1.2 kB", "12 kB" style (one decimal
// below 10, none above 100).
QString scaled(double value, const char* const* units, int unitCount, const QString& suffix,
               bool translated = false) {
    int unit = 0;
    while (std::fabs(value) >= 999.95 && unit + 1 < unitCount) {
        value /= 1000.0;
        ++unit;
    }
    QString number;
    if (unit == 0 && value == std::floor(value)) {
        number = QLocale().toString(static_cast<qlonglong>(value));
    } else {
        number = QLocale().toString(value, 'f', value < 99.95 ? 1 : 0);
    }
    const QString name = translated
                             ? QCoreApplication::translate("flowscope::ui::Format", units[unit])
                             : QString::fromLatin1(units[unit]);
    return number + QLatin1Char(' ') + name + suffix;
}

}  // namespace

QString formatBytes(uint64_t bytes) {
    static const char* const kUnits[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    return scaled(static_cast<double>(bytes), kUnits, 7, QString());
}

QString formatRate(double perSecond, RateUnit unit) {
    if (!(perSecond > 0)) {  // also NaN
        perSecond = 0;
    }
    switch (unit) {
        case RateUnit::Bits: {
            static const char* const kUnits[] = {"bit", "kbit", "Mbit", "Gbit", "Tbit"};
            return scaled(perSecond * 8.0, kUnits, 5, QStringLiteral("/s"));
        }
        case RateUnit::Packets: {
            //: Packets per second (as in "120 pkt/s"), thousands, millions and billions.
            static const char* const kUnits[] = {
                QT_TRANSLATE_NOOP("flowscope::ui::Format", "pkt/s"),
                QT_TRANSLATE_NOOP("flowscope::ui::Format", "kpkt/s"),
                QT_TRANSLATE_NOOP("flowscope::ui::Format", "Mpkt/s"),
                QT_TRANSLATE_NOOP("flowscope::ui::Format", "Gpkt/s")};
            return scaled(perSecond, kUnits, 4, QString(), true);
        }
        case RateUnit::Bytes:
            break;
    }
    static const char* const kUnits[] = {"B", "kB", "MB", "GB", "TB"};
    return scaled(perSecond, kUnits, 5, QStringLiteral("/s"));
}

QString formatDuration(int64_t ns) {
    // The locale's digits (Arabic-Indic in Arabic), as every count in the window.
    auto num = [](int64_t v) { return formatCount(uint64_t(v)); };
    auto two = [](int64_t v) {  // two digits: "07"
        return formatCount(uint64_t(v)).rightJustified(2, QLocale().zeroDigit().front());
    };
    if (ns < 1'000'000'000) {
        //: A duration in milliseconds.
        return QCoreApplication::translate("flowscope::ui::Format", "%1 ms")
            .arg(num(ns / 1'000'000));
    }
    const int64_t s = ns / 1'000'000'000;
    if (s < 60) {
        //: A duration in seconds.
        return QCoreApplication::translate("flowscope::ui::Format", "%1 s").arg(num(s));
    }
    if (s < 3600) {
        //: A duration: minutes and seconds (the seconds with two digits).
        return QCoreApplication::translate("flowscope::ui::Format", "%1 min %2 s")
            .arg(num(s / 60), two(s % 60));
    }
    if (s < 86'400) {
        //: A duration: hours and minutes (the minutes with two digits).
        return QCoreApplication::translate("flowscope::ui::Format", "%1 h %2 min")
            .arg(num(s / 3600), two((s / 60) % 60));
    }
    //: A duration: days and hours.
    return QCoreApplication::translate("flowscope::ui::Format", "%1 d %2 h")
        .arg(num(s / 86'400), num((s / 3600) % 24));
}

QString formatCount(uint64_t count) {
    return QLocale().toString(static_cast<qulonglong>(count));
}

int pluralCount(uint64_t count) {
    constexpr uint64_t kLimit = 2'147'483'647;  // INT_MAX
    return static_cast<int>(count <= kLimit ? count : 1'000'000 + count % 1'000'000);
}

QString formatPercent(double share) {
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString addressKindText(AddressKind kind) {
    switch (kind) {
        case AddressKind::Public:
            return QCoreApplication::translate("flowscope::ui::Format", "public");
        case AddressKind::Own:
            //: The address belongs to the computer Flowscope runs on.
            return QCoreApplication::translate("flowscope::ui::Format", "this computer");
        case AddressKind::Loopback:
            return QCoreApplication::translate("flowscope::ui::Format", "loopback");
        case AddressKind::Private:
            return QCoreApplication::translate("flowscope::ui::Format", "private");
        case AddressKind::LinkLocal:
            return QCoreApplication::translate("flowscope::ui::Format", "link-local");
        case AddressKind::Multicast:
            return QCoreApplication::translate("flowscope::ui::Format", "multicast");
        case AddressKind::Broadcast:
            return QCoreApplication::translate("flowscope::ui::Format", "broadcast");
        case AddressKind::Bogon:
            //: An address that should never appear on the Internet (RFC 6890).
            return QCoreApplication::translate("flowscope::ui::Format", "reserved (bogon)");
    }
    return QCoreApplication::translate("flowscope::ui::Format", "public");
}

QString nameSourceText(HostNameSource source) {
    switch (source) {
        case HostNameSource::Sni:
            return QCoreApplication::translate("flowscope::ui::Format", "TLS server name (SNI)");
        case HostNameSource::HttpHost:
            return QCoreApplication::translate("flowscope::ui::Format", "HTTP Host header");
        case HostNameSource::DnsAnswer:
            return QCoreApplication::translate("flowscope::ui::Format", "DNS answer");
        case HostNameSource::DnsPtr:
            return QCoreApplication::translate("flowscope::ui::Format", "DNS PTR answer");
        case HostNameSource::ReverseDns:
            return QCoreApplication::translate("flowscope::ui::Format", "reverse DNS lookup");
    }
    return QCoreApplication::translate("flowscope::ui::Format", "DNS answer");
}

QString endpointText(const Endpoint& endpoint, bool hasPorts) {
    const QString address = QString::fromStdString(endpoint.address.toString());
    if (!hasPorts) {
        return address;
    }
    if (endpoint.address.isV6()) {
        return QLatin1Char('[') + address + QStringLiteral("]:") + QString::number(endpoint.port);
    }
    return address + QLatin1Char(':') + QString::number(endpoint.port);
}

QString formatTime(int64_t ns) {
    if (ns == 0) {
        return QString();
    }
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::LocalTime);
    return QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));  // its digits
}

QString protocolText(uint8_t ipProtocol) {
    switch (ipProtocol) {
        case 6:
            return QStringLiteral("TCP");
        case 17:
            return QStringLiteral("UDP");
        case 1:
            return QStringLiteral("ICMP");
        case 58:
            return QStringLiteral("ICMPv6");
        default:
            return QStringLiteral("IP ") + QString::number(ipProtocol);
    }
}

}  // namespace flowscope::ui
