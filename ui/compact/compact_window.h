// The compact window (as Sniffnet's thumbnail mode): a small frameless window, always on top
// and off the taskbar, with the live in / out rates, a chart of the last minute and the three
// busiest applications now (icon, name, rate). It replaces the main window while shown:
// showing it hides the main window, and a double-click (or its context menu) brings the main
// window back. Dragged anywhere with the mouse; its place is kept in settings::compactGeometry.
// It follows EngineBridge::snapshotApplied whether shown or not, so the chart has its history
// when it appears.
#pragma once

#include <QFrame>
#include <QPoint>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/engine/snapshot.h"
#include "ui/format.h"

class QAction;
class QLabel;
class QTimer;

namespace flowscope::ui {

class EngineBridge;
class MainWindow;
class MiniChart;

class CompactWindow : public QFrame {
    Q_OBJECT
public:
    static constexpr int kTopApplications = 3;

    // `bridge` may be null (tests feed applySnapshot); `mainWindow` is the window it stands in
    // for (hidden while this one shows; may be null).
    explicit CompactWindow(EngineBridge* bridge, QWidget* mainWindow = nullptr);
    ~CompactWindow() override;

    // Creates the compact window of `window`, deleted with it, and adds View → Compact window
    // (Ctrl+Shift+M; checked while the compact window shows) to its menu bar.
    static CompactWindow* attach(MainWindow* window);

    // One snapshot: live ones update the rates, chart and applications; anything else (a
    // capture file) shows no rates.
    void applySnapshot(const SnapshotPtr& snapshot, bool live);

    QString incomingText() const;
    QString outgoingText() const;
    QString sourceText() const;
    // The applications shown, busiest first: "name\trate" each (full names, not elided).
    QStringList applicationTexts() const;
    MiniChart* chart() const { return m_chart; }
    QAction* toggleAction() const { return m_toggleAction; }

public slots:
    // Shows the compact window (hiding the main window) or goes back to the main window.
    void toggle();
    void showCompact();
    void returnToMainWindow();

signals:
    void shownChanged(bool shown);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void moveEvent(QMoveEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct AppRow {
        QString name;
        QString iconPath;  // empty: the generic icon
        QString tip;
        double rate = 0;  // bytes per second, in + out
    };
    struct RowWidgets {
        QLabel* icon = nullptr;
        QLabel* name = nullptr;
        QLabel* rate = nullptr;
    };
    void buildLayout();
    void onStateChanged();
    void showRates(double in, double out);
    void showApplications();
    void saveGeometryNow();
    // The Overview's unit, except packets: application rates are known in bytes only.
    static RateUnit chosenUnit();

    EngineBridge* m_bridge;
    QPointer<QWidget> m_mainWindow;
    RateUnit m_unit = RateUnit::Bytes;  // chosenUnit(), read once per snapshot
    QLabel* m_source = nullptr;
    QLabel* m_in = nullptr;
    QLabel* m_out = nullptr;
    MiniChart* m_chart = nullptr;
    QLabel* m_noApplications = nullptr;
    RowWidgets m_rowWidgets[kTopApplications];
    QVector<AppRow> m_apps;
    QPointer<QAction> m_toggleAction;  // owned by the main window (attach)
    QTimer* m_saveTimer = nullptr;
    bool m_pressed = false;  // the left button went down on this window
    bool m_moving = false;   // ... and the mouse has moved far enough to drag it
    QPoint m_pressPos;
    QPoint m_dragOffset;
    bool m_placed = false;  // a saved or default position was applied
};

}  // namespace flowscope::ui
