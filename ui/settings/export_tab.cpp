#include "ui/settings/export_tab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QHostInfo>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

#include "ui/export/export_connector.h"
#include "ui/settings/export_settings.h"
#include "ui/theme.h"

namespace flowscope::ui {

namespace {

QSpinBox* secondsSpin(QWidget* parent, const char* name, int value) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(1, settings::kExportMaxTimeoutSeconds);
    spin->setSuffix(ExportTab::tr(" s"));
    spin->setValue(value);
    spin->setMaximumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));
    return spin;
}

QSpinBox* numberSpin(QWidget* parent, const char* name, int value) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(0, std::numeric_limits<int>::max());
    spin->setValue(value);
    spin->setMaximumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));
    return spin;
}

QLabel* noteLabel(const QString& text, QWidget* parent) {
    auto* note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setEnabled(false);
    return note;
}

}  // namespace

ExportTab::ExportTab(ExportConnector* connector, QWidget* parent)
    : QWidget(parent), m_connector(connector) {
    setObjectName(QStringLiteral("exportTab"));
    const settings::ExportSettingsValues values = settings::exportSettings();
    m_enabled = new QCheckBox(tr("Send flows to a collector (IPFIX)"), this);
    m_enabled->setObjectName(QStringLiteral("exportEnabledCheck"));
    m_enabled->setChecked(values.enabled);
    auto* intro = noteLabel(
        tr("Every connection, with the program behind it, goes as IPFIX records to a collector "
           "you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng)."),
        this);
    m_files = new QCheckBox(tr("Also send capture files opened for viewing"), this);
    m_files->setObjectName(QStringLiteral("exportFilesCheck"));
    m_files->setChecked(values.files);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1;").arg(ThemeManager::statusColor(StatusLevel::Error).name()));
    m_error->hide();
    auto* when = new QLabel(tr("Changes apply from the next capture; a running capture keeps "
                               "sending as it started."),
                            this);
    when->setObjectName(QStringLiteral("exportWhenLabel"));
    when->setWordWrap(true);
    auto* statusBox = new QGroupBox(tr("Status"), this);
    m_status = new QLabel(statusBox);
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(statusBox))->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(intro);
    layout->addWidget(collectorGroup());
    layout->addWidget(m_error);
    layout->addWidget(recordsGroup());
    layout->addWidget(m_files);
    layout->addWidget(when);
    layout->addWidget(statusBox);
    layout->addStretch(1);
    if (auto* dialog = qobject_cast<QDialog*>(parent)) {
        connect(dialog, &QDialog::accepted, this, &ExportTab::apply);
    }
    if (m_connector) {
        connect(m_connector, &ExportConnector::statusChanged, this, &ExportTab::showStatus);
    }
    showStatus();
    if (!ExportConnector::available()) {
        m_enabled->setEnabled(false);
    }
}

QWidget* ExportTab::collectorGroup() {
    const settings::ExportSettingsValues values = settings::exportSettings();
    auto* box = new QGroupBox(tr("Collector"), this);
    m_host = new QLineEdit(values.host, box);
    m_host->setObjectName(QStringLiteral("exportHostEdit"));
    m_host->setPlaceholderText(tr("Address or host name, e.g. 192.0.2.10"));
    m_port = new QLineEdit(values.port, box);
    m_port->setObjectName(QStringLiteral("exportPortEdit"));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    m_transport = new QComboBox(box);
    m_transport->setObjectName(QStringLiteral("exportTransportCombo"));
    m_transport->addItem(tr("UDP (the usual; lost when the collector is down)"));
    m_transport->addItem(tr("TCP (reconnects; keeps a backlog while the collector is down)"));
    m_transport->setCurrentIndex(values.tcp ? 1 : 0);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Transport:"), m_transport);
    connect(m_host, &QLineEdit::textEdited, this, [this] { validate(); });
    connect(m_port, &QLineEdit::textEdited, this, [this] { validate(); });
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        if (validate().isEmpty()) {
            lookUp(m_host->text().trimmed());
        }
    });
    return box;
}

QWidget* ExportTab::recordsGroup() {
    const settings::ExportSettingsValues values = settings::exportSettings();
    auto* box = new QGroupBox(tr("Records"), this);
    m_activeTimeout = secondsSpin(box, "exportActiveTimeoutSpin", values.activeTimeout);
    m_idleTimeout = secondsSpin(box, "exportIdleTimeoutSpin", values.idleTimeout);
    m_observationDomain = numberSpin(box, "exportObservationDomainSpin", values.observationDomain);
    m_enterpriseNumber = numberSpin(box, "exportEnterpriseNumberSpin", values.enterpriseNumber);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Active timeout:"), m_activeTimeout);
    form->addRow(QString(), noteLabel(tr("A flow still going on is reported this often."), box));
    form->addRow(tr("Idle timeout:"), m_idleTimeout);
    form->addRow(QString(),
                 noteLabel(tr("A flow without traffic for this long is reported as ended."), box));
    form->addRow(tr("Observation domain id:"), m_observationDomain);
    form->addRow(tr("Enterprise number:"), m_enterpriseNumber);
    m_enterpriseNumber->setToolTip(
        tr("The Private Enterprise Number under which Flowscope's own elements (process id, "
           "program path, host name) are sent."));
    form->addRow(QString(), noteLabel(tr("The default, 32473, is RFC 5612's number for "
                                         "documentation: a placeholder for your own."),
                                      box));
    return box;
}

QString ExportTab::validate() {
    const QString sentence = settings::validateExportTarget(m_host->text(), m_port->text());
    showError(sentence);
    return sentence;
}

void ExportTab::lookUp(const QString& host) {
    if (!QHostAddress(host).isNull()) {
        emit hostChecked();  // an address: nothing to look up
        return;
    }
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
    }
    m_lookingUp = host;
    m_lookupId = QHostInfo::lookupHost(host, this, &ExportTab::onLookedUp);
}

void ExportTab::onLookedUp(const QHostInfo& info) {
    if (info.lookupId() != m_lookupId) {
        return;
    }
    m_lookupId = -1;
    // The field may have changed meanwhile: only an answer for what it holds counts.
    if (m_lookingUp == m_host->text().trimmed() && validate().isEmpty() &&
        (info.error() != QHostInfo::NoError || info.addresses().isEmpty())) {
        showError(settings::unresolvedHostText(m_lookingUp));
    }
    m_lookingUp.clear();
    emit hostChecked();
}

void ExportTab::showError(const QString& sentence) {
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

void ExportTab::showStatus() {
    QString text;
    if (!ExportConnector::available()) {
        text = tr("This build of Flowscope cannot send flows to a collector.");
    } else if (m_connector) {
        text = m_connector->statusText();
    }
    m_status->setText(text);
    m_status->parentWidget()->setVisible(!text.isEmpty());  // the Status group
}

void ExportTab::apply() {
    settings::ExportSettingsValues values;
    values.enabled = m_enabled->isChecked();
    values.host = m_host->text().trimmed();
    values.port = m_port->text().trimmed();
    values.tcp = m_transport->currentIndex() == 1;
    values.activeTimeout = m_activeTimeout->value();
    values.idleTimeout = m_idleTimeout->value();
    values.observationDomain = m_observationDomain->value();
    values.enterpriseNumber = m_enterpriseNumber->value();
    values.files = m_files->isChecked();
    settings::saveExportSettings(values);
}

}  // namespace flowscope::ui
