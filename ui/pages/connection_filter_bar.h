// The filter bar above the connection table: free text, protocol, direction, port, address
// or CIDR, application, country / AS / domain and "only active", combined (AND) on a
// ConnectionProxy. An address that does not parse turns its field red and leaves the previous
// address filter in place. Where one row does not fit (long words: German, Russian), the bar
// takes two, so the window never has to grow wider for it.
#pragma once

#include <QPair>
#include <QString>
#include <QVector>
#include <QWidget>
#include <array>
#include <cstdint>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
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
    void showApplication(uint32_t appId);
    // The application choices (id, name), kept up to date from the snapshots; the chosen one
    // stays chosen.
    void setApplications(const QVector<QPair<uint32_t, QString>>& applications);
    // "US" (a country code), "AS15169" (an AS number), anything else a domain: host names equal
    // to it or ending in ".<domain>". Terms separated by spaces combine.
    void setPlaceText(const QString& text);
    // The bar's last field in Tab order (the Clear button), for what follows the bar.
    QWidget* lastInTabChain() const;

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* protocolCombo() const { return m_protocol; }
    QComboBox* directionCombo() const { return m_direction; }
    QLineEdit* portEdit() const { return m_port; }
    QLineEdit* addressEdit() const { return m_address; }
    QCheckBox* onlyActiveCheck() const { return m_onlyActive; }
    QCheckBox* starredCheck() const { return m_starred; }
    QComboBox* applicationCombo() const { return m_application; }
    QLineEdit* placeEdit() const { return m_place; }
    bool addressInvalid() const { return m_addressInvalid; }
    bool inOneRow() const { return m_oneRow; }

    // The wider of the two rows: the bar never asks for the width of one long row.
    QSize minimumSizeHint() const override;

public slots:
    void clear();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Parts of the constructor: the search field and the protocol and direction choices; the
    // port, address, application and place fields; the row they sit in; their signals, each
    // applied to the proxy (typed text after a short pause).
    void setupChoices();
    void setupFields();
    void layOut();
    void connectFilters();
    void applyText();
    void applyStarred();
    void applyProtocol();
    void applyDirection();
    void applyPort();
    void applyApplication();
    void applyPlace();
    // `final`: editing finished, so an invalid address is marked at once.
    void applyAddress(bool final);
    void setAddressInvalid(bool invalid);
    void resetWidgets();
    // The application, place, check boxes and Clear: at the end of the first row, or on a
    // second row of their own.
    std::array<QWidget*, 5> secondGroup() const;
    int rowWidth(bool first, bool second) const;  // the minimum width of those widgets in a row
    void arrange(bool oneRow);

    ConnectionProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_protocol;
    QComboBox* m_direction;
    QLineEdit* m_port;
    QLineEdit* m_address;
    QComboBox* m_application;
    QLineEdit* m_place;
    QCheckBox* m_onlyActive;
    QCheckBox* m_starred;
    QPushButton* m_clear;
    QTimer* m_textTimer;
    QTimer* m_addressTimer;
    bool m_addressInvalid = false;
    QHBoxLayout* m_firstRow = nullptr;
    QHBoxLayout* m_secondRow = nullptr;
    bool m_oneRow = false;
};

}  // namespace flowscope::ui
