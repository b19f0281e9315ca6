// Every setting of the desktop app, declared once below: its key, its type and its default
// (in the manner of qBittorrent's SettingValue<T>). Nothing else in the code base opens
// QSettings; code reads and writes through these typed values, on the GUI thread.
//
// Where they live: on Linux and other XDG systems $XDG_CONFIG_HOME/flowscope/flowscope.conf
// (~/.config when XDG_CONFIG_HOME is unset), in ini format; on Windows and macOS the native
// store of organization and application "Flowscope" (the registry key
// HKEY_CURRENT_USER\Software\Flowscope\Flowscope,
// ~/Library/Preferences/com.flowscope.Flowscope.plist).
//
// Earlier versions kept the same keys in QSettings("Flowscope", "Flowscope"), on XDG systems
// the file $XDG_CONFIG_HOME/Flowscope/Flowscope.conf. The first time the settings are read
// and that file exists, every known key it holds that the new file lacks is copied over and
// settings::migratedFrom records the old file's path; from then on the old file is never read
// again (and left in place for an older Flowscope). On Windows and macOS the store did not
// move, so nothing is copied.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <utility>

#include "ui/format.h"

namespace flowscope {
struct GeoResolverOptions;
}

namespace flowscope::ui {

class SettingsStore {
public:
    // The file the settings are kept in (on Windows: the registry path).
    static QString location();
    // Keeps the settings in this ini file instead, without any migration (tests). An empty
    // path returns to the standard place.
    static void setLocation(const QString& iniFile);
    // Removes every setting (tests).
    static void clear();

    enum class Migration { NothingToMove, Moved, AlreadyDone };
    // Copies the settings of the old place into the current file unless that was done
    // already; runs by itself before the first read or write, so callers need not call it.
    static Migration migrateLegacy();
    // The old place (QSettings("Flowscope", "Flowscope")): a file path, or the registry path.
    static QString legacyLocation();

    static QVariant value(const char* key);
    static void setValue(const char* key, const QVariant& value);
    static void remove(const char* key);
};

// A stored value converted to T, or `fallback` when absent or not a T.
template <typename T>
T fromStored(const QVariant& stored, const T& fallback);
template <>
bool fromStored(const QVariant& stored, const bool& fallback);
template <>
int fromStored(const QVariant& stored, const int& fallback);
template <>
QString fromStored(const QVariant& stored, const QString& fallback);
template <>
QStringList fromStored(const QVariant& stored, const QStringList& fallback);
template <>
QByteArray fromStored(const QVariant& stored, const QByteArray& fallback);

template <typename T>
class Setting {
public:
    Setting(const char* key, T defaultValue) : m_key(key), m_default(std::move(defaultValue)) {}

    T value() const { return fromStored<T>(SettingsStore::value(m_key), m_default); }
    void setValue(const T& value) const {
        SettingsStore::setValue(m_key, QVariant::fromValue(value));
    }
    // Back to the default.
    void reset() const { SettingsStore::remove(m_key); }
    bool isSet() const { return SettingsStore::value(m_key).isValid(); }
    const char* key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    const char* m_key;
    T m_default;
};

namespace settings {

// The main window's geometry and toolbar state (QMainWindow::saveGeometry / saveState).
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
// "system", "light" or "dark" (ThemeManager::name).
inline const Setting<QString> theme{"ui/theme", QStringLiteral("system")};
// The adapter of the last live capture that started; preselected on the Start page.
inline const Setting<QString> lastAdapter{"capture/lastAdapter", {}};
// Capture files opened, newest first (absolute paths, at most RecentFiles::kMax).
inline const Setting<QStringList> recentFiles{"files/recent", {}};
// The user's own MMDB files; empty: the built-in DB-IP Lite databases.
inline const Setting<QString> countryDatabase{"geo/countryDatabase", {}};
inline const Setting<QString> asDatabase{"geo/asDatabase", {}};
// Reverse DNS look-ups of remote addresses in live captures.
inline const Setting<bool> reverseDns{"names/reverseDns", true};
// The Overview chart's unit, an int of RateUnit.
inline const Setting<int> overviewUnit{"overview/unit", int(RateUnit::Bytes)};
// The old settings file these settings were copied from (written once by the migration).
inline const Setting<QString> migratedFrom{"meta/migratedFrom", {}};

// The country and AS databases as the engine's options (empty paths: the built-in ones).
GeoResolverOptions geoOptions();

}  // namespace settings

}  // namespace flowscope::ui
