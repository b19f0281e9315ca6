#include "ui/pages/start_page.h"

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
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "core/capture/adapter_stats.h"
#include "core/capture/adapters.h"
#include "core/capture/bpf_filter.h"
#include "core/capture/live_capture.h"
#include "ui/engine_bridge.h"
#include "ui/format.h"
#include "ui/widgets/sparkline.h"

namespace flowscope::ui {

namespace {

enum AdapterColumn { ColAdapter, ColAddresses, ColStatus, ColActivity, AdapterColumns };
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 1;
const char* const kLastAdapterKey = "capture/lastAdapter";
const char* const kRecentKey = "files/recent";
const char* const kFileFilter = "Captures (*.pcap *.pcapng *.cap);;All files (*)";

QString flagsText(const AdapterInfo& a) {
    QStringList flags;
    flags << (a.up ? QObject::tr("up") : QObject::tr("down"));
    if (a.running) {
        flags << QObject::tr("running");
    }
    if (a.loopback) {
        flags << QObject::tr("loopback");
    }
    if (a.wireless) {
        flags << QObject::tr("wireless");
    }
    return flags.join(QStringLiteral(", "));
}

QString addressesText(const AdapterInfo& a) {
    QStringList list;
    for (const AdapterAddress& address : a.addresses) {
        QString text = QString::fromStdString(address.address.toString());
        if (address.prefixLength >= 0) {
            text += QLatin1Char('/') + QString::number(address.prefixLength);
        }
        list << text;
    }
    return list.join(QStringLiteral("\n"));
}

void setTextColor(QLabel* label, const QColor& color) {
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

}  // namespace

StartPage::StartPage(EngineBridge* bridge, QWidget* parent)
    : QWidget(parent),
      m_bridge(bridge),
      m_error(new QLabel(this)),
      m_adapters(new QTreeWidget(this)),
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

    m_error->setObjectName("errorLabel");
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        "QLabel { color: #a61b1b; background: #fdecec; border: 1px solid "
        "#e3a0a0; border-radius: 4px; padding: 8px; }");
    m_error->hide();
    layout->addWidget(m_error);

    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("Capture &filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName("filterEdit");
    m_filter->setPlaceholderText(
        tr("BPF expression, e.g. tcp port 443 or host 10.0.0.1 "
           "(empty: everything)"));
    m_filter->setClearButtonEnabled(true);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);
    m_filterStatus->setObjectName("filterStatus");
    m_filterStatus->setWordWrap(true);
    layout->addWidget(m_filterStatus);

    auto* columns = new QHBoxLayout;
    auto* adapterBox = new QGroupBox(tr("Network adapters"), this);
    auto* adapterLayout = new QVBoxLayout(adapterBox);
    m_adapters->setObjectName("adapterList");
    m_adapters->setColumnCount(AdapterColumns);
    m_adapters->setHeaderLabels({tr("Adapter"), tr("Addresses"), tr("Status"), tr("Activity")});
    m_adapters->setRootIsDecorated(false);
    m_adapters->setUniformRowHeights(false);
    m_adapters->setAlternatingRowColors(true);
    m_adapters->header()->setSectionResizeMode(ColAdapter, QHeaderView::Stretch);
    m_adapters->header()->setSectionResizeMode(ColAddresses, QHeaderView::ResizeToContents);
    m_adapters->header()->setSectionResizeMode(ColStatus, QHeaderView::ResizeToContents);
    m_adapters->header()->setSectionResizeMode(ColActivity, QHeaderView::Fixed);
    m_adapters->header()->setStretchLastSection(false);
    m_adapters->header()->resizeSection(ColActivity, 130);
    adapterLayout->addWidget(m_adapters, 1);

    auto* saveRow = new QHBoxLayout;
    m_save->setObjectName("saveCheck");
    m_savePath->setObjectName("savePath");
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
    columns->addWidget(adapterBox, 3);

    auto* fileBox = new QGroupBox(tr("Capture files"), this);
    auto* fileLayout = new QVBoxLayout(fileBox);
    m_open->setObjectName("openFileButton");
    fileLayout->addWidget(m_open);
    fileLayout->addWidget(new QLabel(tr("Recent files:"), fileBox));
    m_recent->setObjectName("recentFiles");
    fileLayout->addWidget(m_recent, 1);
    columns->addWidget(fileBox, 2);
    layout->addLayout(columns, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &StartPage::validateFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_start->isEnabled()) {
            startLive();
        }
    });
    connect(m_adapters, &QTreeWidget::currentItemChanged, this, &StartPage::updateStartEnabled);
    connect(m_adapters, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem* previous) {
                // The sparkline sits on the row's selection colour: keep it visible.
                for (QTreeWidgetItem* item : {previous, current}) {
                    if (auto* spark = item ? qobject_cast<Sparkline*>(
                                                 m_adapters->itemWidget(item, ColActivity))
                                           : nullptr) {
                        spark->setHighlighted(item == current);
                    }
                }
            });
    connect(m_adapters, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_start->isEnabled()) {
            startLive();
        }
    });
    connect(m_save, &QCheckBox::toggled, this, [this](bool on) {
        m_savePath->setEnabled(on);
        m_savePathButton->setEnabled(on);
    });
    connect(m_savePathButton, &QPushButton::clicked, this, &StartPage::chooseSavePath);
    connect(m_start, &QPushButton::clicked, this, &StartPage::startLive);
    connect(m_open, &QPushButton::clicked, this, &StartPage::chooseFile);
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const QString path = item->data(kPathRole).toString();
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    m_activityTimer->setInterval(1000);
    connect(m_activityTimer, &QTimer::timeout, this, &StartPage::refreshActivity);

    populateAdapters();
    loadRecentFiles();
    validateFilter();
}

QString StartPage::selectedAdapter() const {
    const QTreeWidgetItem* item = m_adapters->currentItem();
    return item ? item->data(ColAdapter, kNameRole).toString() : QString();
}

QString StartPage::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

int StartPage::activitySamples() const {
    int fewest = -1;
    for (auto it = m_sparklines.cbegin(); it != m_sparklines.cend(); ++it) {
        if (m_lastBytes.contains(it.key())) {
            const int count = int(it.value()->values().size());
            fewest = fewest < 0 ? count : std::min(fewest, count);
        }
    }
    return fewest;
}

void StartPage::populateAdapters() {
    m_adapters->clear();
    m_sparklines.clear();
    m_lastBytes.clear();
    auto adapters = listAdapters();
    if (!adapters) {
        showError(QString::fromStdString(adapters.error().message));
        return;
    }
    m_defaultAdapter = QString::fromStdString(defaultAdapterName(*adapters));
    const QString last = QSettings().value(kLastAdapterKey).toString();
    QTreeWidgetItem* preferred = nullptr;
    QTreeWidgetItem* fallback = nullptr;
    for (const AdapterInfo& a : *adapters) {
        const QString name = QString::fromStdString(a.name);
        auto* item = new QTreeWidgetItem(m_adapters);
        QString label = name;
        if (!a.description.empty()) {
            label += QLatin1Char('\n') + QString::fromStdString(a.description);
        }
        item->setText(ColAdapter, label);
        item->setData(ColAdapter, kNameRole, name);
        QFont bold = item->font(ColAdapter);
        bold.setBold(name == m_defaultAdapter);
        item->setFont(ColAdapter, bold);
        item->setText(ColAddresses, addressesText(a));
        item->setText(ColStatus, flagsText(a));
        item->setToolTip(
            ColAdapter, a.description.empty()
                            ? name
                            : name + QStringLiteral(" — ") + QString::fromStdString(a.description));
        auto* spark = new Sparkline(m_adapters);
        spark->setObjectName(QStringLiteral("sparkline_") + name);
        spark->setToolTip(tr("%1 reports no traffic counters").arg(name));
        m_adapters->setItemWidget(item, ColActivity, spark);
        m_sparklines.insert(name, spark);
        if (!last.isEmpty() && name == last) {
            preferred = item;
        }
        if (name == m_defaultAdapter) {
            fallback = item;
        }
    }
    QTreeWidgetItem* current = preferred ? preferred : fallback;
    if (!current && m_adapters->topLevelItemCount() > 0) {
        current = m_adapters->topLevelItem(0);
    }
    m_adapters->setCurrentItem(current);
    refreshActivity();  // the first reading is the baseline for the deltas
}

void StartPage::refreshActivity() {
    auto counters = readAdapterCounters();
    if (!counters) {
        return;  // not available on this system: the sparklines stay flat
    }
    // libpcap's "any" pseudo-adapter captures on all of them: its activity is their sum.
    AdapterCounters any;
    any.name = "any";
    bool hasAny = false;
    for (const AdapterCounters& c : *counters) {
        hasAny |= c.name == any.name;
        any.rxBytes += c.rxBytes;
        any.txBytes += c.txBytes;
    }
    if (!hasAny && m_sparklines.contains(QStringLiteral("any"))) {
        counters->push_back(any);
    }
    for (const AdapterCounters& c : *counters) {
        const QString name = QString::fromStdString(c.name);
        const uint64_t bytes = c.rxBytes + c.txBytes;
        const auto previous = m_lastBytes.constFind(name);
        if (previous == m_lastBytes.cend()) {
            if (Sparkline* spark = m_sparklines.value(name)) {
                spark->setToolTip(tr("Traffic on %1 in the last minute").arg(name));
            }
        } else {
            Sparkline* spark = m_sparklines.value(name);
            if (spark) {
                // Counters may be 32-bit and wrap, or reset when the adapter restarts.
                spark->addValue(bytes >= *previous ? double(bytes - *previous) : 0.0);
            }
        }
        m_lastBytes.insert(name, bytes);
    }
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
            setTextColor(m_filterStatus, QColor(0x1e, 0x8e, 0x3e));
        } else {
            m_filterStatus->setText(QString::fromStdString(status.error().message));
            setTextColor(m_filterStatus, QColor(0xc0, 0x1c, 0x1c));
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
    QSettings().setValue(kLastAdapterKey, adapter);
    emit captureStarted();
}

void StartPage::chooseFile() {
    QSettings settings;
    const QStringList recent = settings.value(kRecentKey).toStringList();
    const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).path();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open capture file"), dir, tr(kFileFilter));
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
    addRecentFile(path);
    emit captureStarted();
}

void StartPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_activityTimer->start();
    if (!m_permissionChecked) {
        m_permissionChecked = true;
        QTimer::singleShot(0, this, &StartPage::checkPermission);
    }
}

void StartPage::hideEvent(QHideEvent* event) {
    m_activityTimer->stop();
    QWidget::hideEvent(event);
}

void StartPage::checkPermission() {
    // The adapter a capture would most likely use; any adapter tells about the permission.
    const QString adapter = m_defaultAdapter.isEmpty() ? selectedAdapter() : m_defaultAdapter;
    if (adapter.isEmpty()) {
        return;
    }
    LiveOptions options;
    options.interface = adapter.toStdString();
    options.bufferSizeBytes = 64 * 1024;  // opened and closed at once: keep it cheap
    options.pollTimeoutMs = 1;
    auto capture = LiveCapture::open(options);
    if (!capture && capture.error().code == ErrorCode::PermissionDenied) {
        showError(QString::fromStdString(capture.error().message) + QLatin1Char('\n') +
                  tr("Capture files can still be opened."));
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
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
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

void StartPage::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentFiles) {
        recent.removeLast();
    }
    settings.setValue(kRecentKey, recent);
    loadRecentFiles();
}

}  // namespace flowscope::ui
