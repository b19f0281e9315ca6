#include "ui/settings/notifications_tab.h"

#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>

#include "ui/format.h"
#include "ui/settings/favorites_store.h"
#include "ui/settings/rule_settings.h"
#include "ui/theme.h"

namespace flowscope::ui {

namespace {

// Decimal units, as the rest of the app shows volumes ("1.2 MB").
constexpr double kRateUnits[] = {1e3, 1e6};  // kB/s, MB/s
constexpr double kCapUnits[] = {1e6, 1e9};   // MB, GB
enum RuleColumn { ColProgram, ColAmount, ColUnit, ColLast, RuleColumns };

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
constexpr int kPathRole = Qt::UserRole + 3;

// The amount in the larger unit when it is a whole number of it ("2 MB/s", not "2000 kB/s").
int unitFor(uint64_t bytes, const double (&units)[2]) {
    return bytes >= units[1] && std::fmod(double(bytes), units[1]) == 0.0 ? 1 : 0;
}

QTableWidget* ruleTable(QWidget* parent, const QStringList& headers) {
    auto* table = new QTableWidget(0, RuleColumns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(ColProgram, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(110);
    return table;
}

// Add / Remove below a table or list; Remove drops the selected rows.
QWidget* withButtons(QWidget* view, const std::function<void()>& add,
                     const std::function<void()>& remove, const QString& addText,
                     const QString& removeText) {
    auto* box = new QWidget(view->parentWidget());
    auto* buttons = new QHBoxLayout;
    auto* addButton = add ? new QPushButton(addText, box) : nullptr;
    auto* removeButton = new QPushButton(removeText, box);
    if (addButton) {
        buttons->addWidget(addButton);
        QObject::connect(addButton, &QPushButton::clicked, box, add);
    }
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    QObject::connect(removeButton, &QPushButton::clicked, box, remove);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    layout->addLayout(buttons);
    return box;
}

void removeSelectedRows(QTableWidget* table) {
    const auto rows = table->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const auto& index : rows) {
        numbers.append(index.row());
    }
    std::sort(numbers.rbegin(), numbers.rend());
    for (int row : numbers) {
        table->removeRow(row);
    }
}

QGroupBox* group(QWidget* parent, const QString& title, QWidget* content) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

}  // namespace

NotificationsTab::NotificationsTab(QWidget* parent, FavoritesStore* favorites)
    : QWidget(parent), m_store(favorites ? favorites : FavoritesStore::shared()) {
    setObjectName(QStringLiteral("notificationsTab"));
    setMinimumWidth(860);  // the rule tables side by side
    m_general = new QFormLayout;
    // The coordinator's rows (new programs on/off, sound, webhook) go here via addGeneralRow.
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(QStringLiteral("favoriteIdleSpin"));
    m_idleMinutes->setRange(1, 24 * 60);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(settings::favoriteIdleMinutes.value());

    auto* rules = new QHBoxLayout;
    rules->addWidget(rateGroup());
    rules->addWidget(capGroup());
    auto* lists = new QHBoxLayout;
    lists->addWidget(blocklistGroup(), 3);
    lists->addWidget(favoritesGroup(), 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_general);
    layout->addLayout(rules);
    layout->addLayout(lists);

    if (auto* dialog = qobject_cast<QDialog*>(parent)) {
        connect(dialog, &QDialog::accepted, this, &NotificationsTab::apply);
    }
    connect(m_store, &FavoritesStore::changed, this, &NotificationsTab::loadFavorites);
}

void NotificationsTab::addGeneralRow(const QString& label, QWidget* field) {
    field->setParent(this);
    m_general->addRow(label, field);
}

QWidget* NotificationsTab::rateGroup() {
    m_rates = ruleTable(this, {tr("Application"), tr("Above"), tr("Unit"), tr("For")});
    m_rates->setObjectName(QStringLiteral("rateRuleTable"));
    m_rates->setAccessibleName(tr("Rate rules"));
    for (const RateRule& rule : storedRateRules()) {
        const int unit = unitFor(rule.bytesPerSecond, kRateUnits);
        addRateRow(QString::fromStdString(rule.program),
                   double(rule.bytesPerSecond) / kRateUnits[unit], unit, int(rule.seconds));
    }
    auto* box = withButtons(
        m_rates, [this] { addRateRow({}, 1.0, 1, 10); }, [this] { removeSelectedRows(m_rates); },
        tr("Add rate rule"), tr("Remove"));
    return group(this, tr("Traffic rate above a limit"), box);
}

QWidget* NotificationsTab::capGroup() {
    m_caps = ruleTable(this, {tr("Application"), tr("Cap"), tr("Unit"), tr("Per")});
    m_caps->setObjectName(QStringLiteral("capRuleTable"));
    m_caps->setAccessibleName(tr("Data volume caps"));
    for (const CapRule& rule : storedCapRules()) {
        const int unit = unitFor(rule.bytes, kCapUnits);
        addCapRow(QString::fromStdString(rule.program), double(rule.bytes) / kCapUnits[unit], unit,
                  rule.period == CapRule::Period::Day);
    }
    auto* box = withButtons(
        m_caps, [this] { addCapRow({}, 10.0, 1, false); }, [this] { removeSelectedRows(m_caps); },
        tr("Add data cap"), tr("Remove"));
    return group(this, tr("Data volume above a cap"), box);
}

// A cell's field is not a child of the table in Qt's accessibility tree: a screen reader
// reads it alone, so it carries its column's title ("Above", "Unit", "For") as its name.
void NotificationsTab::nameCellWidgets(QTableWidget* table, int row) {
    for (int column = 0; column < table->columnCount(); ++column) {
        QWidget* field = table->cellWidget(row, column);
        const QTableWidgetItem* header = table->horizontalHeaderItem(column);
        if (field && header && field->accessibleName().isEmpty()) {
            field->setAccessibleName(header->text());
        }
    }
}

void NotificationsTab::addRateRow(const QString& program, double amount, int unitIndex,
                                  int seconds) {
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    auto* who = new QLineEdit(program, m_rates);
    who->setAccessibleName(tr("Application"));
    who->setPlaceholderText(tr("All traffic"));
    who->setToolTip(tr("Empty: all traffic; else a program's path or name"));
    auto* amountSpin = new QDoubleSpinBox(m_rates);
    amountSpin->setRange(0.1, 1e6);
    amountSpin->setDecimals(1);
    amountSpin->setValue(amount);
    auto* unit = new QComboBox(m_rates);
    unit->addItems({tr("kB/s"), tr("MB/s")});
    unit->setCurrentIndex(unitIndex);
    auto* secondsSpin = new QSpinBox(m_rates);
    secondsSpin->setRange(1, 24 * 3600);
    secondsSpin->setSuffix(tr(" s"));
    secondsSpin->setValue(seconds);
    m_rates->setCellWidget(row, ColProgram, who);
    m_rates->setCellWidget(row, ColAmount, amountSpin);
    m_rates->setCellWidget(row, ColUnit, unit);
    m_rates->setCellWidget(row, ColLast, secondsSpin);
    nameCellWidgets(m_rates, row);
}

void NotificationsTab::addCapRow(const QString& program, double amount, int unitIndex, bool daily) {
    const int row = m_caps->rowCount();
    m_caps->insertRow(row);
    auto* who = new QLineEdit(program, m_caps);
    who->setAccessibleName(tr("Application"));
    who->setPlaceholderText(tr("All traffic"));
    who->setToolTip(tr("Empty: all traffic; else a program's path or name"));
    auto* amountSpin = new QDoubleSpinBox(m_caps);
    amountSpin->setRange(0.1, 1e6);
    amountSpin->setDecimals(1);
    amountSpin->setValue(amount);
    auto* unit = new QComboBox(m_caps);
    unit->addItems({tr("MB"), tr("GB")});
    unit->setCurrentIndex(unitIndex);
    auto* period = new QComboBox(m_caps);
    period->addItems({tr("day"), tr("month")});
    period->setCurrentIndex(daily ? 0 : 1);
    m_caps->setCellWidget(row, ColProgram, who);
    m_caps->setCellWidget(row, ColAmount, amountSpin);
    m_caps->setCellWidget(row, ColUnit, unit);
    m_caps->setCellWidget(row, ColLast, period);
    nameCellWidgets(m_caps, row);
}

QWidget* NotificationsTab::blocklistGroup() {
    m_blocklists = new QTreeWidget(this);
    m_blocklists->setObjectName(QStringLiteral("blocklistTree"));
    m_blocklists->setAccessibleName(tr("Blocklist files"));
    m_blocklists->setColumnCount(2);
    m_blocklists->setHeaderLabels({tr("File"), tr("Entries")});
    m_blocklists->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_blocklists->header()->setStretchLastSection(false);
    m_blocklists->setWordWrap(true);
    m_blocklists->setMinimumHeight(120);
    for (const QString& path : settings::blocklistFiles.value()) {
        addBlocklistFile(path);
    }
    auto* box = withButtons(
        m_blocklists,
        [this] {
            const QStringList files = QFileDialog::getOpenFileNames(
                this, tr("Choose blocklists"), QString(),
                tr("IP lists (*.netset *.ipset *.txt *.list);;All files (*)"));
            for (const QString& file : files) {
                addBlocklistFile(file);
            }
        },
        [this] { removeSelectedBlocklists(); }, tr("Add files…"), tr("Remove"));
    auto* note = new QLabel(tr("Plain-text IP/CIDR lists (one entry a line, # comments, as "
                               "FireHOL publishes them), IPv4 and IPv6."),
                            box);
    note->setWordWrap(true);
    note->setEnabled(false);
    box->layout()->addWidget(note);
    return group(this, tr("Blocklists"), box);
}

bool NotificationsTab::addBlocklistFile(const QString& path) {
    for (int i = 0; i < m_blocklists->topLevelItemCount(); ++i) {
        if (m_blocklists->topLevelItem(i)->data(0, kPathRole).toString() == path) {
            return false;
        }
    }
    const BlocklistFileReport report = loadBlocklist(path);
    auto* item = new QTreeWidgetItem(m_blocklists);
    item->setText(0, QFileInfo(path).fileName());
    item->setToolTip(0, path);
    item->setData(0, kPathRole, path);
    item->setText(1, report.usable ? formatCount(report.entries) : tr("not loaded"));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    const QColor color =
        ThemeManager::statusColor(report.usable ? StatusLevel::Warning : StatusLevel::Error);
    for (const QString& problem : report.problems) {
        auto* child = new QTreeWidgetItem(item);
        child->setText(0, problem);
        child->setToolTip(0, problem);
        child->setForeground(0, color);
        child->setFirstColumnSpanned(true);
    }
    item->setExpanded(!report.problems.isEmpty());
    return true;
}

void NotificationsTab::removeSelectedBlocklists() {
    for (QTreeWidgetItem* item : m_blocklists->selectedItems()) {
        QTreeWidgetItem* top = item->parent() ? item->parent() : item;
        delete top;  // also removes it from the tree; a file is listed once
    }
}

QWidget* NotificationsTab::favoritesGroup() {
    m_favorites = new QListWidget(this);
    m_favorites->setObjectName(QStringLiteral("favoritesList"));
    m_favorites->setAccessibleName(tr("Starred items"));
    m_favorites->setSelectionMode(QAbstractItemView::ExtendedSelection);
    loadFavorites();
    auto* box = withButtons(
        m_favorites, nullptr, [this] { removeSelectedFavorites(); }, QString(), tr("Remove"));
    auto* idle = new QFormLayout;
    idle->addRow(tr("Notify again after idle for"), m_idleMinutes);
    static_cast<QVBoxLayout*>(box->layout())->addLayout(idle);
    auto* note = new QLabel(tr("Star hosts, services and applications on the Overview, "
                               "Inspect and Applications pages."),
                            box);
    note->setWordWrap(true);
    note->setEnabled(false);
    box->layout()->addWidget(note);
    return group(this, tr("Favorites"), box);
}

void NotificationsTab::loadFavorites() {
    m_favorites->clear();
    const struct {
        FavoritesStore::Kind kind;
        QString label;
    } kinds[] = {{FavoritesStore::Kind::Host, tr("Host %1")},
                 {FavoritesStore::Kind::Service, tr("Service %1")},
                 {FavoritesStore::Kind::Program, tr("Application %1")}};
    for (const auto& kind : kinds) {
        for (const QString& key : m_store->items(kind.kind)) {
            auto* item = new QListWidgetItem(FavoritesStore::starPrefix() + kind.label.arg(key),
                                             m_favorites);
            item->setData(kKindRole, int(kind.kind));
            item->setData(kKeyRole, key);
        }
    }
}

void NotificationsTab::removeSelectedFavorites() {
    qDeleteAll(m_favorites->selectedItems());
}

void NotificationsTab::apply() {
    std::vector<RateRule> rates;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        RateRule rule;
        rule.program = static_cast<QLineEdit*>(m_rates->cellWidget(row, ColProgram))
                           ->text()
                           .trimmed()
                           .toStdString();
        const int unit = static_cast<QComboBox*>(m_rates->cellWidget(row, ColUnit))->currentIndex();
        const double amount =
            static_cast<QDoubleSpinBox*>(m_rates->cellWidget(row, ColAmount))->value();
        rule.bytesPerSecond = uint64_t(std::llround(amount * kRateUnits[unit]));
        rule.seconds = uint32_t(static_cast<QSpinBox*>(m_rates->cellWidget(row, ColLast))->value());
        rates.push_back(std::move(rule));
    }
    storeRateRules(rates);

    std::vector<CapRule> caps;
    for (int row = 0; row < m_caps->rowCount(); ++row) {
        CapRule rule;
        rule.program = static_cast<QLineEdit*>(m_caps->cellWidget(row, ColProgram))
                           ->text()
                           .trimmed()
                           .toStdString();
        const int unit = static_cast<QComboBox*>(m_caps->cellWidget(row, ColUnit))->currentIndex();
        const double amount =
            static_cast<QDoubleSpinBox*>(m_caps->cellWidget(row, ColAmount))->value();
        rule.bytes = uint64_t(std::llround(amount * kCapUnits[unit]));
        const int period =
            static_cast<QComboBox*>(m_caps->cellWidget(row, ColLast))->currentIndex();
        rule.period = period == 0 ? CapRule::Period::Day : CapRule::Period::Month;
        caps.push_back(std::move(rule));
    }
    storeCapRules(caps);

    QStringList paths;
    for (int i = 0; i < m_blocklists->topLevelItemCount(); ++i) {
        paths.append(m_blocklists->topLevelItem(i)->data(0, kPathRole).toString());
    }
    settings::blocklistFiles.setValue(paths);
    settings::favoriteIdleMinutes.setValue(m_idleMinutes->value());

    // Favorites removed from the list are unstarred (the store saves them).
    QSet<QPair<int, QString>> kept;
    for (int i = 0; i < m_favorites->count(); ++i) {
        const QListWidgetItem* item = m_favorites->item(i);
        kept.insert({item->data(kKindRole).toInt(), item->data(kKeyRole).toString()});
    }
    for (auto kind : {FavoritesStore::Kind::Host, FavoritesStore::Kind::Service,
                      FavoritesStore::Kind::Program}) {
        for (const QString& key : m_store->items(kind)) {
            if (!kept.contains({int(kind), key})) {
                m_store->setStarred(kind, key, false);
            }
        }
    }
}

}  // namespace flowscope::ui
