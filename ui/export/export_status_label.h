// The status bar's word on Settings → Export while flows are being sent: "IPFIX: 1,234
// records sent" (with the records dropped, when any), or "IPFIX: collector unreachable" in
// the error colour; the full sentence in its tool tip. Hidden when nothing is being sent.
#pragma once

#include <QLabel>

namespace flowscope::ui {

class ExportConnector;
class MainWindow;

class ExportStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit ExportStatusLabel(ExportConnector* connector, QWidget* parent = nullptr);

private:
    void present();

    ExportConnector* m_connector;
};

// Adds the label to the window's status bar, following its bridge's exporter.
void attachExportStatus(MainWindow* window);

}  // namespace flowscope::ui
