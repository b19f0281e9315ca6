#include "ui/pages/connection_details.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <optional>

#include "core/enrich/geo_flow_annotation.h"
#include "core/enrich/service_table.h"
#include "ui/app_style.h"
#include "ui/format.h"
#include "ui/models/connection_model.h"

namespace flowscope::ui {

namespace {

enum FieldIndex {
    FProtocol,
    FLocal,
    FRemote,
    FService,
    FBytesIn,
    FBytesOut,
    FPacketsIn,
    FPacketsOut,
    FRateIn,
    FRateOut,
    FFirstSeen,
    FLastSeen,
    FTcpFlags,
    FFlowId,
    FApplication,
    FPath,
    FPids,
    FCommandLine,
    FUser,
    FHostName,
    FNameSource,
    FCountry,
    FAs,
    FAddressKind,
    FServiceName,
    FieldCount
};

constexpr int kFieldsPerColumn = 9;
const QString kNoValue = QStringLiteral("—");

// The built-in service names, parsed on the first selection (not at start-up).
const ServiceTable* services() {
    static const std::optional<ServiceTable> table = []() -> std::optional<ServiceTable> {
        Result<ServiceTable> loaded = ServiceTable::loadEmbedded();
        if (!loaded) {
            return std::nullopt;
        }
        return std::move(loaded.value());
    }();
    return table ? &*table : nullptr;
}

constexpr int kMaxValueWidth = 300;  // pixels

QString fullText(const QLabel* label) {
    const QVariant full = label->property("fullText");
    return full.isValid() ? full.toString() : label->text();
}

QString bytesText(uint64_t bytes) {
    //: "184 kB (184,434 bytes)": %1 the rounded size, %2 the exact number of bytes.
    return QCoreApplication::translate("flowscope::ui::ConnectionDetails", "%1 (%2 byte(s))",
                                       nullptr, pluralCount(bytes))
        .arg(formatBytes(bytes), formatCount(bytes));
}

}  // namespace

ConnectionDetails::ConnectionDetails(ConnectionModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_title(new QLabel(this)),
      m_note(new QLabel(this)),
      m_copyAll(new QPushButton(tr("Copy all"), this)),
      m_grid(new QWidget(this)) {
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_note->setObjectName(QStringLiteral("detailsNote"));
    m_note->setEnabled(false);
    m_copyAll->setObjectName(QStringLiteral("copyAllButton"));
    m_copyAll->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyAll->setToolTip(tr("Copy every field, one per line"));
    connect(m_copyAll, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(allText()); });

    auto* grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    const QStringList names = {
        tr("Protocol"),    tr("Local"),        tr("Remote"),      tr("Service port"),
        tr("Bytes in"),    tr("Bytes out"),    tr("Packets in"),  tr("Packets out"),
        tr("Rate in"),     tr("Rate out"),     tr("First seen"),  tr("Last seen"),
        tr("TCP flags"),   tr("Flow id"),      tr("Application"), tr("Path"),
        tr("PIDs"),        tr("Command line"), tr("User"),        tr("Host name"),
        tr("Name source"), tr("Country"),      tr("AS"),          tr("Address kind"),
        tr("Service")};
    for (const QString& name : names) {
        addField(name);
    }
    for (int group = 0; group < 3; ++group) {
        grid->setColumnStretch(group * 4 + 3, 1);  // the gap after each group of fields
        grid->setColumnMinimumWidth(group * 4 + 3, 16);
    }

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_note);
    header->addWidget(m_copyAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_grid);
    layout->addStretch(1);
    showEmpty();
}

void ConnectionDetails::addField(const QString& name) {
    auto* grid = static_cast<QGridLayout*>(m_grid->layout());
    const int index = int(m_fields.size());
    const int row = index % kFieldsPerColumn;
    const int column = (index / kFieldsPerColumn) * 4;  // label, value, button, spacer
    auto* label = new QLabel(name + QLatin1Char(':'), m_grid);
    label->setEnabled(false);  // muted
    auto* value = new QLabel(m_grid);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setObjectName(QStringLiteral("details_") + QString::number(index));
    auto* copy = new QToolButton(m_grid);
    copy->setAutoRaise(true);
    const QIcon icon = QIcon::fromTheme(QStringLiteral("edit-copy"));
    if (icon.isNull()) {
        copy->setText(tr("Copy"));  // no icon theme (bare X server)
    } else {
        copy->setIcon(icon);
    }
    copy->setToolTip(tr("Copy %1").arg(name.toLower()));
    copy->setAccessibleName(copy->toolTip());  // the icon alone says nothing to a screen reader
    connect(copy, &QToolButton::clicked, this,
            [value] { QApplication::clipboard()->setText(fullText(value)); });
    grid->addWidget(label, row, column);
    grid->addWidget(value, row, column + 1);
    grid->addWidget(copy, row, column + 2);
    m_fields.push_back(Field{name, value});
}

void ConnectionDetails::setValue(int field, const QString& text) {
    QLabel* label = m_fields[field].value;
    if (fullText(label) == text) {
        return;
    }
    // Long values (paths, command lines) are shortened in the middle; the tooltip, the copy
    // buttons and value() have them whole.
    label->setProperty("fullText", text);
    // Right to left, each value is an isolate: a path's slashes, an address's colons and a
    // command line's dashes keep their places.
    const QString shown = label->fontMetrics().elidedText(text, Qt::ElideMiddle, kMaxValueWidth);
    label->setText(isolated(shown));
    label->setToolTip(shown == text ? QString() : isolated(text));
}

void ConnectionDetails::setFlowId(uint64_t id) {
    m_flowId = id;
    m_note->clear();
    refresh();
}

void ConnectionDetails::showEmpty() {
    m_title->setText(tr("Select a connection to see its details."));
    for (int i = 0; i < m_fields.size(); ++i) {
        setValue(i, QString());
    }
    m_grid->setEnabled(false);
    m_copyAll->setEnabled(false);
}

void ConnectionDetails::refresh() {
    if (m_flowId == 0) {
        showEmpty();
        return;
    }
    const int row = m_model->rowOfFlow(m_flowId);
    if (row < 0) {
        // Expired or evicted: keep the last values shown, and say so.
        m_note->setText(tr("No longer in the table"));
        return;
    }
    m_grid->setEnabled(true);
    m_copyAll->setEnabled(true);
    const Flow& flow = m_model->flowAt(row);
    const bool ports = flow.key.hasPorts;
    const QString protocol = protocolText(flow.key.protocol);
    const QString local = endpointText(flow.local(), ports);
    const QString remote = endpointText(flow.remote(), ports);
    m_title->setText(
        QStringLiteral("%1  %2 ⇄ %3").arg(protocol, isolated(local), isolated(remote)));
    setValue(FProtocol, protocol);
    setValue(FLocal, local);
    setValue(FRemote, remote);
    setValue(FService, ports ? QString::number(flow.servicePort()) : kNoValue);
    setValue(FBytesIn, bytesText(flow.counters.bytesIn));
    setValue(FBytesOut, bytesText(flow.counters.bytesOut));
    setValue(FPacketsIn, formatCount(flow.counters.packetsIn));
    setValue(FPacketsOut, formatCount(flow.counters.packetsOut));
    // A capture file has no current rate (see ConnectionModel::setRatesShown).
    const bool rates = m_model->ratesShown();
    setValue(FRateIn, rates ? formatRate(m_model->rateIn(row), RateUnit::Bytes) : kNoValue);
    setValue(FRateOut, rates ? formatRate(m_model->rateOut(row), RateUnit::Bytes) : kNoValue);
    setValue(FFirstSeen, formatTime(flow.firstSeenNs));
    setValue(FLastSeen, formatTime(flow.lastSeenNs));
    setValue(FTcpFlags,
             flow.key.protocol == 6 ? tcpFlagsText(flow.tcpFlagsIn, flow.tcpFlagsOut) : kNoValue);
    setValue(FFlowId, QString::number(flow.id));

    const Application* app = m_model->applicationAt(row);
    setValue(FApplication, ConnectionModel::applicationText(app));
    QStringList pids;
    if (app) {
        for (uint32_t pid : app->pids) {
            pids.append(QString::number(pid));
        }
    }
    auto orNone = [](const std::string& text) {
        return text.empty() ? kNoValue : QString::fromStdString(text);
    };
    setValue(FPath, app ? orNone(app->path) : kNoValue);
    setValue(FPids, pids.isEmpty() ? kNoValue : pids.join(QStringLiteral(", ")));
    setValue(FCommandLine, app ? orNone(app->commandLine) : kNoValue);
    setValue(FUser, app ? orNone(app->user) : kNoValue);
    const HostName* name = m_model->hostNameAt(row);
    setValue(FHostName, name ? QString::fromStdString(name->name) : kNoValue);
    setValue(FNameSource, name ? nameSourceText(name->source) : kNoValue);
    // One flow: the whole annotation (service name and address kind too) is cheap here.
    const GeoFlowAnnotation note = annotateFlow(
        m_model->geoResolver(), services(), {}, flow.key.protocol, flow.remote().address,
        ports ? flow.local().port : 0, ports ? flow.remote().port : 0);
    const GeoInfo* geo = m_model->geoAt(row);
    setValue(FCountry, geo && !geo->countryCode.isEmpty()
                           ? QStringLiteral("%1 (%2)").arg(geo->countryName, geo->countryCode)
                           : kNoValue);
    setValue(FAs, geo && !geo->asText.isEmpty() ? geo->asText : kNoValue);
    setValue(FAddressKind, addressKindText(note.kind));
    setValue(FServiceName, orNone(note.service));
}

QString ConnectionDetails::value(const QString& field) const {
    for (const Field& f : m_fields) {
        if (f.name.compare(field, Qt::CaseInsensitive) == 0) {
            return fullText(f.value);
        }
    }
    return {};
}

QString ConnectionDetails::allText() const {
    QStringList lines;
    for (const Field& f : m_fields) {
        lines << f.name + QStringLiteral(": ") + fullText(f.value);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ConnectionDetails::tcpFlagsText(uint8_t flags) {
    struct Bit {
        uint8_t mask;
        const char* name;
    };
    static constexpr Bit kBits[] = {{0x02, "SYN"}, {0x10, "ACK"}, {0x08, "PSH"}, {0x20, "URG"},
                                    {0x01, "FIN"}, {0x04, "RST"}, {0x40, "ECE"}, {0x80, "CWR"}};
    QStringList names;
    for (const Bit& bit : kBits) {
        if (flags & bit.mask) {
            names << QLatin1String(bit.name);
        }
    }
    return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1Char(' '));
}

QString ConnectionDetails::tcpFlagsText(uint8_t received, uint8_t sent) {
    return QStringLiteral("↓ %1 · ↑ %2").arg(tcpFlagsText(received), tcpFlagsText(sent));
}

}  // namespace flowscope::ui
