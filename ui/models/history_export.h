// File → Export report… of the History page: the totals table as shown (its rows in the order
// the view sorts them) written as CSV or JSON, chosen by the file's extension (".json": JSON,
// anything else: CSV), in the columns and schema of `flowscope-cli report` (docs/history-cli.md):
// the naming columns of the dimension (application, path, user | host | service | country |
// as, organization), then bytes_in, bytes_out, bytes, packets_in, packets_out, packets (plain
// integers). CSV: a header line, one line per row, RFC 4180 quoting, empty fields for unknown
// values. JSON: {"database", "since", "until" (RFC 3339 UTC), "by", "limit": null, "groups",
// "totals": {...}, "rows": [...]}, unknown values null.
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

// `database`: the file the rows were read from (JSON's "database").
QByteArray totalsReport(const HistoryTotalsModel& model, const QVector<int>& order,
                        history::TimeRange range, ExportFormat format,
                        const QString& database = {});

// Writes the report to `path` (atomically: a failed write leaves no half file); "" on success,
// else one sentence saying what went wrong.
QString exportTotals(const HistoryTotalsModel& model, const QVector<int>& order,
                     history::TimeRange range, const QString& path, const QString& database = {});

}  // namespace flowscope::ui
