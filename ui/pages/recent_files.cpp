#include "ui/pages/recent_files.h"

#include <QDir>
#include <QFileInfo>

#include "ui/settings/settings.h"

namespace flowscope::ui {

QStringList RecentFiles::list() {
    QStringList recent = settings::recentFiles.value();
    recent.removeAll(QString());
    recent.removeDuplicates();
    return recent.mid(0, kMax);
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = list();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings::recentFiles.setValue(recent.mid(0, kMax));
}

QString RecentFiles::folder() {
    const QStringList recent = list();
    return recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).path();
}

}  // namespace flowscope::ui
