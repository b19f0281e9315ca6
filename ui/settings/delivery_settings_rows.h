// The notification settings that belong to delivery (notification_settings.h): the new-programs
// rule, the sound hint and the webhook URL, as rows at the top of Settings → Notifications.
// They are saved when the dialog is accepted, like the rest of the tab.
#pragma once

#include <QObject>

class QCheckBox;
class QDialog;
class QLabel;
class QLineEdit;

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

private:
    void showUrlProblem();

    QCheckBox* m_newPrograms;
    QCheckBox* m_sound;
    QLineEdit* m_webhook;
    QLabel* m_webhookProblem;
};

}  // namespace flowscope::ui
