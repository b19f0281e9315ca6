#include "ui/settings/export_settings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <algorithm>

namespace flowscope::ui::settings {

namespace {

// RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens.
bool isHostName(const QString& host) {
    static const QRegularExpression name(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]"
        "{0,61}[A-Za-z0-9])?)*\\.?$"));
    return name.match(host).hasMatch();
}

}  // namespace

ExportSettingsValues exportSettings() {
    ExportSettingsValues v;
    v.enabled = exportEnabled.value();
    v.host = exportHost.value().trimmed();
    v.port = QString::number(exportPort.value());
    v.tcp = exportTransport.value() == QLatin1String("tcp");
    v.activeTimeout = std::clamp(exportActiveTimeout.value(), 1, kExportMaxTimeoutSeconds);
    v.idleTimeout = std::clamp(exportIdleTimeout.value(), 1, kExportMaxTimeoutSeconds);
    v.observationDomain = std::max(0, exportObservationDomain.value());
    v.enterpriseNumber = std::max(0, exportEnterpriseNumber.value());
    v.files = exportFiles.value();
    return v;
}

void saveExportSettings(const ExportSettingsValues& values) {
    exportEnabled.setValue(values.enabled);
    exportHost.setValue(values.host.trimmed());
    bool ok = false;
    const int port = values.port.trimmed().toInt(&ok);
    if (ok) {
        exportPort.setValue(port);
    }
    exportTransport.setValue(values.tcp ? QStringLiteral("tcp") : QStringLiteral("udp"));
    exportActiveTimeout.setValue(values.activeTimeout);
    exportIdleTimeout.setValue(values.idleTimeout);
    exportObservationDomain.setValue(values.observationDomain);
    exportEnterpriseNumber.setValue(values.enterpriseNumber);
    exportFiles.setValue(values.files);
}

QString validateExportTarget(const QString& host, const QString& port) {
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty()) {
        return QCoreApplication::translate(
            "ExportSettings",
            "Give the collector's address or host name, e.g. 192.0.2.10 or "
            "collector.example.org.");
    }
    if (QHostAddress(trimmed).isNull() && !isHostName(trimmed)) {
        return QCoreApplication::translate(
                   "ExportSettings",
                   "\"%1\" is neither an IP address nor a host name; give one such as "
                   "192.0.2.10 or collector.example.org.")
            .arg(trimmed);
    }
    bool ok = false;
    const int number = port.trimmed().toInt(&ok);
    if (!ok || number < 1 || number > 65535) {
        return QCoreApplication::translate(
                   "ExportSettings",
                   "The port \"%1\" is out of range: give a number from 1 to 65535 (IPFIX "
                   "collectors usually listen on 4739).")
            .arg(port.trimmed());
    }
    return {};
}

QString unresolvedHostText(const QString& host) {
    return QCoreApplication::translate(
               "ExportSettings",
               "The host name \"%1\" does not resolve to an address; check its spelling or give "
               "the collector's IP address.")
        .arg(host.trimmed());
}

}  // namespace flowscope::ui::settings
