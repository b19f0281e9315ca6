// Settings → History: record live captures on or off, how long minutes, hours and days are
// kept, how many connections, the size limit, and the database file (Browse…, Default), with
// what that file holds now (read by HistoryReader::info on a worker thread, never on the GUI
// thread) and where it is. Saved by apply() when the dialog is accepted; the retention reaches
// a running recorder at once, the file and on/off the next live capture.
#pragma once

#include <QString>
#include <QThreadPool>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace flowscope::ui {

class HistoryRecording;

class HistoryTab : public QWidget {
    Q_OBJECT
public:
    // Saves on the dialog's accepted() when `parent` is a QDialog; `recording` (may be null)
    // gets the new retention.
    explicit HistoryTab(HistoryRecording* recording, QWidget* parent = nullptr);
    ~HistoryTab() override;  // waits for a read under way

    QCheckBox* recordCheck() const { return m_record; }
    QSpinBox* minuteDaysSpin() const { return m_minuteDays; }
    QSpinBox* hourDaysSpin() const { return m_hourDays; }
    QSpinBox* dayDaysSpin() const { return m_dayDays; }
    QSpinBox* maxConnectionsSpin() const { return m_maxConnections; }
    QSpinBox* maxMegabytesSpin() const { return m_maxMegabytes; }
    QLineEdit* databaseEdit() const { return m_database; }
    QPushButton* defaultButton() const { return m_default; }
    QLabel* infoLabel() const { return m_info; }
    int infoReads() const { return m_infoReads; }  // finished reads (tests)

    // The database the field names (the default place when empty).
    QString databasePath() const;
    // Reads what the database holds, on a worker; infoLabel() follows (infoRead()).
    void refreshInfo();
    void apply();

signals:
    void infoRead();

private:
    QWidget* retentionGroup();
    QWidget* databaseGroup();
    void showInfo(const QString& path, const QString& text);

    HistoryRecording* m_recording;
    QCheckBox* m_record = nullptr;
    QSpinBox* m_minuteDays = nullptr;
    QSpinBox* m_hourDays = nullptr;
    QSpinBox* m_dayDays = nullptr;
    QSpinBox* m_maxConnections = nullptr;
    QSpinBox* m_maxMegabytes = nullptr;
    QLineEdit* m_database = nullptr;
    QPushButton* m_default = nullptr;
    QLabel* m_info = nullptr;
    int m_infoReads = 0;
    QThreadPool m_pool;  // last: destroyed (and waited for) first
};

// What the database at `path` holds, one line for a person ("12.3 MB, from … to …, 1,234
// connections"), or why it cannot be read. Blocking: call it off the GUI thread.
QString describeHistoryDatabase(const QString& path);

}  // namespace flowscope::ui
