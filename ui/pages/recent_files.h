// The capture files opened lately, newest first, kept in settings::recentFiles (as
// Wireshark's recent-files list): absolute paths, each once, at most kMax.
#pragma once

#include <QString>
#include <QStringList>

namespace flowscope::ui {

class RecentFiles {
public:
    static constexpr int kMax = 10;

    static QStringList list();
    // Puts `path` (made absolute) first; the oldest entry beyond kMax is forgotten.
    static void add(const QString& path);
    // Where a file chooser starts: the newest file's folder, else the home folder.
    static QString folder();
};

}  // namespace flowscope::ui
