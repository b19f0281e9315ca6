#include "ui/shell/theme_menu.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QUrl>

#include "ui/theme_contrast.h"
#include "ui/theme_files.h"

namespace flowscope::ui {

ThemeMenu::ThemeMenu(QWidget* parent) : QMenu(parent), m_group(new QActionGroup(this)) {
    setTitle(QCoreApplication::translate("flowscope::ui::MainWindow", "&Theme"));
    setObjectName(QStringLiteral("themeMenu"));
    connect(this, &QMenu::aboutToShow, this, &ThemeMenu::rebuild);
    rebuild();  // the actions exist before the menu first opens (keyboard, tests)
}

void ThemeMenu::rebuild() {
    clear();  // deletes the actions, which leave the group as they go
    // The first three keep MainWindow's context: their translations were made there.
    const std::pair<Theme, QString> builtIn[] = {
        {Theme::System, QCoreApplication::translate("flowscope::ui::MainWindow", "&System")},
        {Theme::Light, QCoreApplication::translate("flowscope::ui::MainWindow", "&Light")},
        {Theme::Dark, QCoreApplication::translate("flowscope::ui::MainWindow", "&Dark")},
        //: The theme for low vision: white text on black, strong borders.
        {Theme::HighContrast, tr("&High Contrast")},
    };
    const Theme current = ThemeManager::current();
    for (const auto& [theme, text] : builtIn) {
        QAction* a = addAction(text);
        a->setCheckable(true);
        a->setChecked(theme == current);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, t = theme] { chooseBuiltIn(t); });
    }
    addUserThemes();
    addSeparator();
    addAction(tr("Open &Themes Folder…"), this, &ThemeMenu::openFolder);
}

void ThemeMenu::addUserThemes() {
    const std::vector<ThemeFileEntry> files = listThemeFiles();
    if (!files.empty()) {
        addSeparator();
    }
    for (const ThemeFileEntry& f : files) {
        QString text = f.theme ? QString::fromStdString(f.theme->name) : f.fileName;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (!f.theme) {
            //: A theme file that cannot be used; choosing it says why.
            text = tr("%1 (not valid)").arg(text);
        }
        QAction* a = addAction(text);
        a->setToolTip(f.theme ? f.fileName : f.error);
        a->setCheckable(f.theme.has_value());
        a->setChecked(ThemeManager::current() == Theme::User &&
                      ThemeManager::currentUserFile() == f.fileName);
        if (f.theme) {
            m_group->addAction(a);
        }
        connect(a, &QAction::triggered, this, [this, name = f.fileName] { chooseFile(name); });
    }
}

void ThemeMenu::chooseBuiltIn(Theme theme) {
    ThemeManager::apply(theme);
    ThemeManager::save(theme);
}

void ThemeMenu::chooseFile(const QString& fileName) {
    // Read again: the file may have changed since the menu was built.
    const ThemeFileEntry entry = loadThemeFile(fileName);
    if (!entry.theme) {
        emit refused(entry.error);  // not checkable: the check mark stays on the theme in use
        return;
    }
    ThemeManager::applyUser(fileName, *entry.theme);
    ThemeManager::saveUser(fileName);
    // Applied all the same (the user's choice), but said when text would be hard to read.
    if (const QString faint = contrastWarning(fileName, QApplication::palette());
        !faint.isEmpty()) {
        emit lowContrast(faint);
    }
}

void ThemeMenu::openFolder() {
    const QString folder = themesFolder();
    QDir().mkpath(folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

}  // namespace flowscope::ui
