// Settings: the user's own country and AS databases (GeoLite2, GeoIP2, DB-IP or IPinfo MMDB
// files) and reverse DNS for live captures. A file is vetted with GeoResolver::openFor when
// chosen; a refused file shows its one-sentence reason and is not used (the built-in database
// stays in use). Saved in settings::countryDatabase, asDatabase and reverseDns; the databases are
// reopened on a worker thread.
#pragma once

#include <QDialog>
#include <QString>

#include "core/enrich/geo_resolver.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace flowscope::ui {

class EngineBridge;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(EngineBridge* bridge, QWidget* parent = nullptr);

    QLineEdit* databaseEdit(GeoRole role) const {
        return role == GeoRole::Country ? m_countryEdit : m_asEdit;
    }
    QLabel* errorLabel(GeoRole role) const {
        return role == GeoRole::Country ? m_countryError : m_asError;
    }
    QCheckBox* reverseDnsCheck() const { return m_reverseDns; }

    // Checks the field's file now; returns the error sentence ("" when usable or empty).
    QString validate(GeoRole role);
    // Saves the usable choices and applies them (also on OK).
    void apply();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* databaseRow(GeoRole role);
    // At least as tall as the wrapped text needs at the current width (errors come and go).
    void fitHeightToText();

    EngineBridge* m_bridge;
    QLineEdit* m_countryEdit = nullptr;
    QLineEdit* m_asEdit = nullptr;
    QLabel* m_countryError = nullptr;
    QLabel* m_asError = nullptr;
    QCheckBox* m_reverseDns = nullptr;
};

}  // namespace flowscope::ui
