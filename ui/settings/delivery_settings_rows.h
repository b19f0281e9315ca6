// The notification settings that belong to delivery (notification_settings.h): the new-programs
// rule, the sound hint and the webhook URL, as rows at the top of Settings → Notifications.
// They are saved when the dialog is accepted, like the rest of the tab.
#pragma once

#include <QDateTime>
#include <QObject>

class QCheckBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;

namespace flowscope::ui {

class NotificationsTab;

class DeliverySettingsRows : public QObject {
    Q_OBJECT
public:
    // Adds the rows to `tab`; saves on `dialog`'s accepted().
    DeliverySettingsRows(NotificationsTab* tab, QDialog* dialog);

    // "" when the URL field is empty or an http(s) URL with a host, else one sentence.
    static QString checkWebhookUrl(const QString& text);

    void save();
    // "Nothing is muted." or what is: until when, which rules (the Unmute button ends both).
    static QString muteText(const QDateTime& now);

private:
    void showUrlProblem();
    void showMuteState();

    QCheckBox* m_newPrograms;
    QCheckBox* m_sound;
    QLineEdit* m_webhook;
    QLabel* m_webhookProblem;
    QLabel* m_muteState;
    QPushButton* m_unmute;
};

}  // namespace flowscope::ui
