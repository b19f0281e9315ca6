#include "ui/shell/language_settings_group.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "ui/settings/language_settings.h"
#include "ui/shell/language.h"

namespace flowscope::ui {

LanguageSettingsGroup::LanguageSettingsGroup(QWidget* parent)
    : QGroupBox(tr("Language"), parent), m_combo(new QComboBox(this)) {
    setObjectName(QStringLiteral("languageGroup"));
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->setAccessibleName(tr("Language"));
    const QString system = resolveLanguage({}, QLocale::system().uiLanguages());
    //: The first entry of the language list; %1 is the language it stands for now.
    m_combo->addItem(tr("System default (%1)")
                         .arg(nativeLanguageName(system.isEmpty() ? QStringLiteral("en") : system)),
                     QString());
    m_combo->addItem(nativeLanguageName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString& code : builtInLanguages()) {
        m_combo->addItem(nativeLanguageName(code), code);
    }
    const int saved = m_combo->findData(settings::language.value());
    m_combo->setCurrentIndex(saved < 0 ? 0 : saved);

    auto* note = new QLabel(tr("Flowscope speaks the new language when it starts again."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_combo);
    layout->addWidget(note);
    if (auto* dialog = qobject_cast<QDialog*>(parent)) {
        connect(dialog, &QDialog::accepted, this, &LanguageSettingsGroup::apply);
    } else {
        connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageSettingsGroup::apply);
    }
}

void LanguageSettingsGroup::apply() {
    const QString code = m_combo->currentData().toString();
    if (code.isEmpty()) {
        settings::language.reset();
    } else {
        settings::language.setValue(code);
    }
}

}  // namespace flowscope::ui
