#include "ui/settings/process_source_group.h"

#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include "ui/engine_bridge.h"
#include "ui/process_source_text.h"
#include "ui/settings/process_source_settings.h"

namespace flowscope::ui {

ProcessSourceGroup::ProcessSourceGroup(const EngineBridge* bridge, QWidget* parent)
    : QGroupBox(tr("Programs behind connections"), parent),
      m_combo(new QComboBox(this)),
      m_buffer(new QSpinBox(this)),
      m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("processSourceGroup"));
    m_combo->setObjectName(QStringLiteral("processSourceCombo"));
    m_combo->setAccessibleName(tr("Find programs with"));
    m_combo->addItem(tr("Automatic (eBPF where allowed, else snapshots)"), QStringLiteral("auto"));
    m_combo->addItem(tr("eBPF socket events"), QStringLiteral("ebpf"));
    m_combo->addItem(tr("Snapshots only"), QStringLiteral("snapshot"));
    const int saved = m_combo->findData(settings::processSource.value());
    m_combo->setCurrentIndex(saved < 0 ? 0 : saved);
    m_buffer->setObjectName(QStringLiteral("eventBufferSpin"));
    m_buffer->setAccessibleName(tr("Event buffer"));
    m_buffer->setRange(settings::kMinEventBufferKiB, settings::kMaxEventBufferKiB);
    //: A unit after a number: kibibytes.
    m_buffer->setSuffix(tr(" KiB"));
    m_buffer->setValue(std::clamp(settings::socketEventBufferKiB.value(),
                                  settings::kMinEventBufferKiB, settings::kMaxEventBufferKiB));
    m_status->setObjectName(QStringLiteral("processSourceStatus"));
    m_status->setWordWrap(true);
    const auto stats = bridge ? bridge->processStats() : std::nullopt;
    m_status->setText(stats ? processSourceText(*stats) : tr("Used from the next live capture."));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Find programs with:"), m_combo);
    form->addRow(tr("Event buffer:"), m_buffer);
    form->addRow(m_status);
    if (auto* dialog = qobject_cast<QDialog*>(parent)) {
        connect(dialog, &QDialog::accepted, this, &ProcessSourceGroup::apply);
    }
}

void ProcessSourceGroup::apply() {
    settings::processSource.setValue(m_combo->currentData().toString());
    settings::socketEventBufferKiB.setValue(m_buffer->value());
}

}  // namespace flowscope::ui
