#include "ui/pages/connection_filter_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>
#include <vector>

#include "ui/format.h"
#include "ui/models/connection_proxy.h"
#include "ui/pages/inspect_favorites.h"
#include "ui/settings/favorites_store.h"
#include "ui/theme.h"

namespace flowscope::ui {

namespace {

constexpr int kTextDelayMs = 200;     // typing in the search field
constexpr int kAddressDelayMs = 700;  // before a half-typed address is marked red

}  // namespace

ConnectionFilterBar::ConnectionFilterBar(ConnectionProxy* proxy, QWidget* parent)
    : QWidget(parent),
      m_proxy(proxy),
      m_search(new QLineEdit(this)),
      m_protocol(new QComboBox(this)),
      m_direction(new QComboBox(this)),
      m_port(new QLineEdit(this)),
      m_address(new QLineEdit(this)),
      m_application(new QComboBox(this)),
      m_place(new QLineEdit(this)),
      m_onlyActive(new QCheckBox(tr("Only active"), this)),
      m_starred(new QCheckBox(tr("Starred only"), this)),
      m_clear(new QPushButton(tr("Clear"), this)),
      m_textTimer(new QTimer(this)),
      m_addressTimer(new QTimer(this)) {
    setupChoices();
    setupFields();
    layOut();
    connectFilters();
}

void ConnectionFilterBar::setupChoices() {
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search connections"));
    m_search->setAccessibleName(tr("Search connections"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);

    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_protocol->addItem(tr("Any protocol"), -1);
    for (int p : {6, 17, 1, 58}) {
        m_protocol->addItem(protocolText(uint8_t(p)), p);
    }

    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItem(tr("Any direction"), int(DirectionFilter::Any));
    m_direction->addItem(tr("Mostly outgoing"), int(DirectionFilter::OutboundOnly));
    m_direction->addItem(tr("Mostly incoming"), int(DirectionFilter::InboundOnly));
}

void ConnectionFilterBar::setupFields() {
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setPlaceholderText(tr("Port"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setValidator(new QIntValidator(0, 65535, m_port));
    m_port->setClearButtonEnabled(true);
    m_port->setMaximumWidth(90);
    m_port->setMinimumWidth(70);  // "Port" and the clear button stay readable in a full bar

    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("Address or CIDR"));
    m_address->setAccessibleName(tr("Address or CIDR"));
    m_address->setClearButtonEnabled(true);
    m_address->setMinimumWidth(160);
    m_address->setToolTip(tr("An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)"));

    m_application->setObjectName(QStringLiteral("applicationCombo"));
    m_application->setAccessibleName(tr("Application"));
    m_application->addItem(tr("Any application"), 0u);
    m_application->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("Country, AS or domain"));
    m_place->setAccessibleName(tr("Country, AS or domain"));
    m_place->setClearButtonEnabled(true);
    m_place->setMinimumWidth(140);
    m_place->setToolTip(
        tr("A country code (US), an AS number (AS15169) or a domain (google.com matches "
           "www.google.com); several separated by spaces all apply"));

    m_onlyActive->setObjectName(QStringLiteral("onlyActiveCheck"));
    m_onlyActive->setToolTip(tr("Only connections with traffic during the last interval"));
    m_starred->setObjectName(QStringLiteral("starredOnlyCheck"));
    m_starred->setToolTip(tr("Only connections with a starred host, service or application"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
}

void ConnectionFilterBar::layOut() {
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    m_firstRow = new QHBoxLayout;
    m_secondRow = new QHBoxLayout;
    rows->addLayout(m_firstRow);
    rows->addLayout(m_secondRow);
    m_firstRow->addWidget(m_search, 3);
    m_firstRow->addWidget(m_protocol);
    m_firstRow->addWidget(m_direction);
    m_firstRow->addWidget(m_port);
    m_firstRow->addWidget(m_address, 2);
    for (QWidget* w : secondGroup()) {
        m_firstRow->addWidget(w, w == m_place ? 2 : 0);
    }
    m_oneRow = true;
}

std::array<QWidget*, 5> ConnectionFilterBar::secondGroup() const {
    return {m_application, m_place, m_onlyActive, m_starred, m_clear};
}

int ConnectionFilterBar::rowWidth(bool first, bool second) const {
    std::vector<QWidget*> widgets;
    if (first) {
        widgets = {m_search, m_protocol, m_direction, m_port, m_address};
    }
    if (second) {
        for (QWidget* w : secondGroup()) {
            widgets.push_back(w);
        }
    }
    int spacing = m_firstRow->spacing();
    if (spacing < 0) {
        spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    }
    int width = spacing * int(widgets.size() - 1);
    for (QWidget* w : widgets) {
        // As the row's layout measures it (minimum size hint, size policy, minimum width).
        const QHBoxLayout* row = m_firstRow->indexOf(w) >= 0 ? m_firstRow : m_secondRow;
        width += row->itemAt(row->indexOf(w))->minimumSize().width();
    }
    return width;
}

QSize ConnectionFilterBar::minimumSizeHint() const {
    return {std::max(rowWidth(true, false), rowWidth(false, true)),
            QWidget::minimumSizeHint().height()};
}

void ConnectionFilterBar::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(width() >= rowWidth(true, true));
}

void ConnectionFilterBar::arrange(bool oneRow) {
    if (oneRow == m_oneRow) {
        return;
    }
    m_oneRow = oneRow;
    QHBoxLayout* from = oneRow ? m_secondRow : m_firstRow;
    QHBoxLayout* to = oneRow ? m_firstRow : m_secondRow;
    for (QWidget* w : secondGroup()) {
        from->removeWidget(w);
        to->addWidget(w, w == m_place ? 2 : 0);
    }
    layout()->invalidate();  // the rows' layout too, so that the new height is known at once
    updateGeometry();
}

void ConnectionFilterBar::connectFilters() {
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(kTextDelayMs);
    m_addressTimer->setSingleShot(true);
    m_addressTimer->setInterval(kAddressDelayMs);

    connect(m_search, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_textTimer, &QTimer::timeout, this, &ConnectionFilterBar::applyText);
    connect(m_search, &QLineEdit::returnPressed, this, &ConnectionFilterBar::applyText);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ConnectionFilterBar::applyProtocol);
    connect(m_direction, &QComboBox::currentIndexChanged, this,
            &ConnectionFilterBar::applyDirection);
    connect(m_port, &QLineEdit::textChanged, this, &ConnectionFilterBar::applyPort);
    connect(m_address, &QLineEdit::textChanged, this, [this] { applyAddress(false); });
    connect(m_address, &QLineEdit::editingFinished, this, [this] { applyAddress(true); });
    connect(m_addressTimer, &QTimer::timeout, this, [this] { applyAddress(true); });
    connect(m_application, &QComboBox::currentIndexChanged, this,
            &ConnectionFilterBar::applyApplication);
    connect(m_place, &QLineEdit::textChanged, this, &ConnectionFilterBar::applyPlace);
    connect(m_onlyActive, &QCheckBox::toggled, m_proxy, &ConnectionProxy::setOnlyActive);
    connect(m_starred, &QCheckBox::toggled, this, &ConnectionFilterBar::applyStarred);
    // A star given or taken away while the filter is on changes what it shows at once.
    connect(FavoritesStore::shared(), &FavoritesStore::changed, this, [this] {
        if (m_starred->isChecked()) {
            applyStarred();
        }
    });
    connect(m_clear, &QPushButton::clicked, this, &ConnectionFilterBar::clear);
}

void ConnectionFilterBar::applyStarred() {
    m_proxy->setStarredFilter(m_starred->isChecked() ? std::make_shared<const StarredSet>(
                                                           starredSet(*FavoritesStore::shared()))
                                                     : nullptr);
}

void ConnectionFilterBar::applyText() {
    m_textTimer->stop();
    m_proxy->setTextFilter(m_search->text().trimmed());
}

void ConnectionFilterBar::applyProtocol() {
    m_proxy->setProtocolFilter(m_protocol->currentData().toInt());
}

void ConnectionFilterBar::applyDirection() {
    m_proxy->setDirectionFilter(DirectionFilter(m_direction->currentData().toInt()));
}

void ConnectionFilterBar::applyPort() {
    const QString text = m_port->text().trimmed();
    bool ok = false;
    const int port = text.toInt(&ok);
    m_proxy->setPortFilter(ok ? port : -1);
}

void ConnectionFilterBar::applyApplication() {
    m_proxy->setApplicationFilter(m_application->currentData().toUInt());
}

void ConnectionFilterBar::applyPlace() {
    QString country;
    uint32_t asNumber = 0;
    QString domain;
    const QStringList terms = m_place->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& term : terms) {
        bool ok = false;
        const uint32_t number =
            term.startsWith(QLatin1String("as"), Qt::CaseInsensitive) ? term.mid(2).toUInt(&ok) : 0;
        if (ok && number > 0) {
            asNumber = number;
        } else if (term.size() == 2 && term[0].isLetter() && term[1].isLetter()) {
            country = term;
        } else {
            domain = term;
        }
    }
    m_proxy->setCountryFilter(country);
    m_proxy->setAsFilter(asNumber);
    m_proxy->setDomainFilter(domain);
}

void ConnectionFilterBar::setPlaceText(const QString& text) {
    m_place->setText(text);
}

void ConnectionFilterBar::setApplications(const QVector<QPair<uint32_t, QString>>& apps) {
    const uint32_t current = m_application->currentData().toUInt();
    const QSignalBlocker blocker(m_application);
    bool same = m_application->count() == apps.size() + 1;
    for (qsizetype i = 0; same && i < apps.size(); ++i) {
        same = m_application->itemData(int(i) + 1).toUInt() == apps[i].first &&
               m_application->itemText(int(i) + 1) == apps[i].second;
    }
    if (same) {
        return;
    }
    while (m_application->count() > 1) {
        m_application->removeItem(1);
    }
    for (const auto& app : apps) {
        m_application->addItem(app.second, app.first);
    }
    const int index = m_application->findData(current);
    if (index >= 0) {
        m_application->setCurrentIndex(index);
    } else {
        // Keep a chosen application that is not listed (yet): the filter stays in force.
        m_application->addItem(tr("Application %1").arg(current), current);
        m_application->setCurrentIndex(m_application->count() - 1);
    }
}

void ConnectionFilterBar::showApplication(uint32_t appId) {
    clear();
    int index = m_application->findData(appId);
    if (index < 0) {
        m_application->addItem(tr("Application %1").arg(appId), appId);
        index = m_application->count() - 1;
    }
    m_application->setCurrentIndex(index);
}

void ConnectionFilterBar::applyAddress(bool final) {
    const QString text = m_address->text().trimmed();
    if (m_proxy->setAddressFilter(text)) {
        m_addressTimer->stop();
        setAddressInvalid(false);
    } else if (final) {
        m_addressTimer->stop();
        setAddressInvalid(true);
    } else {
        m_addressTimer->start();  // still typing, perhaps
    }
}

void ConnectionFilterBar::setAddressInvalid(bool invalid) {
    if (invalid == m_addressInvalid) {
        return;
    }
    m_addressInvalid = invalid;
    m_address->setProperty("invalid", invalid);
    if (invalid) {
        const StatusColors colors = ThemeManager::statusColors(StatusLevel::Error);
        m_address->setStyleSheet(QStringLiteral("QLineEdit { background-color: %1; color: %2; }")
                                     .arg(colors.boxBackground.name(), colors.boxText.name()));
        m_address->setToolTip(tr("Not an address or network; the previous filter still applies"));
    } else {
        m_address->setStyleSheet(QString());
        m_address->setToolTip(tr("An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)"));
    }
}

void ConnectionFilterBar::resetWidgets() {
    const QSignalBlocker b1(m_search);
    const QSignalBlocker b2(m_protocol);
    const QSignalBlocker b3(m_direction);
    const QSignalBlocker b4(m_port);
    const QSignalBlocker b5(m_address);
    const QSignalBlocker b6(m_onlyActive);
    const QSignalBlocker b7(m_application);
    const QSignalBlocker b8(m_place);
    const QSignalBlocker b9(m_starred);
    m_application->setCurrentIndex(0);
    m_place->clear();
    m_textTimer->stop();
    m_addressTimer->stop();
    m_search->clear();
    m_protocol->setCurrentIndex(0);
    m_direction->setCurrentIndex(0);
    m_port->clear();
    m_address->clear();
    m_onlyActive->setChecked(false);
    m_starred->setChecked(false);
    setAddressInvalid(false);
}

void ConnectionFilterBar::clear() {
    resetWidgets();
    m_proxy->clearFilters();
}

void ConnectionFilterBar::showAddress(const QString& addressOrCidr) {
    clear();
    m_address->setText(addressOrCidr);
    applyAddress(true);
}

void ConnectionFilterBar::showService(int ipProtocol, int port) {
    clear();
    int index = m_protocol->findData(ipProtocol);
    if (index < 0 && ipProtocol >= 0) {
        m_protocol->addItem(protocolText(uint8_t(ipProtocol)), ipProtocol);
        index = m_protocol->count() - 1;
    }
    m_protocol->setCurrentIndex(index < 0 ? 0 : index);
    if (port > 0) {
        m_port->setText(QString::number(port));
    }
}

QWidget* ConnectionFilterBar::lastInTabChain() const {
    return m_clear;
}

}  // namespace flowscope::ui
