#include "ui/models/history_export.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>
#include <QSaveFile>
#include <QStringList>

#include "ui/models/history_totals_model.h"

namespace flowscope::ui {

namespace {

class ExportText {
    Q_DECLARE_TR_FUNCTIONS(HistoryPage)
};

QString rfc3339(int64_t seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The naming columns of a row as `flowscope-cli report` writes them; "" = unknown.
QList<QPair<QString, QString>> namingColumns(history::Dimension by, const history::TotalRow& row) {
    auto q = [](const std::string& v) { return QString::fromStdString(v); };
    switch (by) {
        case history::Dimension::Application:
            return {{QStringLiteral("application"), q(row.label)},
                    {QStringLiteral("path"), q(row.detail)},
                    {QStringLiteral("user"), q(row.user)}};
        case history::Dimension::Host:
            return {{QStringLiteral("host"), q(row.label)}};
        case history::Dimension::Service:
            return {{QStringLiteral("service"), q(row.label)}};
        case history::Dimension::Country:
            return {{QStringLiteral("country"), q(row.key)}};
        case history::Dimension::As:
            return {{QStringLiteral("as"), q(row.label)},
                    {QStringLiteral("organization"), q(row.detail)}};
    }
    return {};
}

const QStringList& trafficColumns() {
    static const QStringList names{QStringLiteral("bytes_in"),    QStringLiteral("bytes_out"),
                                   QStringLiteral("bytes"),       QStringLiteral("packets_in"),
                                   QStringLiteral("packets_out"), QStringLiteral("packets")};
    return names;
}

QList<uint64_t> trafficValues(const history::Usage& u) {
    return {u.bytesIn, u.bytesOut, u.bytes(), u.packetsIn, u.packetsOut, u.packets()};
}

QByteArray csvReport(const HistoryTotalsModel& model, const QVector<int>& order) {
    QStringList header;
    for (const auto& column : namingColumns(model.dimension(), {})) {
        header << column.first;
    }
    QString out = (header + trafficColumns()).join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int source : order) {
        const history::TotalRow& row = model.row(source);
        QStringList fields;
        for (const auto& column : namingColumns(model.dimension(), row)) {
            fields << csvField(column.second);
        }
        for (uint64_t n : trafficValues(row.usage)) {
            fields << QString::number(n);
        }
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

// Integers as qint64: exact in JSON up to 2^53 bytes (9 PB), beyond any history's totals.
QJsonObject trafficObject(const history::Usage& usage, QJsonObject object = {}) {
    const QList<uint64_t> values = trafficValues(usage);
    for (qsizetype i = 0; i < values.size(); ++i) {
        object.insert(trafficColumns()[i], qint64(values[i]));
    }
    return object;
}

QByteArray jsonReport(const HistoryTotalsModel& model, const QVector<int>& order,
                      history::TimeRange range, const QString& database) {
    QJsonArray rows;
    history::Usage total;
    for (int source : order) {
        const history::TotalRow& row = model.row(source);
        QJsonObject object;
        for (const auto& column : namingColumns(model.dimension(), row)) {
            object.insert(column.first,
                          column.second.isEmpty() ? QJsonValue() : QJsonValue(column.second));
        }
        rows.append(trafficObject(row.usage, object));
        total += row.usage;
    }
    const QJsonObject report{
        {QStringLiteral("database"), database},
        {QStringLiteral("since"), rfc3339(range.since)},
        {QStringLiteral("until"), rfc3339(range.until)},
        {QStringLiteral("by"), QString::fromLatin1(history::dimensionName(model.dimension()))},
        {QStringLiteral("limit"), QJsonValue()},
        {QStringLiteral("groups"), qint64(order.size())},
        {QStringLiteral("totals"), trafficObject(total)},
        {QStringLiteral("rows"), rows}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

}  // namespace

ExportFormat exportFormatFor(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
               ? ExportFormat::Json
               : ExportFormat::Csv;
}

QVector<int> shownOrder(const QAbstractItemModel& shown, const HistoryTotalsModel& model) {
    QVector<int> order;
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(&shown);
    for (int row = 0; row < shown.rowCount(); ++row) {
        if (proxy && proxy->sourceModel() == &model) {
            order << proxy->mapToSource(proxy->index(row, 0)).row();
        } else {
            order << row;
        }
    }
    return order;
}

QByteArray totalsReport(const HistoryTotalsModel& model, const QVector<int>& order,
                        history::TimeRange range, ExportFormat format, const QString& database) {
    return format == ExportFormat::Json ? jsonReport(model, order, range, database)
                                        : csvReport(model, order);
}

QString exportTotals(const HistoryTotalsModel& model, const QVector<int>& order,
                     history::TimeRange range, const QString& path, const QString& database) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ExportText::tr("Cannot write the report to %1: %2. Choose another folder.")
            .arg(path, file.errorString());
    }
    file.write(totalsReport(model, order, range, exportFormatFor(path), database));
    if (!file.commit()) {
        return ExportText::tr("Cannot write the report to %1: %2. Choose another folder.")
            .arg(path, file.errorString());
    }
    return {};
}

}  // namespace flowscope::ui
