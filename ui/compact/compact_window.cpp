#include "ui/compact/compact_window.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>
#include <algorithm>

#include "ui/app_style.h"
#include "ui/compact/mini_chart.h"
#include "ui/engine_bridge.h"
#include "ui/icons/icon_provider.h"
#include "ui/main_window.h"
#include "ui/models/connection_model.h"
#include "ui/settings/settings.h"
#include "ui/settings/startup_settings.h"

namespace flowscope::ui {

namespace {

constexpr int kWidth = 280;
constexpr int kIconSize = 16;
constexpr int kNameWidth = 150;
constexpr int kSaveDelayMs = 500;  // a drag moves the window many times; saved once it rests

QLabel* arrowLabel(const QString& arrow, const QColor& color, QWidget* parent) {
    auto* label = new QLabel(arrow, parent);
    label->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color.name()));
    return label;
}

}  // namespace

CompactWindow::CompactWindow(EngineBridge* bridge, QWidget* mainWindow)
    : QFrame(nullptr, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint),
      m_bridge(bridge),
      m_mainWindow(mainWindow),
      m_unit(chosenUnit()),
      m_saveTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("compactWindow"));
    setWindowTitle(tr("Flowscope"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setToolTip(tr("Double-click to go back to the main window; drag to move."));
    buildLayout();
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &CompactWindow::saveGeometryNow);
    const QByteArray saved = settings::compactGeometry.value();
    m_placed = !saved.isEmpty() && restoreGeometry(saved);

    if (m_bridge) {
        connect(
            m_bridge, &EngineBridge::snapshotApplied, this,
            [this](const SnapshotPtr& snapshot) { applySnapshot(snapshot, m_bridge->isLive()); });
        connect(m_bridge, &EngineBridge::stateChanged, this, &CompactWindow::onStateChanged);
        connect(m_bridge, &EngineBridge::captureStarted, this, [this] {
            m_chart->clear();
            m_apps.clear();
            showApplications();
            onStateChanged();
        });
        connect(m_bridge->icons(), &IconProvider::iconReady, this,
                &CompactWindow::showApplications);
    }
    showRates(-1, -1);
    showApplications();
    onStateChanged();
}

CompactWindow::~CompactWindow() {
    if (isVisible()) {
        saveGeometryNow();
    }
}

void CompactWindow::buildLayout() {
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("compactSource"));
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_source->setFont(small);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    m_in = new QLabel(this);
    m_in->setObjectName(QStringLiteral("compactIncoming"));
    m_out = new QLabel(this);
    m_out->setObjectName(QStringLiteral("compactOutgoing"));
    QFont big = m_in->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_in->setFont(big);
    m_out->setFont(big);
    m_in->setToolTip(tr("Incoming"));
    m_out->setToolTip(tr("Outgoing"));
    auto* rates = new QHBoxLayout;
    rates->addWidget(arrowLabel(QStringLiteral("↓"), MiniChart::incomingColor(), this));
    rates->addWidget(m_in, 1);
    rates->addWidget(arrowLabel(QStringLiteral("↑"), MiniChart::outgoingColor(), this));
    rates->addWidget(m_out, 1);

    m_chart = new MiniChart(this);

    auto* apps = new QGridLayout;
    apps->setColumnStretch(1, 1);
    apps->setVerticalSpacing(2);
    for (int row = 0; row < kTopApplications; ++row) {
        RowWidgets& w = m_rowWidgets[row];
        w.icon = new QLabel(this);
        w.icon->setFixedSize(kIconSize, kIconSize);
        w.name = new QLabel(this);
        w.name->setObjectName(QStringLiteral("compactApplication%1").arg(row));
        w.rate = new QLabel(this);
        w.rate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        apps->addWidget(w.icon, row, 0);
        apps->addWidget(w.name, row, 1);
        apps->addWidget(w.rate, row, 2);
    }
    m_noApplications = new QLabel(tr("No applications yet (live captures only)"), this);
    m_noApplications->setForegroundRole(QPalette::PlaceholderText);
    apps->addWidget(m_noApplications, kTopApplications, 0, 1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_source);
    layout->addLayout(rates);
    layout->addWidget(m_chart, 1);
    layout->addLayout(apps);
    setFixedWidth(kWidth);
}

CompactWindow* CompactWindow::attach(MainWindow* window) {
    auto* compact = new CompactWindow(window->bridge(), window);
    QObject::connect(window, &QObject::destroyed, [compact] { delete compact; });
    auto* action = new QAction(tr("&Compact window"), window);
    action->setObjectName(QStringLiteral("compactWindowAction"));
    action->setCheckable(true);
    action->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    connect(action, &QAction::triggered, compact, &CompactWindow::toggle);
    connect(compact, &CompactWindow::shownChanged, action, &QAction::setChecked);
    window->addAction(action);   // the shortcut works while the main window has focus,
    compact->addAction(action);  // and in the compact window, to go back
    compact->m_toggleAction = action;
    // View menu: after Theme, above the separator before Settings….
    for (QAction* menuAction : window->menuBar()->actions()) {
        if (!menuAction->menu() || menuAction->text() != MainWindow::tr("&View")) {
            continue;
        }
        QMenu* view = menuAction->menu();
        const QList<QAction*> items = view->actions();
        QAction* before = nullptr;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i]->objectName() == QLatin1String("settingsAction")) {
                before = i > 0 && items[i - 1]->isSeparator() ? items[i - 1] : items[i];
            }
        }
        view->insertAction(before, action);  // null: at the end
    }
    return compact;
}

RateUnit CompactWindow::chosenUnit() {
    return settings::overviewUnit.value() == int(RateUnit::Bits) ? RateUnit::Bits : RateUnit::Bytes;
}

void CompactWindow::applySnapshot(const SnapshotPtr& snapshot, bool live) {
    if (!snapshot) {
        return;
    }
    m_unit = chosenUnit();
    m_chart->setUnit(m_unit);
    if (!live) {
        showRates(-1, -1);
        m_apps.clear();
        showApplications();
        return;
    }
    m_chart->addSamples(snapshot->samples, snapshot->tickNs);
    const double seconds =
        snapshot->intervalNs > 0 ? static_cast<double>(snapshot->intervalNs) / 1e9 : 0.0;
    auto perSecond = [seconds](uint64_t bytes) {
        return seconds > 0 ? static_cast<double>(bytes) / seconds : 0.0;
    };
    showRates(perSecond(snapshot->intervalTraffic.bytesIn),
              perSecond(snapshot->intervalTraffic.bytesOut));

    // The busiest now (bytes in this interval), then the largest so far.
    std::vector<const ApplicationStat*> stats;
    const auto& table = snapshot->applications;
    for (const ApplicationStat& stat : snapshot->topApplications) {
        if (table && stat.appId > 0 && stat.appId <= table->size()) {
            stats.push_back(&stat);
        }
    }
    const size_t shown = std::min(stats.size(), size_t(kTopApplications));
    std::partial_sort(stats.begin(), stats.begin() + ptrdiff_t(shown), stats.end(),
                      [](const ApplicationStat* a, const ApplicationStat* b) {
                          if (a->interval.bytes() != b->interval.bytes()) {
                              return a->interval.bytes() > b->interval.bytes();
                          }
                          return a->counters.bytes() > b->counters.bytes();
                      });
    m_apps.clear();
    for (size_t i = 0; i < shown; ++i) {
        const Application& app = (*table)[stats[i]->appId - 1];
        AppRow row;
        row.name = ConnectionModel::applicationText(&app);
        row.iconPath = app.ownerHidden ? QString() : QString::fromStdString(app.path);
        row.tip = applicationToolTip(app);
        row.rate = perSecond(stats[i]->interval.bytes());
        m_apps.append(row);
    }
    showApplications();
}

void CompactWindow::showRates(double in, double out) {
    // Negative: no live rate (no capture, or a file).
    m_in->setText(in < 0 ? QStringLiteral("—") : formatRate(in, m_unit));
    m_out->setText(out < 0 ? QStringLiteral("—") : formatRate(out, m_unit));
}

void CompactWindow::showApplications() {
    for (int row = 0; row < kTopApplications; ++row) {
        RowWidgets& w = m_rowWidgets[row];
        const bool used = row < m_apps.size();
        w.icon->setVisible(used);
        w.name->setVisible(used);
        w.rate->setVisible(used);
        if (!used) {
            continue;
        }
        const AppRow& app = m_apps[row];
        const QIcon icon = m_bridge ? m_bridge->icons()->icon(app.iconPath, kIconSize)
                                    : IconProvider::genericIcon();
        w.icon->setPixmap(icon.pixmap(kIconSize, kIconSize));
        w.name->setText(w.name->fontMetrics().elidedText(app.name, Qt::ElideRight, kNameWidth));
        w.name->setToolTip(app.tip);
        w.rate->setText(formatRate(app.rate, m_unit));
    }
    m_noApplications->setVisible(m_apps.isEmpty());
}

void CompactWindow::onStateChanged() {
    const EngineState state = m_bridge ? m_bridge->state() : EngineState::Idle;
    const bool capturing = state == EngineState::Running || state == EngineState::Paused;
    if (!capturing) {
        m_source->setText(tr("Not capturing"));
        showRates(-1, -1);
        return;
    }
    const bool paused = state == EngineState::Paused;
    if (m_bridge->isLive()) {
        const QString source = isolated(m_bridge->sourceName());  // a path, right to left
        m_source->setText(paused ? tr("Paused on %1").arg(source)
                                 : tr("Capturing on %1").arg(source));
    } else {
        const QString file = QFileInfo(m_bridge->sourceName()).fileName();
        m_source->setText(paused ? tr("Paused reading %1").arg(file) : tr("Reading %1").arg(file));
    }
}

QString CompactWindow::incomingText() const {
    return m_in->text();
}

QString CompactWindow::outgoingText() const {
    return m_out->text();
}

QString CompactWindow::sourceText() const {
    return m_source->text();
}

QStringList CompactWindow::applicationTexts() const {
    QStringList texts;
    for (int row = 0; row < m_apps.size(); ++row) {
        texts << m_apps[row].name + QLatin1Char('\t') + m_rowWidgets[row].rate->text();
    }
    return texts;
}

void CompactWindow::toggle() {
    if (isVisible()) {
        returnToMainWindow();
    } else {
        showCompact();
    }
}

void CompactWindow::showCompact() {
    show();
    raise();
    if (m_mainWindow) {
        m_mainWindow->hide();
    }
}

void CompactWindow::returnToMainWindow() {
    hide();
    if (m_mainWindow) {
        m_mainWindow->setWindowState(m_mainWindow->windowState() & ~Qt::WindowMinimized);
        m_mainWindow->show();
        m_mainWindow->raise();
        m_mainWindow->activateWindow();
    }
}

void CompactWindow::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QFrame::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_moving = false;
    m_pressPos = event->globalPosition().toPoint();
    m_dragOffset = m_pressPos - pos();
    event->accept();
}

void CompactWindow::mouseMoveEvent(QMouseEvent* event) {
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)) {
        QFrame::mouseMoveEvent(event);
        return;
    }
    const QPoint global = event->globalPosition().toPoint();
    if (!m_moving) {
        // Only past the drag distance, so that a double-click is not taken for a drag.
        if ((global - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
            return;
        }
        m_moving = true;
        // The window manager moves it where it can (Wayland allows nothing else).
        if (windowHandle() && windowHandle()->startSystemMove()) {
            m_pressed = false;
            return;
        }
    }
    move(global - m_dragOffset);
    event->accept();
}

void CompactWindow::mouseReleaseEvent(QMouseEvent* event) {
    m_pressed = false;
    m_moving = false;
    QFrame::mouseReleaseEvent(event);
}

void CompactWindow::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        returnToMainWindow();
        event->accept();
        return;
    }
    QFrame::mouseDoubleClickEvent(event);
}

void CompactWindow::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Show the main window"), this, &CompactWindow::returnToMainWindow);
    menu.exec(event->globalPos());
}

void CompactWindow::moveEvent(QMoveEvent* event) {
    QFrame::moveEvent(event);
    if (isVisible()) {
        m_saveTimer->start();
    }
}

void CompactWindow::showEvent(QShowEvent* event) {
    if (!m_placed) {
        // First time: the top-right corner of the screen, clear of panels.
        m_placed = true;
        adjustSize();
        const QScreen* screen =
            m_mainWindow ? m_mainWindow->screen() : QApplication::primaryScreen();
        if (screen) {
            const QRect free = screen->availableGeometry();
            move(free.right() - frameGeometry().width() - 24, free.top() + 48);
        }
    }
    QFrame::showEvent(event);
    emit shownChanged(true);
}

void CompactWindow::hideEvent(QHideEvent* event) {
    QFrame::hideEvent(event);
    m_saveTimer->stop();
    saveGeometryNow();
    emit shownChanged(false);
}

void CompactWindow::saveGeometryNow() {
    settings::compactGeometry.setValue(saveGeometry());
}

}  // namespace flowscope::ui
