// The webhook: every delivered alert is POSTed as one JSON object (the body is documented in
// docs/notifications.md) with QNetworkAccessManager, never blocking the GUI thread. A request
// that fails (no answer within the timeout, a network error, an HTTP 5xx status) is tried
// again after each of the retry delays; when the last try fails too, failed() says so once,
// and not again until a post has succeeded (recovered()).
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "core/alerts/alert.h"

class QNetworkAccessManager;

namespace flowscope::ui {

class WebhookSender : public QObject {
    Q_OBJECT
public:
    explicit WebhookSender(QObject* parent = nullptr);

    // The JSON body for one alert; `application` is the program's name or empty.
    static QByteArray body(const flowscope::Alert& alert, const QString& application);

    void post(const QUrl& url, const flowscope::Alert& alert, const QString& application);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // One retry after each delay (default 1 s and 4 s: three tries in all).
    void setRetryDelays(const QList<int>& milliseconds) { m_retryDelaysMs = milliseconds; }
    bool failing() const { return m_failing; }

signals:
    void delivered(const QUrl& url);
    void retrying(const QUrl& url, int attempt, const QString& reason);
    // Once, until the webhook works again: one sentence for the main window's banner.
    void failed(const QString& sentence);
    void recovered();

private:
    void send(const QUrl& url, const QByteArray& body, int attempt);
    void giveUp(const QUrl& url, const QString& reason);

    QNetworkAccessManager* m_network = nullptr;  // created at the first post
    int m_timeoutMs = 5000;
    QList<int> m_retryDelaysMs = {1000, 4000};
    bool m_failing = false;
};

}  // namespace flowscope::ui
