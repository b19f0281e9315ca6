// Settings → Startup: "Start Flowscope when I log in" writes or removes the login entry at
// once (Autostart; a failure shows its sentence below and the box goes back), and "Resume the
// last live capture when Flowscope starts" (settings::resumeLastCapture) is saved when the
// dialog it sits in is accepted (at once when it is not in a dialog).
#pragma once

#include <QGroupBox>
#include <QString>

class QCheckBox;
class QLabel;

namespace flowscope::ui {

class StartupSettingsGroup : public QGroupBox {
    Q_OBJECT
public:
    explicit StartupSettingsGroup(QWidget* parent = nullptr);

    // The program the login entry starts: this one (the AppImage file when run from one).
    static QString defaultProgram();
    void setProgram(const QString& program) { m_program = program; }

    QCheckBox* loginCheck() const { return m_login; }
    QCheckBox* resumeCheck() const { return m_resume; }
    QString errorText() const;

    void apply();  // saves the resume choice

private:
    void setLoginEntry(bool on);

    QString m_program;
    QCheckBox* m_login;
    QCheckBox* m_resume;
    QLabel* m_error;
};

}  // namespace flowscope::ui
