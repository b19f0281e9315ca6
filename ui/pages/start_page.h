// The Start page: pick an adapter (with live activity sparklines) or a capture file, type a
// capture filter (validated as you type), optionally save the capture, and start.
#pragma once

#include <QHash>
#include <QString>
#include <QWidget>
#include <cstdint>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace flowscope::ui {

class EngineBridge;
class Sparkline;

class StartPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxRecentFiles = 10;

    explicit StartPage(EngineBridge* bridge, QWidget* parent = nullptr);

    // Opens a capture file with the current filter; errors are shown on the page.
    void openFile(const QString& path);
    QString selectedAdapter() const;
    bool filterIsValid() const { return m_filterValid; }
    QString errorText() const;
    // Activity readings so far of the adapters that report traffic counters (the fewest of
    // them), or -1 if none does (no counters on this system).
    int activitySamples() const;

signals:
    void captureStarted();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void populateAdapters();
    void refreshActivity();
    void validateFilter();
    void updateStartEnabled();
    void startLive();
    void chooseSavePath();
    void chooseFile();
    void checkPermission();
    void showError(const QString& message);
    void clearError();
    void addRecentFile(const QString& path);
    void loadRecentFiles();

    EngineBridge* m_bridge;
    QLabel* m_error;
    QTreeWidget* m_adapters;
    QLineEdit* m_filter;
    QLabel* m_filterStatus;
    QCheckBox* m_save;
    QLineEdit* m_savePath;
    QPushButton* m_savePathButton;
    QPushButton* m_start;
    QPushButton* m_open;
    QListWidget* m_recent;
    QTimer* m_activityTimer;
    QHash<QString, Sparkline*> m_sparklines;
    QHash<QString, uint64_t> m_lastBytes;  // rx + tx at the previous refresh (adapters that
                                           // report counters)
    QString m_defaultAdapter;
    bool m_filterValid = true;
    bool m_permissionChecked = false;
};

}  // namespace flowscope::ui
