#include "ui/alerts/webhook_sender.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace flowscope::ui {

WebhookSender::WebhookSender(QObject* parent) : QObject(parent) {}

QByteArray WebhookSender::body(const Alert& alert, const QString& application) {
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(alert.timeNs / 1'000'000, Qt::UTC);
    QJsonObject object;
    object.insert(QStringLiteral("rule"), QString::fromLatin1(alertRuleName(alert.rule)));
    object.insert(QStringLiteral("subject"), QString::fromStdString(alert.subject));
    object.insert(QStringLiteral("title"), QString::fromStdString(alert.title));
    object.insert(QStringLiteral("body"), QString::fromStdString(alert.body));
    object.insert(QStringLiteral("count"), qint64(alert.count));
    object.insert(QStringLiteral("time"), time.toString(Qt::ISODateWithMs));
    object.insert(
        QStringLiteral("address"),
        alert.address.isNone() ? QString() : QString::fromStdString(alert.address.toString()));
    object.insert(QStringLiteral("application"), application);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void WebhookSender::post(const QUrl& url, const Alert& alert, const QString& application) {
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        giveUp(url, tr("it is not an http:// or https:// address"));
        return;
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    send(url, body(alert, application), 0);
}

void WebhookSender::send(const QUrl& url, const QByteArray& body, int attempt) {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Flowscope"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, body, attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            emit delivered(url);
            if (m_failing) {
                m_failing = false;
                emit recovered();
            }
            return;
        }
        QString reason = status > 0 ? tr("HTTP status %1").arg(status) : reply->errorString();
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            reason = tr("no answer within %1 s").arg(QLocale().toString(m_timeoutMs / 1000.0));
        }
        // A 4xx status says the request itself is wrong: trying again would not help.
        const bool retry = (status < 400 || status >= 500) && attempt < m_retryDelaysMs.size();
        if (!retry) {
            giveUp(url, reason);
            return;
        }
        emit retrying(url, attempt + 1, reason);
        QTimer::singleShot(m_retryDelaysMs[attempt], this,
                           [this, url, body, attempt] { send(url, body, attempt + 1); });
    });
}

void WebhookSender::giveUp(const QUrl& url, const QString& reason) {
    if (m_failing) {
        return;  // said once already
    }
    m_failing = true;
    emit failed(tr("The notification webhook %1 failed (%2); alerts are still listed on the "
                   "Notifications page. Check the address in Settings.")
                    .arg(url.toDisplayString(QUrl::RemoveUserInfo), reason));
}

}  // namespace flowscope::ui
