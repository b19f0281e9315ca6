// HistoryPage: the reads behind the page (on HistoryLoader's thread) and what their answers do
// on the GUI thread, and the export of the table.
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

#include "core/store/history_location.h"
#include "core/store/history_reader.h"
#include "ui/models/history_connections_model.h"
#include "ui/models/history_export.h"
#include "ui/models/history_loader.h"
#include "ui/models/history_totals_model.h"
#include "ui/pages/history_app_detail.h"
#include "ui/pages/history_page.h"
#include "ui/settings/history_settings.h"
#include "ui/widgets/history_chart.h"
#include "ui/widgets/history_day_bars.h"

namespace flowscope::ui {

namespace {

using history::HistoryReader;

// The local day holding the last second of `range`, and the span of HistoryDayBars' days up to
// it.
QDate lastDayOf(history::TimeRange range) {
    return QDateTime::fromSecsSinceEpoch(range.until - 1).date();
}

history::TimeRange daysUpTo(QDate lastDay) {
    return {QDateTime(lastDay.addDays(1 - HistoryDayBars::kDays), QTime(0, 0)).toSecsSinceEpoch(),
            QDateTime(lastDay.addDays(1), QTime(0, 0)).toSecsSinceEpoch()};
}

// The locale's short date and time, to the minute (buckets never start within one).
QString rangeText(history::TimeRange range) {
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return HistoryPage::tr("%1 – %2").arg(
        locale.toString(QDateTime::fromSecsSinceEpoch(range.since), format),
        locale.toString(QDateTime::fromSecsSinceEpoch(range.until), format));
}

}  // namespace

void HistoryPage::setDatabase(const QString& path) {
    m_database = path;
}

QString HistoryPage::database() const {
    if (!m_database.isEmpty()) {
        return m_database;
    }
    const QString chosen = settings::historyDatabase.value();
    return chosen.isEmpty() ? QFile::decodeName(history::defaultDatabasePath().string().c_str())
                            : chosen;
}

void HistoryPage::updateRange() {
    const int64_t now = m_clock();
    m_choice = historyRange(preset(), now, m_from->dateTime().toSecsSinceEpoch(),
                            m_to->dateTime().toSecsSinceEpoch());
    m_rangeLabel->setText(rangeText(m_choice.range));
    if (isVisible()) {
        refresh();
    }
}

void HistoryPage::refresh() {
    const QString path = database();
    m_loader->setDatabase(path);
    const HistoryRangeChoice choice = m_choice;
    const history::Dimension by = dimension();
    m_loader->submit(ChannelOverview, [this, choice, by, path](const HistoryReader* reader,
                                                               const Error& openError) {
        auto series = reader ? reader->series(choice.range, by, choice.granularity, kTopGroups)
                             : Result<history::Series>(openError);
        auto totals = series ? reader->totals(choice.range, by)
                             : Result<std::vector<history::TotalRow>>(series.error());
        return HistoryLoader::Done([this, by, path, series, totals] {
            if (!totals) {
                m_chart->clear();
                m_totals->clear();
                m_exportAction->setEnabled(false);
                setMessage(historyErrorText(totals.error(), path), true);
                return;
            }
            const QString selected =
                m_appDetail->application().isEmpty() ? QString() : m_selectedKey;
            m_chart->setSeries(series.value(), by);
            m_totals->setRows(by, totals.value());
            m_exportAction->setEnabled(m_totals->rowCount() > 0);
            reselect(selected);
        });
    });
    if (!m_quiet) {
        setMessage(tr("Loading…"), false);
    }
}

// After new totals: the application shown in the detail tab selected again (its detail read
// for the new range), or the detail cleared when it is no longer in the table.
void HistoryPage::reselect(const QString& key) {
    for (int row = 0; row < m_totalsProxy->rowCount(); ++row) {
        const QModelIndex index = m_totalsProxy->index(row, 0);
        if (!key.isEmpty() && index.data(HistoryTotalsModel::KeyRole).toString() == key &&
            m_totals->dimension() == history::Dimension::Application) {
            m_quiet = true;  // the detail shown stays until its new answer
            m_totalsTable->selectionModel()->select(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_quiet = false;
            return;
        }
    }
    m_selectedKey.clear();
    m_appDetail->clear();
}

void HistoryPage::updateLoading() {
    if (!m_hasError && (!m_loader->busy() || !m_message->text().isEmpty())) {
        setMessage(m_loader->busy() ? tr("Loading…") : QString(), false);
    }
}

void HistoryPage::onTotalsSelection() {
    const QModelIndexList rows = m_totalsTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_totals->dimension() != history::Dimension::Application) {
        return;
    }
    const int source = m_totalsProxy->mapToSource(rows.first()).row();
    m_selectedKey = QString::fromStdString(m_totals->row(source).key);
    loadApplication(m_totals->row(source), m_totals->labelText(source));
}

void HistoryPage::loadApplication(const history::TotalRow& row, const QString& name) {
    const QDate lastDay = lastDayOf(m_choice.range);
    m_appDetail->showApplication(name, lastDay);
    m_tabs->setCurrentWidget(m_appDetail);
    const history::Filter filter{history::Dimension::Application, row.key};
    const history::TimeRange range = m_choice.range;
    const QString path = database();
    m_loader->submit(ChannelApplication, [this, filter, range, lastDay, path](
                                             const HistoryReader* reader, const Error& openError) {
        using Days = std::vector<std::pair<int64_t, history::Usage>>;
        auto days = reader ? reader->perBucket(daysUpTo(lastDay), history::Granularity::Day, filter)
                           : Result<Days>(openError);
        auto hosts = days ? reader->totals(range, history::Dimension::Host, filter, kAppHosts)
                          : Result<std::vector<history::TotalRow>>(days.error());
        return HistoryLoader::Done([this, path, days, hosts] {
            if (!hosts) {
                setMessage(historyErrorText(hosts.error(), path), true);
                return;
            }
            m_appDetail->setAnswer(days.value(), hosts.value());
        });
    });
    if (!m_quiet) {
        setMessage(tr("Loading…"), false);
    }
}

void HistoryPage::showBucket(qint64 since, qint64 until) {
    const history::TimeRange range{since, until};
    m_bucketLabel->setText(tr("Connections open during %1:").arg(rangeText(range)));
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_connectionsTable->parentWidget()));
    const QString path = database();
    m_loader->submit(
        ChannelBucket, [this, range, path](const HistoryReader* reader, const Error& openError) {
            auto rows = reader ? reader->connections(range, kBucketConnections)
                               : Result<std::vector<history::ConnectionRow>>(openError);
            return HistoryLoader::Done([this, path, rows] {
                if (!rows) {
                    m_connections->clear();
                    setMessage(historyErrorText(rows.error(), path), true);
                    return;
                }
                m_connections->setRows(rows.value());
            });
        });
    setMessage(tr("Loading…"), false);
}

QString HistoryPage::exportReport(const QString& path) {
    const QString error = exportTotals(*m_totals, shownOrder(*m_totalsProxy, *m_totals),
                                       m_choice.range, path, m_loader->database());
    if (!error.isEmpty()) {
        emit problem(error);
    }
    return error;
}

void HistoryPage::exportReportDialog() {
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    QString filter = csv;
    const QString name = QStringLiteral("flowscope-%1-%2.csv")
                             .arg(QString::fromLatin1(history::dimensionName(dimension())),
                                  QDate::currentDate().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), name,
                                                csv + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += filter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    }
    exportReport(path);
}

}  // namespace flowscope::ui
