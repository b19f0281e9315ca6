#include "ui/settings/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <memory>

#include "core/enrich/geo_resolver.h"

namespace flowscope::ui {

namespace {

#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
constexpr bool kNativeStore = true;
#else
constexpr bool kNativeStore = false;
#endif

const QString kLegacyOrganization = QStringLiteral("Flowscope");
const QString kLegacyApplication = QStringLiteral("Flowscope");

// The keys earlier versions wrote, and the setting each one becomes.
struct Moved {
    const char* legacyKey;
    const char* key;
};
const Moved kMoved[] = {
    {"window/geometry", settings::windowGeometry.key()},
    {"window/state", settings::windowState.key()},
    {"ui/theme", settings::theme.key()},
    {"capture/lastAdapter", settings::lastAdapter.key()},
    {"files/recent", settings::recentFiles.key()},
    {"geo/countryDatabase", settings::countryDatabase.key()},
    {"geo/asDatabase", settings::asDatabase.key()},
    {"names/reverseDns", settings::reverseDns.key()},
    {"overview/unit", settings::overviewUnit.key()},
};

QString& overrideFile() {
    static QString file;
    return file;
}

std::unique_ptr<QSettings> openLegacy() {
    auto legacy = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                              kLegacyOrganization, kLegacyApplication);
    legacy->setFallbacksEnabled(false);  // the user's own file, not /etc/xdg
    return legacy;
}

QString standardFile() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/flowscope/flowscope.conf");
}

std::unique_ptr<QSettings> openCurrent() {
    if (!overrideFile().isEmpty()) {
        return std::make_unique<QSettings>(overrideFile(), QSettings::IniFormat);
    }
    if (kNativeStore) {
        return openLegacy();  // the same store as before
    }
    return std::make_unique<QSettings>(standardFile(), QSettings::IniFormat);
}

// Opens the settings, migrating the old ones first (once per file and process).
std::unique_ptr<QSettings> open() {
    static QSet<QString> checked;
    const QString location = SettingsStore::location();
    if (!checked.contains(location)) {
        checked.insert(location);
        SettingsStore::migrateLegacy();
    }
    return openCurrent();
}

}  // namespace

QString SettingsStore::location() {
    if (!overrideFile().isEmpty()) {
        return overrideFile();
    }
    return kNativeStore ? legacyLocation() : standardFile();
}

void SettingsStore::setLocation(const QString& iniFile) {
    overrideFile() = iniFile;
}

QString SettingsStore::legacyLocation() {
    return openLegacy()->fileName();
}

SettingsStore::Migration SettingsStore::migrateLegacy() {
    if (kNativeStore || !overrideFile().isEmpty()) {
        return Migration::NothingToMove;  // the store did not move, or a test chose a file
    }
    auto current = openCurrent();
    if (current->contains(QLatin1String(settings::migratedFrom.key()))) {
        return Migration::AlreadyDone;
    }
    auto legacy = openLegacy();
    if (!QFileInfo::exists(legacy->fileName())) {
        return Migration::NothingToMove;
    }
    for (const Moved& moved : kMoved) {
        const QString legacyKey = QLatin1String(moved.legacyKey);
        const QString key = QLatin1String(moved.key);
        // A value already set in the new file is newer than the old one.
        if (legacy->contains(legacyKey) && !current->contains(key)) {
            current->setValue(key, legacy->value(legacyKey));
        }
    }
    current->setValue(QLatin1String(settings::migratedFrom.key()), legacy->fileName());
    current->sync();
    return Migration::Moved;
}

void SettingsStore::clear() {
    open()->clear();
}

QVariant SettingsStore::value(const char* key) {
    return open()->value(QLatin1String(key));
}

void SettingsStore::setValue(const char* key, const QVariant& value) {
    open()->setValue(QLatin1String(key), value);
}

void SettingsStore::remove(const char* key) {
    open()->remove(QLatin1String(key));
}

template <>
bool fromStored(const QVariant& stored, const bool& fallback) {
    if (stored.typeId() == QMetaType::Bool) {
        return stored.toBool();
    }
    const QString text = stored.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1")) {
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0")) {
        return false;
    }
    return fallback;
}

template <>
int fromStored(const QVariant& stored, const int& fallback) {
    bool ok = false;
    const int value = stored.toInt(&ok);
    return ok ? value : fallback;
}

template <>
QString fromStored(const QVariant& stored, const QString& fallback) {
    return stored.canConvert<QString>() ? stored.toString() : fallback;
}

template <>
QStringList fromStored(const QVariant& stored, const QStringList& fallback) {
    if (!stored.isValid()) {
        return fallback;
    }
    if (stored.typeId() == QMetaType::QString) {
        // An ini file keeps a one-entry list as a plain string.
        const QString text = stored.toString();
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
    return stored.canConvert<QStringList>() ? stored.toStringList() : fallback;
}

template <>
QByteArray fromStored(const QVariant& stored, const QByteArray& fallback) {
    return stored.typeId() == QMetaType::QByteArray ? stored.toByteArray() : fallback;
}

namespace settings {

GeoResolverOptions geoOptions() {
    GeoResolverOptions options;
    options.countryDb = countryDatabase.value().toStdString();
    options.asDb = asDatabase.value().toStdString();
    return options;
}

}  // namespace settings

}  // namespace flowscope::ui
