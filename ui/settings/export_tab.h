// Settings → Export ("Send flows to a collector"): on/off, the collector's host and port, UDP
// or TCP, the active and idle timeouts, the observation domain id and the Private Enterprise
// Number of Flowscope's own elements (ui/settings/export_settings.h), and whether capture files
// opened for viewing are sent too. A bad host or port is said in one sentence as it is typed;
// a host name is looked up (QHostInfo, never blocking) when the field is left. Saved by apply()
// when the dialog is accepted; the settings apply from the next capture. Below, what the
// exporter of the running (or last) capture has done, updated live (ExportConnector).
#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHostInfo;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace flowscope::ui {

class ExportConnector;

class ExportTab : public QWidget {
    Q_OBJECT
public:
    // Saves on the dialog's accepted() when `parent` is a QDialog; `connector` (may be null)
    // gives the live status.
    explicit ExportTab(ExportConnector* connector, QWidget* parent = nullptr);

    QCheckBox* enabledCheck() const { return m_enabled; }
    QLineEdit* hostEdit() const { return m_host; }
    QLineEdit* portEdit() const { return m_port; }
    QComboBox* transportCombo() const { return m_transport; }
    QSpinBox* activeTimeoutSpin() const { return m_activeTimeout; }
    QSpinBox* idleTimeoutSpin() const { return m_idleTimeout; }
    QSpinBox* observationDomainSpin() const { return m_observationDomain; }
    QSpinBox* enterpriseNumberSpin() const { return m_enterpriseNumber; }
    QCheckBox* filesCheck() const { return m_files; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* statusLabel() const { return m_status; }

    // Checks host and port as typed; shows and returns the sentence ("" when fine). A host
    // name is then looked up (hostChecked() follows).
    QString validate();
    void apply();

signals:
    // A look-up of the host name has answered (the error label shows the outcome).
    void hostChecked();

private:
    QWidget* collectorGroup();
    QWidget* recordsGroup();
    void showError(const QString& sentence);
    void lookUp(const QString& host);
    void onLookedUp(const QHostInfo& info);
    void showStatus();

    ExportConnector* m_connector;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QComboBox* m_transport = nullptr;
    QSpinBox* m_activeTimeout = nullptr;
    QSpinBox* m_idleTimeout = nullptr;
    QSpinBox* m_observationDomain = nullptr;
    QSpinBox* m_enterpriseNumber = nullptr;
    QCheckBox* m_files = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QString m_lookingUp;  // the host name of the look-up under way ("" when none)
    int m_lookupId = -1;
};

}  // namespace flowscope::ui
