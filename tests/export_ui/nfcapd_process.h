// Shared by the GUI exporter tests: a real nfcapd (Debian's nfdump) listening on 127.0.0.1,
// started and waited for the same way by each.
#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QUdpSocket>

namespace flowscope::ui::test {

// A UDP port on 127.0.0.1 that was free a moment ago.
inline quint16 freeUdpPort() {
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

// True once something holds the UDP port (our bind fails).
inline bool udpPortTaken(quint16 port) {
    QUdpSocket socket;
    return !socket.bind(QHostAddress::LocalHost, port);
}

// Starts nfcapd on 127.0.0.1:`port`, writing its files into `flows` (one file per hour, so a
// test's records land in one file, written when nfcapd is stopped). False if it did not start;
// the caller waits for udpPortTaken(port).
inline bool startNfcapd(QProcess& nfcapd, quint16 port, const QString& flows) {
    nfcapd.start(QStringLiteral("nfcapd"),
                 {QStringLiteral("-b"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                  QString::number(port), QStringLiteral("-w"), flows, QStringLiteral("-t"),
                  QStringLiteral("3600")});
    return nfcapd.waitForStarted();
}

}  // namespace flowscope::ui::test
