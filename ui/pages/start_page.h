// The Start page, split as Wireshark splits its welcome page: the adapters come from an
// AdapterModel (with the counter history) drawn by a SparklineDelegate, the recent files from
// RecentFiles, and whether capturing is permitted from a PermissionProbe off the GUI thread
// (a neutral "checking" line shows until it answers). Here: pick an adapter or a capture
// file, type a capture filter (validated as you type), optionally save the capture, start.
#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeView;

namespace flowscope::ui {

class AdapterModel;
class EngineBridge;
class PermissionProbe;

class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(EngineBridge* bridge, QWidget* parent = nullptr);

    // Opens a capture file with the current filter; errors are shown on the page.
    void openFile(const QString& path);
    QString selectedAdapter() const;
    bool filterIsValid() const { return m_filterValid; }
    QString errorText() const;
    void clearError();
    // Whether the permission probe has not answered yet (the page shows a neutral line).
    bool permissionPending() const;
    AdapterModel* adapters() const { return m_model; }
    // Activity readings so far of the adapters that report traffic counters (the fewest of
    // them), or -1 if none does (no counters on this system).
    int activitySamples() const;

signals:
    void captureStarted();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createFilterRow();
    QGroupBox* createAdapterBox();
    QGroupBox* createFileBox();
    void connectSignals();
    void populateAdapters();
    void refreshActivity();
    void validateFilter();
    void updateStartEnabled();
    void startLive();
    void chooseSavePath();
    void chooseFile();
    void checkPermission();
    void permissionChecked(const QString& deniedMessage);
    void showError(const QString& message);
    void loadRecentFiles();

    EngineBridge* m_bridge;
    AdapterModel* m_model;
    PermissionProbe* m_probe;
    QLabel* m_error;
    QLabel* m_checking;
    QTreeView* m_adapters;
    QLineEdit* m_filter;
    QLabel* m_filterStatus;
    QCheckBox* m_save;
    QLineEdit* m_savePath;
    QPushButton* m_savePathButton;
    QPushButton* m_start;
    QPushButton* m_open;
    QListWidget* m_recent;
    QTimer* m_activityTimer;
    bool m_filterValid = true;
    bool m_permissionChecked = false;
};

}  // namespace flowscope::ui
