// Settings → General → Programs behind connections: where live captures take socket owners
// from (automatic, eBPF socket events, snapshots) and the size of the kernel's event buffer,
// saved when the dialog is accepted and used from the next live capture; below them, what the
// running capture uses and why.
#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QSpinBox;

namespace flowscope::ui {

class EngineBridge;

class ProcessSourceGroup : public QGroupBox {
    Q_OBJECT
public:
    ProcessSourceGroup(const EngineBridge* bridge, QWidget* parent);

    QComboBox* combo() const { return m_combo; }
    QLabel* status() const { return m_status; }
    void apply();  // saves the choice

private:
    QComboBox* m_combo;
    QSpinBox* m_buffer;
    QLabel* m_status;
};

}  // namespace flowscope::ui
