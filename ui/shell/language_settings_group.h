// Settings → General → Language: the system's language or one of the translations built into
// the app, saved when the dialog it sits in is accepted; applies when Flowscope starts again
// (said next to the choice), since every window would otherwise have to rebuild its text.
#pragma once

#include <QGroupBox>

class QComboBox;

namespace flowscope::ui {

class LanguageSettingsGroup : public QGroupBox {
    Q_OBJECT
public:
    explicit LanguageSettingsGroup(QWidget* parent = nullptr);

    QComboBox* combo() const { return m_combo; }
    void apply();  // saves the choice

private:
    QComboBox* m_combo;
};

}  // namespace flowscope::ui
