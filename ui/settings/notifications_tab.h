// Settings → Notifications: the user's traffic-rate and data-cap rules, blocklist files (each
// with its entry count and problems), favorites and their idle time. Edits are kept in the
// widgets and saved by apply() (rule_settings.h), which runs when the Settings dialog is
// accepted. Other notification options (new programs, sound, webhook) are added as rows of
// the "General" form with addGeneralRow().
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace flowscope::ui {

class FavoritesStore;

class NotificationsTab : public QWidget {
    Q_OBJECT
public:
    // Saves on the dialog's accepted() when `parent` is a QDialog. `favorites` is the store
    // whose starred items the Favorites list shows and removes (FavoritesStore::shared() when
    // null).
    explicit NotificationsTab(QWidget* parent = nullptr, FavoritesStore* favorites = nullptr);

    // A row in the "General" form at the top (label may be empty).
    void addGeneralRow(const QString& label, QWidget* field);

    QTableWidget* rateTable() const { return m_rates; }
    QTableWidget* capTable() const { return m_caps; }
    QTreeWidget* blocklistTree() const { return m_blocklists; }
    QListWidget* favoritesList() const { return m_favorites; }
    QSpinBox* idleMinutesSpin() const { return m_idleMinutes; }

    // Rows as the user would add them (the Add buttons call these with defaults).
    static void nameCellWidgets(QTableWidget* table, int row);
    void addRateRow(const QString& program, double amount, int unitIndex, int seconds);
    void addCapRow(const QString& program, double amount, int unitIndex, bool daily);
    // Loads the file and lists it with its entry count and problems; returns false (and lists
    // nothing) when it is listed already.
    bool addBlocklistFile(const QString& path);
    void removeSelectedBlocklists();
    void removeSelectedFavorites();

    // Saves the rules, blocklist paths, favorites and idle time.
    void apply();

private:
    QWidget* rateGroup();
    QWidget* capGroup();
    QWidget* blocklistGroup();
    QWidget* favoritesGroup();
    void loadFavorites();

    FavoritesStore* m_store;
    QFormLayout* m_general = nullptr;
    QTableWidget* m_rates = nullptr;
    QTableWidget* m_caps = nullptr;
    QTreeWidget* m_blocklists = nullptr;
    QListWidget* m_favorites = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
};

}  // namespace flowscope::ui
