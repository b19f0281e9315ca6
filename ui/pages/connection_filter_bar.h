// The filter bar above the connection table: free text, protocol, direction, port, address
// or CIDR and "only active", combined (AND) on a ConnectionProxy. An address that does not
// parse turns its field red and leaves the previous address filter in place.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace flowscope::ui {

class ConnectionProxy;

class ConnectionFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionFilterBar(ConnectionProxy* proxy, QWidget* parent = nullptr);

    // Replace every filter by one address (or CIDR) / one service.
    void showAddress(const QString& addressOrCidr);
    void showService(int ipProtocol, int port);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* protocolCombo() const { return m_protocol; }
    QComboBox* directionCombo() const { return m_direction; }
    QLineEdit* portEdit() const { return m_port; }
    QLineEdit* addressEdit() const { return m_address; }
    QCheckBox* onlyActiveCheck() const { return m_onlyActive; }
    bool addressInvalid() const { return m_addressInvalid; }

public slots:
    void clear();

private:
    void applyText();
    void applyProtocol();
    void applyDirection();
    void applyPort();
    // `final`: editing finished, so an invalid address is marked at once.
    void applyAddress(bool final);
    void setAddressInvalid(bool invalid);
    void resetWidgets();

    ConnectionProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_protocol;
    QComboBox* m_direction;
    QLineEdit* m_port;
    QLineEdit* m_address;
    QCheckBox* m_onlyActive;
    QPushButton* m_clear;
    QTimer* m_textTimer;
    QTimer* m_addressTimer;
    bool m_addressInvalid = false;
};

}  // namespace flowscope::ui
