#include "ui/pages/start_page.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/capture/adapter_stats.h"
#include "core/capture/adapters.h"
#include "core/capture/bpf_filter.h"
#include "ui/core_text.h"
#include "ui/engine_bridge.h"
#include "ui/models/adapter_model.h"
#include "ui/pages/permission_probe.h"
#include "ui/pages/recent_files.h"
#include "ui/settings/settings.h"
#include "ui/settings/startup_settings.h"
#include "ui/theme.h"
#include "ui/widgets/sparkline_delegate.h"

namespace flowscope::ui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

void setTextColor(QLabel* label, const QColor& color) {
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

}  // namespace

StartPage::StartPage(EngineBridge* bridge, QWidget* parent)
    : QWidget(parent),
      m_bridge(bridge),
      m_model(new AdapterModel(this)),
      m_probe(new PermissionProbe(this)),
      m_error(new QLabel(this)),
      m_checking(new QLabel(this)),
      m_adapters(new QTreeView(this)),
      m_filter(new QLineEdit(this)),
      m_filterStatus(new QLabel(this)),
      m_save(new QCheckBox(tr("Save the capture to a pcap file"), this)),
      m_savePath(new QLineEdit(this)),
      m_savePathButton(new QPushButton(tr("Choose…"), this)),
      m_start(new QPushButton(tr("Start capture"), this)),
      m_open(new QPushButton(tr("Open capture file…"), this)),
      m_recent(new QListWidget(this)),
      m_activityTimer(new QTimer(this)) {
    setObjectName("startPage");
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(tr("<h2>Watch your network</h2>"
                                "Pick an adapter to capture live, or open a capture file."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    // Until the permission probe answers: neither a warning nor a promise.
    m_checking->setObjectName("permissionChecking");
    m_checking->setText(tr("Checking whether Flowscope may capture on this computer…"));
    setTextColor(m_checking, palette().color(QPalette::PlaceholderText));
    m_checking->hide();
    layout->addWidget(m_checking);

    m_error->setObjectName("errorLabel");
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const StatusColors error = ThemeManager::statusColors(StatusLevel::Error);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid "
                       "%3; border-radius: 4px; padding: 8px; }")
            .arg(error.boxText.name(), error.boxBackground.name(), error.boxBorder.name()));
    m_error->hide();
    layout->addWidget(m_error);

    layout->addWidget(createFilterRow());
    m_filterStatus->setObjectName("filterStatus");
    m_filterStatus->setWordWrap(true);
    layout->addWidget(m_filterStatus);

    auto* columns = new QHBoxLayout;
    columns->addWidget(createAdapterBox(), 3);
    columns->addWidget(createFileBox(), 2);
    layout->addLayout(columns, 1);

    connectSignals();
    m_activityTimer->setInterval(1000);
    populateAdapters();
    loadRecentFiles();
    validateFilter();
}

QWidget* StartPage::createFilterRow() {
    auto* row = new QWidget(this);
    auto* filterRow = new QHBoxLayout(row);
    filterRow->setContentsMargins(0, 0, 0, 0);
    auto* filterLabel = new QLabel(tr("Capture &filter:"), row);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName("filterEdit");
    m_filter->setPlaceholderText(
        tr("BPF expression, e.g. tcp port 443 or host 10.0.0.1 "
           "(empty: everything)"));
    m_filter->setClearButtonEnabled(true);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    setTabOrder(m_filter, m_adapters);  // Tab as the page reads: the filter is above the list
    return row;
}

QGroupBox* StartPage::createAdapterBox() {
    auto* adapterBox = new QGroupBox(tr("Network adapters"), this);
    auto* adapterLayout = new QVBoxLayout(adapterBox);
    m_adapters->setObjectName("adapterList");
    m_adapters->setAccessibleName(tr("Network adapters"));
    m_adapters->setModel(m_model);
    m_adapters->setItemDelegateForColumn(
        AdapterModel::ColActivity,
        new SparklineDelegate(AdapterModel::HistoryRole, AdapterModel::kHistory, m_adapters));
    m_adapters->setRootIsDecorated(false);
    m_adapters->setUniformRowHeights(false);
    m_adapters->setAlternatingRowColors(true);
    m_adapters->setSelectionMode(QAbstractItemView::SingleSelection);
    m_adapters->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView* header = m_adapters->header();
    header->setSectionResizeMode(AdapterModel::ColAdapter, QHeaderView::Stretch);
    header->setSectionResizeMode(AdapterModel::ColAddresses, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AdapterModel::ColStatus, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AdapterModel::ColActivity, QHeaderView::Fixed);
    header->setStretchLastSection(false);
    header->resizeSection(AdapterModel::ColActivity, 130);
    adapterLayout->addWidget(m_adapters, 1);

    auto* saveRow = new QHBoxLayout;
    m_save->setObjectName("saveCheck");
    m_savePath->setObjectName("savePath");
    m_savePath->setAccessibleName(tr("File to save the capture to"));
    m_savePath->setPlaceholderText(tr("capture.pcap"));
    m_savePath->setEnabled(false);
    m_savePathButton->setObjectName("savePathButton");
    m_savePathButton->setEnabled(false);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_savePath, 1);
    saveRow->addWidget(m_savePathButton);
    adapterLayout->addLayout(saveRow);
    auto* startRow = new QHBoxLayout;
    startRow->addStretch(1);
    m_start->setObjectName("startButton");
    m_start->setDefault(true);
    startRow->addWidget(m_start);
    adapterLayout->addLayout(startRow);
    return adapterBox;
}

QGroupBox* StartPage::createFileBox() {
    auto* fileBox = new QGroupBox(tr("Capture files"), this);
    auto* fileLayout = new QVBoxLayout(fileBox);
    m_open->setObjectName("openFileButton");
    fileLayout->addWidget(m_open);
    fileLayout->addWidget(new QLabel(tr("Recent files:"), fileBox));
    m_recent->setObjectName("recentFiles");
    m_recent->setAccessibleName(tr("Recent capture files"));
    fileLayout->addWidget(m_recent, 1);
    return fileBox;
}

void StartPage::connectSignals() {
    const auto startIfEnabled = [this] {
        if (m_start->isEnabled()) {
            startLive();
        }
    };
    connect(m_filter, &QLineEdit::textChanged, this, &StartPage::validateFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, startIfEnabled);
    connect(m_adapters, &QTreeView::doubleClicked, this, startIfEnabled);
    connect(m_save, &QCheckBox::toggled, this, [this](bool on) {
        m_savePath->setEnabled(on);
        m_savePathButton->setEnabled(on);
    });
    connect(m_savePathButton, &QPushButton::clicked, this, &StartPage::chooseSavePath);
    connect(m_start, &QPushButton::clicked, this, &StartPage::startLive);
    connect(m_open, &QPushButton::clicked, this, &StartPage::chooseFile);
    const auto openRecent = [this](QListWidgetItem* item) {
        const QString path = item ? item->data(kPathRole).toString() : QString();
        if (!path.isEmpty()) {
            openFile(path);
        }
    };
    connect(m_recent, &QListWidget::itemClicked, this, openRecent);
    // Keyboard users: Enter on the current file (not itemActivated, which a double click
    // also emits after its click).
    auto* openCurrent = new QAction(m_recent);
    openCurrent->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openCurrent->setShortcutContext(Qt::WidgetShortcut);
    connect(openCurrent, &QAction::triggered, this,
            [this, openRecent] { openRecent(m_recent->currentItem()); });
    m_recent->addAction(openCurrent);
    connect(m_activityTimer, &QTimer::timeout, this, &StartPage::refreshActivity);
    connect(m_probe, &PermissionProbe::finished, this, &StartPage::permissionChecked);
}

QString StartPage::selectedAdapter() const {
    return m_adapters->currentIndex().data(AdapterModel::NameRole).toString();
}

QString StartPage::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

bool StartPage::permissionPending() const {
    return m_probe->isRunning();
}

int StartPage::activitySamples() const {
    return m_model->activitySamples();
}

void StartPage::populateAdapters() {
    auto adapters = listAdapters();
    if (!adapters) {
        m_model->setAdapters({}, QString());
        showError(localized(adapters.error()));
        return;
    }
    const QString defaultName = QString::fromStdString(defaultAdapterName(*adapters));
    m_model->setAdapters(*adapters, defaultName);
    // The adapter of the last capture, else the default one, else the first.
    int row = m_model->rowOf(settings::lastAdapter.value());
    if (row < 0) {
        row = m_model->rowOf(defaultName);
    }
    if (row < 0 && m_model->rowCount() > 0) {
        row = 0;
    }
    if (row >= 0) {
        m_adapters->setCurrentIndex(m_model->index(row, AdapterModel::ColAdapter));
    }
    // Selection changes come from the view's selection model, which setModel() replaced.
    connect(m_adapters->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StartPage::updateStartEnabled, Qt::UniqueConnection);
    refreshActivity();  // the first reading is the baseline for the deltas
}

void StartPage::refreshActivity() {
    auto counters = readAdapterCounters();
    if (counters) {
        m_model->addReading(std::move(*counters));
    }
    // Otherwise not available on this system: the sparklines stay flat.
}

void StartPage::validateFilter() {
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty()) {
        m_filterValid = true;
        m_filterStatus->setText(tr("No filter: every packet is captured."));
        setTextColor(m_filterStatus, palette().color(QPalette::PlaceholderText));
    } else {
        const Status status = BpfFilter::validate(text.toStdString(), 1);
        m_filterValid = status.ok();
        if (m_filterValid) {
            m_filterStatus->setText(tr("valid"));
            setTextColor(m_filterStatus, ThemeManager::statusColor(StatusLevel::Ok));
        } else {
            m_filterStatus->setText(localized(status.error()));
            setTextColor(m_filterStatus, ThemeManager::statusColor(StatusLevel::Error));
        }
    }
    updateStartEnabled();
}

void StartPage::updateStartEnabled() {
    m_start->setEnabled(m_filterValid && !selectedAdapter().isEmpty());
    m_start->setToolTip(m_filterValid ? QString() : tr("Fix the capture filter first"));
}

void StartPage::chooseSavePath() {
    const QString start = m_savePath->text().isEmpty()
                              ? QDir::home().filePath(QStringLiteral("capture.pcap"))
                              : m_savePath->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the capture as"), start,
                                                      tr("pcap files (*.pcap);;All files (*)"));
    if (!path.isEmpty()) {
        m_savePath->setText(path);
    }
}

void StartPage::startLive() {
    const QString adapter = selectedAdapter();
    if (adapter.isEmpty() || !m_filterValid || !m_bridge) {
        return;
    }
    QString writePath;
    if (m_save->isChecked()) {
        if (m_savePath->text().trimmed().isEmpty()) {
            chooseSavePath();
        }
        writePath = m_savePath->text().trimmed();
        if (writePath.isEmpty()) {
            return;  // the user cancelled the file chooser
        }
    }
    const QString error = m_bridge->startLive(adapter, m_filter->text().trimmed(), writePath);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    clearError();
    settings::lastAdapter.setValue(adapter);
    settings::lastFilter.setValue(m_filter->text().trimmed());  // resumed on start, if chosen
    emit captureStarted();
}

void StartPage::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open capture file"), RecentFiles::folder(),
                                     tr("Captures (*.pcap *.pcapng *.cap);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void StartPage::openFile(const QString& path) {
    if (!m_bridge) {
        return;
    }
    const QString filter = m_filterValid ? m_filter->text().trimmed() : QString();
    const QString error = m_bridge->openFile(path, filter);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    clearError();
    RecentFiles::add(path);
    loadRecentFiles();
    emit captureStarted();
}

void StartPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_activityTimer->start();
    if (!m_permissionChecked) {
        m_permissionChecked = true;
        checkPermission();
    }
}

void StartPage::hideEvent(QHideEvent* event) {
    m_activityTimer->stop();
    QWidget::hideEvent(event);
}

void StartPage::checkPermission() {
    // The adapter a capture would most likely use; any adapter tells about the permission.
    const QString defaultName = m_model->defaultAdapter();
    const QString adapter = defaultName.isEmpty() ? selectedAdapter() : defaultName;
    if (adapter.isEmpty()) {
        return;
    }
    m_checking->show();
    m_probe->start(adapter);
}

void StartPage::permissionChecked(const QString& deniedMessage) {
    m_checking->hide();
    if (!deniedMessage.isEmpty()) {
        showError(deniedMessage + QLatin1Char('\n') + tr("Capture files can still be opened."));
    }
}

void StartPage::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void StartPage::clearError() {
    m_error->clear();
    m_error->hide();
}

void StartPage::loadRecentFiles() {
    m_recent->clear();
    const QStringList recent = RecentFiles::list();
    for (const QString& path : recent) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(kPathRole, path);
        item->setToolTip(path);
    }
    if (recent.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Files you open are listed here"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

}  // namespace flowscope::ui
