#include "ui/settings/favorites_store.h"

#include <QCoreApplication>

#include "core/base/ip_address.h"
#include "ui/settings/rule_settings.h"

namespace flowscope::ui {

namespace {

const Setting<QStringList>& settingOf(FavoritesStore::Kind kind) {
    switch (kind) {
        case FavoritesStore::Kind::Host:
            return settings::favoriteHosts;
        case FavoritesStore::Kind::Service:
            return settings::favoriteServices;
        case FavoritesStore::Kind::Program:
            break;
    }
    return settings::favoritePrograms;
}

// The key as stored, or empty when it is not one of its kind.
QString normalised(FavoritesStore::Kind kind, const QString& key) {
    switch (kind) {
        case FavoritesStore::Kind::Host: {
            const auto address = IpAddress::parse(key.trimmed().toStdString());
            return address ? QString::fromStdString(address->toString()) : QString();
        }
        case FavoritesStore::Kind::Service: {
            const auto service = parseService(key);
            return service ? serviceText(*service) : QString();
        }
        case FavoritesStore::Kind::Program:
            break;
    }
    return key;
}

}  // namespace

FavoritesStore::FavoritesStore(QObject* parent) : QObject(parent) {
    reload();
}

FavoritesStore* FavoritesStore::shared() {
    static FavoritesStore* store = nullptr;
    if (!store) {
        store = new FavoritesStore(QCoreApplication::instance());
        QObject::connect(store, &QObject::destroyed, [] { store = nullptr; });
    }
    return store;
}

QString FavoritesStore::starPrefix() {
    return QStringLiteral("\u2605 ");
}

QStringList& FavoritesStore::list(Kind kind) {
    return kind == Kind::Host ? m_hosts : kind == Kind::Service ? m_services : m_programs;
}

const QStringList& FavoritesStore::list(Kind kind) const {
    return kind == Kind::Host ? m_hosts : kind == Kind::Service ? m_services : m_programs;
}

bool FavoritesStore::contains(Kind kind, const QString& key) const {
    return !key.isEmpty() &&
           list(kind).contains(kind == Kind::Program ? key : normalised(kind, key));
}

bool FavoritesStore::setStarred(Kind kind, const QString& key, bool starred) {
    const QString stored = normalised(kind, key);
    if (stored.isEmpty()) {
        return false;
    }
    QStringList& items = list(kind);
    if (items.contains(stored) == starred) {
        return false;
    }
    if (starred) {
        items.append(stored);
    } else {
        items.removeAll(stored);
    }
    save(kind);
    emit changed();
    return true;
}

QStringList FavoritesStore::items(Kind kind) const {
    return list(kind);
}

void FavoritesStore::reload() {
    QStringList hosts, services;
    for (const QString& host : settings::favoriteHosts.value()) {
        const QString key = normalised(Kind::Host, host);
        if (!key.isEmpty() && !hosts.contains(key)) {
            hosts.append(key);
        }
    }
    for (const QString& service : settings::favoriteServices.value()) {
        const QString key = normalised(Kind::Service, service);
        if (!key.isEmpty() && !services.contains(key)) {
            services.append(key);
        }
    }
    QStringList programs = settings::favoritePrograms.value();
    programs.removeDuplicates();
    programs.removeAll(QString());
    const bool differs = hosts != m_hosts || services != m_services || programs != m_programs;
    m_hosts = hosts;
    m_services = services;
    m_programs = programs;
    if (differs) {
        emit changed();
    }
}

void FavoritesStore::save(Kind kind) {
    settingOf(kind).setValue(list(kind));
}

}  // namespace flowscope::ui
