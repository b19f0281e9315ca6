#include "ui/settings/history_tab.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaObject>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

#include "core/base/thread_name.h"
#include "core/store/history_reader.h"
#include "ui/core_text.h"
#include "ui/format.h"
#include "ui/history/history_recording.h"
#include "ui/settings/history_settings.h"

namespace flowscope::ui {

namespace {

QSpinBox* daysSpin(QWidget* parent, const char* name, int minimum, int value) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(minimum, 36500);
    spin->setSuffix(HistoryTab::tr(" days"));
    spin->setValue(value);
    return spin;
}

QString minuteText(int64_t minute) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(minute), QLocale::ShortFormat);
}

}  // namespace

QString describeHistoryDatabase(const QString& path) {
    if (path.isEmpty()) {
        return HistoryTab::tr("No database file is known: choose one above.");
    }
    if (!QFileInfo::exists(path)) {
        return HistoryTab::tr(
            "Nothing recorded yet: the file is created by the first recorded "
            "live capture.");
    }
    auto reader = history::HistoryReader::open(QDir::fromNativeSeparators(path).toStdString());
    if (!reader) {
        return localized(reader.error());
    }
    const auto info = reader.value()->info();
    if (!info) {
        return localized(info.error());
    }
    const history::HistoryInfo& held = info.value();
    if (held.firstMinute == 0 && held.lastMinute == 0) {
        return HistoryTab::tr("%1, no traffic recorded yet.").arg(formatBytes(held.fileBytes));
    }
    //: %1 the database's size, %2 and %3 dates and times, %4 a number of connections.
    return HistoryTab::tr("%1, traffic from %2 to %3, %4 connection(s).", nullptr,
                          pluralCount(held.connections))
        .arg(formatBytes(held.fileBytes), minuteText(held.firstMinute),
             minuteText(held.lastMinute + 60), formatCount(held.connections));
}

HistoryTab::HistoryTab(HistoryRecording* recording, QWidget* parent)
    : QWidget(parent), m_recording(recording) {
    setObjectName(QStringLiteral("historyTab"));
    m_pool.setMaxThreadCount(1);
    m_record = new QCheckBox(tr("Record live captures into the history"), this);
    m_record->setObjectName(QStringLiteral("historyRecordCheck"));
    m_record->setChecked(settings::historyRecord.value());
    auto* recordNote = new QLabel(
        tr("Capture files opened for viewing are never recorded. \"Pause Recording\" in the "
           "tray and the Capture menu keeps private moments out."),
        this);
    recordNote->setWordWrap(true);
    recordNote->setEnabled(false);
    auto* when = new QLabel(
        tr("How long things are kept applies to a running capture at once; turning recording on "
           "or off and another database file apply from the next live capture."),
        this);
    when->setObjectName(QStringLiteral("historyWhenLabel"));
    when->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_record);
    layout->addWidget(recordNote);
    layout->addWidget(retentionGroup());
    layout->addWidget(databaseGroup());
    layout->addWidget(when);
    layout->addStretch(1);
    if (auto* dialog = qobject_cast<QDialog*>(parent)) {
        connect(dialog, &QDialog::accepted, this, &HistoryTab::apply);
    }
    refreshInfo();
}

HistoryTab::~HistoryTab() {
    m_pool.waitForDone();
}

QWidget* HistoryTab::retentionGroup() {
    auto* box = new QGroupBox(tr("Keep"), this);
    m_minuteDays = daysSpin(box, "historyMinuteDaysSpin", 1, settings::historyMinuteDays.value());
    m_hourDays = daysSpin(box, "historyHourDaysSpin", 1, settings::historyHourDays.value());
    m_dayDays = daysSpin(box, "historyDayDaysSpin", 0, settings::historyDayDays.value());
    m_dayDays->setSpecialValueText(tr("for ever"));
    m_maxConnections = new QSpinBox(box);
    m_maxConnections->setObjectName(QStringLiteral("historyMaxConnectionsSpin"));
    m_maxConnections->setRange(0, std::numeric_limits<int>::max());
    m_maxConnections->setSingleStep(100'000);
    m_maxConnections->setGroupSeparatorShown(true);
    m_maxConnections->setSuffix(tr(" connections"));
    m_maxConnections->setValue(settings::historyMaxConnections.value());
    m_maxMegabytes = new QSpinBox(box);
    m_maxMegabytes->setObjectName(QStringLiteral("historyMaxMegabytesSpin"));
    m_maxMegabytes->setRange(0, 1024 * 1024);
    m_maxMegabytes->setSingleStep(256);
    m_maxMegabytes->setGroupSeparatorShown(true);
    m_maxMegabytes->setSuffix(tr(" MiB"));
    m_maxMegabytes->setSpecialValueText(tr("no limit"));
    m_maxMegabytes->setValue(settings::historyMaxMegabytes.value());
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Minutes for:"), m_minuteDays);
    form->addRow(tr("Hours for:"), m_hourDays);
    form->addRow(tr("Days for:"), m_dayDays);
    form->addRow(tr("Connections, at most:"), m_maxConnections);
    form->addRow(tr("Size limit:"), m_maxMegabytes);
    auto* note = new QLabel(tr("Older minutes are summed into hours, and hours into days, so "
                               "totals stay exact. Beyond the size limit the oldest rows go "
                               "first: connections, then minutes, hours and days."),
                            box);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
    return box;
}

QWidget* HistoryTab::databaseGroup() {
    auto* box = new QGroupBox(tr("Database"), this);
    const QString defaultPath = settings::defaultHistoryDatabasePath();
    m_database = new QLineEdit(box);
    m_database->setObjectName(QStringLiteral("historyDatabaseEdit"));
    m_database->setAccessibleName(tr("History database file"));
    m_database->setClearButtonEnabled(true);
    m_database->setPlaceholderText(defaultPath);
    m_database->setText(settings::historyDatabase.value());
    auto* browse = new QPushButton(tr("Browse…"), box);
    browse->setObjectName(QStringLiteral("historyBrowseButton"));
    m_default = new QPushButton(tr("Default"), box);
    m_default->setObjectName(QStringLiteral("historyDefaultButton"));
    m_default->setToolTip(tr("Use the default place again"));
    m_info = new QLabel(box);
    m_info->setObjectName(QStringLiteral("historyInfoLabel"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* where = new QLabel(
        tr("The history is one SQLite file on this computer; nothing leaves it. "
           "flowscope-cli report reads the same file. Empty field: the default place, %1.")
            .arg(defaultPath.isEmpty() ? tr("unknown here (no home folder)") : defaultPath),
        box);
    where->setObjectName(QStringLiteral("historyWhereLabel"));
    where->setWordWrap(true);
    where->setEnabled(false);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_database, 1);
    row->addWidget(browse);
    row->addWidget(m_default);
    auto* form = new QFormLayout(box);
    form->addRow(tr("File:"), row);
    form->addRow(tr("Holds now:"), m_info);
    form->addRow(where);
    connect(m_database, &QLineEdit::editingFinished, this, &HistoryTab::refreshInfo);
    connect(m_default, &QPushButton::clicked, this, [this] {
        m_database->clear();
        refreshInfo();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Choose the history database"), databasePath(),
                                         tr("History databases (*.sqlite);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty()) {
            m_database->setText(QDir::toNativeSeparators(file));
            refreshInfo();
        }
    });
    return box;
}

QString HistoryTab::databasePath() const {
    const QString chosen = m_database->text().trimmed();
    return chosen.isEmpty() ? settings::defaultHistoryDatabasePath() : chosen;
}

void HistoryTab::refreshInfo() {
    const QString path = databasePath();
    m_info->setText(tr("Reading…"));
    m_pool.start([this, path] {
        setCurrentThreadName("history-info");
        const QString text = describeHistoryDatabase(path);
        // Queued to the GUI thread; the destructor waits for this task, so `this` is alive.
        QMetaObject::invokeMethod(
            this, [this, path, text] { showInfo(path, text); }, Qt::QueuedConnection);
    });
}

void HistoryTab::showInfo(const QString& path, const QString& text) {
    ++m_infoReads;
    if (path == databasePath()) {  // else a newer read is under way
        m_info->setText(text);
    }
    emit infoRead();
}

void HistoryTab::apply() {
    settings::historyRecord.setValue(m_record->isChecked());
    settings::historyMinuteDays.setValue(m_minuteDays->value());
    settings::historyHourDays.setValue(m_hourDays->value());
    settings::historyDayDays.setValue(m_dayDays->value());
    settings::historyMaxConnections.setValue(m_maxConnections->value());
    settings::historyMaxMegabytes.setValue(m_maxMegabytes->value());
    settings::historyDatabase.setValue(m_database->text().trimmed());
    if (m_recording) {
        m_recording->applyRetention();
    }
}

}  // namespace flowscope::ui
