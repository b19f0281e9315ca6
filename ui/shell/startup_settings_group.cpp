#include "ui/shell/startup_settings_group.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "ui/settings/startup_settings.h"
#include "ui/shell/autostart.h"
#include "ui/theme.h"

namespace flowscope::ui {

StartupSettingsGroup::StartupSettingsGroup(QWidget* parent)
    : QGroupBox(tr("Startup"), parent),
      m_program(defaultProgram()),
      m_login(new QCheckBox(tr("Start Flowscope when I log in"), this)),
      m_resume(new QCheckBox(tr("Resume the last live capture when Flowscope starts"), this)),
      m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("startupGroup"));
    m_login->setObjectName(QStringLiteral("startOnLoginCheck"));
    m_login->setToolTip(tr("Starts Flowscope in the tray, without its window, when you log in."));
    m_login->setChecked(Autostart::isEnabled());
    m_resume->setObjectName(QStringLiteral("resumeCaptureCheck"));
    m_resume->setToolTip(
        tr("When Flowscope starts without a capture file or adapter, it captures again on the "
           "adapter, and with the filter, of the last live capture."));
    m_resume->setChecked(settings::resumeLastCapture.value());
    m_error->setObjectName(QStringLiteral("startupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1;").arg(ThemeManager::statusColor(StatusLevel::Error).name()));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_login);
    layout->addWidget(m_error);
    layout->addWidget(m_resume);
    connect(m_login, &QCheckBox::toggled, this, &StartupSettingsGroup::setLoginEntry);
    if (auto* dialog = qobject_cast<QDialog*>(parent)) {
        connect(dialog, &QDialog::accepted, this, &StartupSettingsGroup::apply);
    } else {
        connect(m_resume, &QCheckBox::toggled, this, &StartupSettingsGroup::apply);
    }
}

QString StartupSettingsGroup::defaultProgram() {
    // An AppImage runs from a temporary mount; the login entry must start the file itself.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

QString StartupSettingsGroup::errorText() const {
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void StartupSettingsGroup::apply() {
    settings::resumeLastCapture.setValue(m_resume->isChecked());
}

void StartupSettingsGroup::setLoginEntry(bool on) {
    const QString error = on ? Autostart::enable(m_program) : Autostart::disable();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        const QSignalBlocker blocker(m_login);
        m_login->setChecked(Autostart::isEnabled());  // what is true now
    }
}

}  // namespace flowscope::ui
