// The user's theme files: `*.theme` in the config folder's themes/ (next to flowscope.conf),
// parsed by core/base/theme_file.h. Listed again each time View → Theme opens, so a file
// dropped there appears at once; a malformed one is listed with the reason it is refused.
#pragma once

#include <QString>
#include <optional>
#include <vector>

#include "core/base/theme_file.h"

namespace flowscope::ui {

struct ThemeFileEntry {
    QString fileName;                // "solarized.theme"
    std::optional<ThemeFile> theme;  // empty when refused
    QString error;                   // then: one sentence, with the file and the line
};

// The folder user themes go in (it may not exist yet).
QString themesFolder();
// Every *.theme file of the folder, by file name.
std::vector<ThemeFileEntry> listThemeFiles();
// One file of the folder by its name.
ThemeFileEntry loadThemeFile(const QString& fileName);

}  // namespace flowscope::ui
