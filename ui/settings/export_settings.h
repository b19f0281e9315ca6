// The settings of Settings → Export ("Send flows to a collector"): the IPFIX exporter of
// core/export attached to the desktop app's captures (ui/export/export_connector.h), declared
// with the same typed Setting<T> as ui/settings/settings.h. Defaults are the exporter's and
// `flowscope-cli export`'s (docs/export.md).
#pragma once

#include <QString>

#include "ui/settings/settings.h"

namespace flowscope::ui::settings {

inline const Setting<bool> exportEnabled{"export/enabled", false};
// An IPv4 or IPv6 address or a host name.
inline const Setting<QString> exportHost{"export/host", QStringLiteral("127.0.0.1")};
inline const Setting<int> exportPort{"export/port", 4739};  // IANA's IPFIX port
// "udp" (the default) or "tcp".
inline const Setting<QString> exportTransport{"export/transport", QStringLiteral("udp")};
inline const Setting<int> exportActiveTimeout{"export/activeTimeout", 60};  // seconds
inline const Setting<int> exportIdleTimeout{"export/idleTimeout", 15};      // seconds
inline const Setting<int> exportObservationDomain{"export/observationDomain", 1};
// The Private Enterprise Number of Flowscope's own elements (pid, executable path, host name).
// 32473 is RFC 5612's number for documentation: a placeholder, not a registered number.
inline const Setting<int> exportEnterpriseNumber{"export/enterpriseNumber", 32473};
// Live captures are exported when enabled; capture files opened for viewing only with this.
inline const Setting<bool> exportFiles{"export/files", false};

// The longest timeout the tab offers (a day), in seconds.
constexpr int kExportMaxTimeoutSeconds = 86'400;

// What the tab and the exporter take: the settings as typed or stored.
struct ExportSettingsValues {
    bool enabled = false;
    QString host;
    QString port;  // as typed: checked by validateExportTarget
    bool tcp = false;
    int activeTimeout = 60;
    int idleTimeout = 15;
    int observationDomain = 1;
    int enterpriseNumber = 32473;
    bool files = false;
};

ExportSettingsValues exportSettings();
void saveExportSettings(const ExportSettingsValues& values);

// The collector's host and port as typed: "" when usable, else one sentence (no host, not an
// address nor a host name, the port not a number from 1 to 65535). Whether a name resolves
// is found out by a look-up (ExportTab does it without blocking).
QString validateExportTarget(const QString& host, const QString& port);
// The sentence for a host name that does not resolve.
QString unresolvedHostText(const QString& host);

}  // namespace flowscope::ui::settings
