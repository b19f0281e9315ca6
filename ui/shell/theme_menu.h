// View → Theme: the built-in themes (system, light, dark, high contrast), then the user's
// theme files (ui/theme_files.h), listed again each time the menu opens, and an entry that
// opens the folder they go in. Choosing one applies it at once and saves it; a file that
// cannot be used leaves the theme as it is and says why (refused()).
#pragma once

#include <QMenu>

#include "ui/theme.h"

class QActionGroup;

namespace flowscope::ui {

class ThemeMenu : public QMenu {
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget* parent);

signals:
    void refused(const QString& message);
    // A chosen theme file was applied, but some text on it is too faint (one sentence).
    void lowContrast(const QString& message);

private:
    void rebuild();
    void addUserThemes();
    void chooseBuiltIn(Theme theme);
    void chooseFile(const QString& fileName);
    void openFolder();

    QActionGroup* m_group;
};

}  // namespace flowscope::ui
