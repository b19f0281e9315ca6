// File → Export report… of the History page: the totals table as shown (its rows in the order
// the view sorts them) written as CSV or JSON, chosen by the file's extension (".json": JSON,
// anything else: CSV). Numbers are plain integers (bytes and packets), times RFC 3339 in UTC.
//
// CSV: a header line "<dimension>,key,detail,user,bytes_in,bytes_out,bytes,packets_in,packets_out"
// (the first column named "application", "host", ...; its values the labels shown), one line per
// row, fields quoted where they hold a comma, a quote or a line break (RFC 4180).
// JSON: {"by": "application", "since": "...", "until": "...", "rows": [{"label", "key",
// "detail", "user", "bytes_in", "bytes_out", "bytes", "packets_in", "packets_out"}, ...]}.
#pragma once

#include <QString>
#include <QVector>

#include "core/store/history_types.h"

class QAbstractItemModel;

namespace flowscope::ui {

class HistoryTotalsModel;

enum class ExportFormat { Csv, Json };

ExportFormat exportFormatFor(const QString& path);

// The source rows of `model` in the order `shown` (a proxy over it, or the model itself) lists
// them.
QVector<int> shownOrder(const QAbstractItemModel& shown, const HistoryTotalsModel& model);

QByteArray totalsReport(const HistoryTotalsModel& model, const QVector<int>& order,
                        history::TimeRange range, ExportFormat format);

// Writes the report to `path` (atomically: a failed write leaves no half file); "" on success,
// else one sentence saying what went wrong.
QString exportTotals(const HistoryTotalsModel& model, const QVector<int>& order,
                     history::TimeRange range, const QString& path);

}  // namespace flowscope::ui
