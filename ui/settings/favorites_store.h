// The starred hosts, services and applications, on the GUI thread: the lists and tables ask it
// whether an item is starred, the star actions change it, and it is saved at once in the
// favorites settings (rule_settings.h), which the Favorite notification rule reads.
//
// Keys: a host by its address as IpAddress::toString writes it ("2001:db8::1"), a service as
// "tcp/443" (serviceText), an application by its program (path, or name when unknown).
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace flowscope::ui {

class FavoritesStore : public QObject {
    Q_OBJECT
public:
    enum class Kind { Host, Service, Program };

    // Reads the favorites from the settings.
    explicit FavoritesStore(QObject* parent = nullptr);
    // The store the pages and Settings share (created on first use, owned by the application).
    static FavoritesStore* shared();

    bool contains(Kind kind, const QString& key) const;
    // Stars or unstars; saves and emits changed() when that changed anything. Host keys are
    // normalised; a key that is not of its kind (not an address, not "tcp/443") is refused.
    bool setStarred(Kind kind, const QString& key, bool starred);
    bool toggle(Kind kind, const QString& key) {
        return setStarred(kind, key, !contains(kind, key));
    }
    // In the order they were starred.
    QStringList items(Kind kind) const;
    // Reads the settings again (after another store or the Settings dialog changed them).
    void reload();

    // "★ " before a starred item's text.
    static QString starPrefix();

signals:
    void changed();

private:
    QStringList& list(Kind kind);
    const QStringList& list(Kind kind) const;
    void save(Kind kind);

    QStringList m_hosts;
    QStringList m_services;
    QStringList m_programs;
};

}  // namespace flowscope::ui
