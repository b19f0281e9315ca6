#include "ui/settings_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/alerts/alert_center.h"
#include "ui/core_text.h"
#include "ui/engine_bridge.h"
#include "ui/geo_service.h"
#include "ui/settings/delivery_settings_rows.h"
#include "ui/settings/export_tab.h"
#include "ui/settings/history_tab.h"
#include "ui/settings/notifications_tab.h"
#include "ui/settings/process_source_group.h"
#include "ui/settings/settings.h"
#include "ui/shell/language_settings_group.h"
#include "ui/shell/startup_settings_group.h"
#include "ui/theme.h"
#include "ui/tray/tray_settings_group.h"

namespace flowscope::ui {

namespace {

const Setting<QString>& databaseSetting(GeoRole role) {
    return role == GeoRole::Country ? settings::countryDatabase : settings::asDatabase;
}

}  // namespace

SettingsDialog::SettingsDialog(EngineBridge* bridge, QWidget* parent)
    : QDialog(parent), m_bridge(bridge) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout;
    form->addRow(tr("Country database:"), databaseRow(GeoRole::Country));
    form->addRow(QString(), m_countryError);
    form->addRow(tr("AS database:"), databaseRow(GeoRole::As));
    form->addRow(QString(), m_asError);
    auto* note = new QLabel(
        tr("Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB "
           "files work."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);
    m_reverseDns =
        new QCheckBox(tr("Look up host names of addresses (reverse DNS, live captures)"), this);
    m_reverseDns->setObjectName(QStringLiteral("reverseDnsCheck"));
    m_reverseDns->setChecked(settings::reverseDns.value());
    form->addRow(QString(), m_reverseDns);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* general = new QWidget(this);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(new TraySettingsGroup(this));
    generalLayout->addWidget(new StartupSettingsGroup(this));
    generalLayout->addWidget(new LanguageSettingsGroup(this));
    generalLayout->addWidget(new ProcessSourceGroup(m_bridge, this));
    generalLayout->addStretch(1);  // spare height goes below the form, not between its rows
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(general, tr("General"));
    auto* notificationsTab = new NotificationsTab(this);  // saves itself on OK
    new DeliverySettingsRows(notificationsTab, this);     // likewise
    tabs->addTab(notificationsTab, tr("Notifications"));
    // Saves itself on OK and hands the new retention to a running recorder.
    tabs->addTab(new HistoryTab(m_bridge ? m_bridge->recording() : nullptr, this), tr("History"));
    // Send flows to a collector; saves itself on OK, used from the next capture.
    tabs->addTab(new ExportTab(m_bridge ? m_bridge->exporting() : nullptr, this), tr("Export"));
    if (m_bridge) {  // after the tabs' own savers: the running notifier gets the saved rules
        connect(this, &QDialog::accepted, m_bridge->alerts(), &AlertCenter::reloadRules);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    fitHeightToText();
}

void SettingsDialog::fitHeightToText() {
    // Wrapped labels need more height at a narrower width; a top-level widget's minimum size
    // does not follow height-for-width by itself, so it is set here for the current width.
    QLayout* top = layout();
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                : top->totalSizeHint().height();
    if (minimumHeight() != needed) {
        setMinimumHeight(needed);
    }
    if (height() < needed) {
        resize(width(), needed);
    }
}

void SettingsDialog::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    fitHeightToText();
}

QWidget* SettingsDialog::databaseRow(GeoRole role) {
    auto* row = new QWidget(this);
    auto* edit = new QLineEdit(row);
    edit->setObjectName(role == GeoRole::Country ? QStringLiteral("countryDatabaseEdit")
                                                 : QStringLiteral("asDatabaseEdit"));
    edit->setAccessibleName(role == GeoRole::Country ? tr("Country database file")
                                                     : tr("AS database file"));
    edit->setClearButtonEnabled(true);
    edit->setPlaceholderText(tr("Built-in (DB-IP Lite)"));
    edit->setText(databaseSetting(role).value());
    auto* browse = new QPushButton(tr("Browse…"), row);
    auto* error = new QLabel(this);
    error->setWordWrap(true);
    error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    error->setStyleSheet(
        QStringLiteral("color: %1;").arg(ThemeManager::statusColor(StatusLevel::Error).name()));
    error->hide();
    (role == GeoRole::Country ? m_countryEdit : m_asEdit) = edit;
    (role == GeoRole::Country ? m_countryError : m_asError) = error;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(edit, &QLineEdit::editingFinished, this, [this, role] { validate(role); });
    connect(browse, &QPushButton::clicked, this, [this, role, edit] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a database"), edit->text(),
                                         tr("MaxMind DB files (*.mmdb);;All files (*)"));
        if (!file.isEmpty()) {
            edit->setText(file);
            validate(role);
        }
    });
    return row;
}

QString SettingsDialog::validate(GeoRole role) {
    const QString path = databaseEdit(role)->text().trimmed();
    QLabel* error = errorLabel(role);
    QString message;
    if (!path.isEmpty()) {
        const auto opened = GeoResolver::openFor(role, path.toStdString());
        if (!opened) {
            message = localized(opened.error()) + QLatin1Char(' ') +
                      tr("The built-in database stays in use.");
        }
    }
    error->setText(message);
    error->setVisible(!message.isEmpty());
    fitHeightToText();
    return message;
}

void SettingsDialog::apply() {
    for (GeoRole role : {GeoRole::Country, GeoRole::As}) {
        const bool usable = validate(role).isEmpty();
        databaseSetting(role).setValue(usable ? databaseEdit(role)->text().trimmed() : QString());
    }
    settings::reverseDns.setValue(m_reverseDns->isChecked());
    if (m_bridge) {
        m_bridge->setReverseDns(m_reverseDns->isChecked());
        m_bridge->geo()->load(settings::geoOptions());  // on a worker; the table follows on ready
    }
}

}  // namespace flowscope::ui
