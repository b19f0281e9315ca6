#include "ui/export/export_status_label.h"

#include <QStatusBar>

#include "ui/engine_bridge.h"
#include "ui/export/export_connector.h"
#include "ui/format.h"
#include "ui/main_window.h"
#include "ui/theme.h"

namespace flowscope::ui {

ExportStatusLabel::ExportStatusLabel(ExportConnector* connector, QWidget* parent)
    : QLabel(parent), m_connector(connector) {
    setObjectName(QStringLiteral("exportStatusBarLabel"));
    connect(m_connector, &ExportConnector::statusChanged, this, &ExportStatusLabel::present);
    present();
}

void ExportStatusLabel::present() {
    const ExportConnector::Status s = m_connector->status();
    const bool shown = s.state == ExportConnector::State::Exporting ||
                       s.state == ExportConnector::State::Finished ||
                       s.state == ExportConnector::State::Failed;
    setVisible(shown);
    if (!shown) {
        return;
    }
    const bool trouble = s.unreachable || s.state == ExportConnector::State::Failed;
    if (s.state == ExportConnector::State::Failed) {
        setText(tr("IPFIX: not sending"));
    } else if (s.unreachable) {
        setText(tr("IPFIX: collector unreachable"));
    } else if (s.recordsDropped > 0) {
        //: %1 a number of records ("12 records"), %2 a number.
        setText(
            tr("IPFIX: %1 sent, %2 dropped")
                .arg(ExportConnector::recordsText(s.recordsSent), formatCount(s.recordsDropped)));
    } else {
        //: %1 a number of records ("12 records").
        setText(tr("IPFIX: %1 sent").arg(ExportConnector::recordsText(s.recordsSent)));
    }
    setStyleSheet(
        trouble
            ? QStringLiteral("color: %1;").arg(ThemeManager::statusColor(StatusLevel::Error).name())
            : QString());
    setToolTip(m_connector->statusText());
}

void attachExportStatus(MainWindow* window) {
    window->statusBar()->addPermanentWidget(
        new ExportStatusLabel(window->bridge()->exporting(), window));
}

}  // namespace flowscope::ui
