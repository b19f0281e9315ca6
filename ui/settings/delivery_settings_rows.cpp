#include "ui/settings/delivery_settings_rows.h"

#include <QCheckBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "core/alerts/alert.h"
#include "ui/models/alert_model.h"
#include "ui/settings/notification_settings.h"
#include "ui/settings/notifications_tab.h"

namespace flowscope::ui {

DeliverySettingsRows::DeliverySettingsRows(NotificationsTab* tab, QDialog* dialog)
    : QObject(tab),
      m_newPrograms(
          new QCheckBox(tr("Tell me when a program uses the network for the first time"), tab)),
      m_sound(new QCheckBox(tr("Play a sound with each notification"), tab)),
      m_webhook(new QLineEdit(tab)),
      m_webhookProblem(new QLabel(tab)),
      m_muteState(new QLabel(tab)),
      m_unmute(new QPushButton(tr("Unmute"), tab)) {
    m_newPrograms->setObjectName(QStringLiteral("notifyNewPrograms"));
    m_newPrograms->setChecked(settings::notifyNewPrograms.value());
    m_sound->setObjectName(QStringLiteral("notifySound"));
    m_sound->setChecked(settings::notifySound.value());
    m_webhook->setObjectName(QStringLiteral("webhookUrl"));
    m_webhook->setAccessibleName(tr("Webhook address"));
    m_webhook->setText(settings::webhookUrl.value());
    m_webhook->setPlaceholderText(tr("https://example.org/hook (optional)"));
    m_webhook->setToolTip(
        tr("Each notification is also sent to this address as a JSON POST "
           "(docs/notifications.md describes the body)."));
    m_webhookProblem->setObjectName(QStringLiteral("webhookProblem"));
    m_webhookProblem->setWordWrap(true);
    m_webhookProblem->hide();

    auto* webhookBox = new QWidget(tab);
    auto* webhookLayout = new QVBoxLayout(webhookBox);
    webhookLayout->setContentsMargins(0, 0, 0, 0);
    webhookLayout->addWidget(m_webhook);
    webhookLayout->addWidget(m_webhookProblem);

    tab->addGeneralRow(tr("New programs:"), m_newPrograms);
    tab->addGeneralRow(tr("Sound:"), m_sound);
    tab->addGeneralRow(tr("Webhook:"), webhookBox);

    m_muteState->setObjectName(QStringLiteral("muteState"));
    m_muteState->setWordWrap(true);
    m_unmute->setObjectName(QStringLiteral("unmuteButton"));
    auto* muteBox = new QWidget(tab);
    auto* muteLayout = new QHBoxLayout(muteBox);
    muteLayout->setContentsMargins(0, 0, 0, 0);
    muteLayout->addWidget(m_muteState, 1);
    muteLayout->addWidget(m_unmute);
    tab->addGeneralRow(tr("Muted:"), muteBox);
    showMuteState();
    // At once, not on OK: muting also happens at once (tray, a notification's button).
    connect(m_unmute, &QPushButton::clicked, this, [this] {
        notifications::unmute();
        settings::mutedRules.reset();
        showMuteState();
    });
    connect(m_webhook, &QLineEdit::textChanged, this, &DeliverySettingsRows::showUrlProblem);
    if (dialog) {
        connect(dialog, &QDialog::accepted, this, &DeliverySettingsRows::save);
    }
}

QString DeliverySettingsRows::checkWebhookUrl(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return tr(
            "This is not an http:// or https:// address; notifications will not be sent "
            "to it.");
    }
    return {};
}

QString DeliverySettingsRows::muteText(const QDateTime& now) {
    QStringList parts;
    if (notifications::isMuted(now)) {
        parts << tr("All notifications until %1.")
                     .arg(QLocale().toString(notifications::mutedUntil().toLocalTime(),
                                             QLocale::ShortFormat));
    }
    QStringList rules;
    for (const QString& name : settings::mutedRules.value()) {
        QString title = name;  // a rule this version does not know keeps its stored name
        for (int r = 0; r <= int(AlertRule::CaptureTrouble); ++r) {
            if (name == QLatin1String(alertRuleName(AlertRule(r)))) {
                title = AlertModel::ruleTitle(AlertRule(r));
            }
        }
        rules << title;
    }
    if (!rules.isEmpty()) {
        parts << tr("These rules: %1.").arg(rules.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? tr("Nothing is muted.") : parts.join(QLatin1Char(' '));
}

void DeliverySettingsRows::showMuteState() {
    const QString text = muteText(QDateTime::currentDateTimeUtc());
    m_muteState->setText(text);
    m_unmute->setEnabled(text != tr("Nothing is muted."));
}

void DeliverySettingsRows::showUrlProblem() {
    const QString problem = checkWebhookUrl(m_webhook->text());
    m_webhookProblem->setText(problem);
    m_webhookProblem->setVisible(!problem.isEmpty());
}

void DeliverySettingsRows::save() {
    settings::notifyNewPrograms.setValue(m_newPrograms->isChecked());
    settings::notifySound.setValue(m_sound->isChecked());
    settings::webhookUrl.setValue(m_webhook->text().trimmed());
}

}  // namespace flowscope::ui
