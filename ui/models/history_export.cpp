#include "ui/models/history_export.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QByteArray csvReport(const HistoryTotalsModel& model, const QVector<int>& order) {
    QString out = QString::fromLatin1(history::dimensionName(model.dimension())) +
                  QStringLiteral(
                      ",key,detail,user,bytes_in,bytes_out,bytes,packets_in,"
                      "packets_out\r\n");
    for (int source : order) {
        const history::TotalRow& row = model.row(source);
        const history::Usage& u = row.usage;
        QStringList fields{csvField(model.labelText(source)),
                           csvField(QString::fromStdString(row.key)),
                           csvField(QString::fromStdString(row.detail)),
                           csvField(QString::fromStdString(row.user))};
        for (uint64_t n : {u.bytesIn, u.bytesOut, u.bytes(), u.packetsIn, u.packetsOut}) {
            fields << QString::number(n);
        }
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray jsonReport(const HistoryTotalsModel& model, const QVector<int>& order,
                      history::TimeRange range) {
    QJsonArray rows;
    for (int source : order) {
        const history::TotalRow& row = model.row(source);
        const history::Usage& u = row.usage;
        // qint64: exact in JSON up to 2^53 bytes (9 PB), beyond any history's totals.
        rows.append(QJsonObject{{QStringLiteral("label"), model.labelText(source)},
                                {QStringLiteral("key"), QString::fromStdString(row.key)},
                                {QStringLiteral("detail"), QString::fromStdString(row.detail)},
                                {QStringLiteral("user"), QString::fromStdString(row.user)},
                                {QStringLiteral("bytes_in"), qint64(u.bytesIn)},
                                {QStringLiteral("bytes_out"), qint64(u.bytesOut)},
                                {QStringLiteral("bytes"), qint64(u.bytes())},
                                {QStringLiteral("packets_in"), qint64(u.packetsIn)},
                                {QStringLiteral("packets_out"), qint64(u.packetsOut)}});
    }
    const QJsonObject report{
        {QStringLiteral("by"), QString::fromLatin1(history::dimensionName(model.dimension()))},
        {QStringLiteral("since"), rfc3339(range.since)},
        {QStringLiteral("until"), rfc3339(range.until)},
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
                        history::TimeRange range, ExportFormat format) {
    return format == ExportFormat::Json ? jsonReport(model, order, range) : csvReport(model, order);
}

QString exportTotals(const HistoryTotalsModel& model, const QVector<int>& order,
                     history::TimeRange range, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ExportText::tr("Cannot write the report to %1: %2. Choose another folder.")
            .arg(path, file.errorString());
    }
    file.write(totalsReport(model, order, range, exportFormatFor(path)));
    if (!file.commit()) {
        return ExportText::tr("Cannot write the report to %1: %2. Choose another folder.")
            .arg(path, file.errorString());
    }
    return {};
}

}  // namespace flowscope::ui
