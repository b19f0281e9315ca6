// Names for the buttons Qt creates inside widgets without a name of their own: the clear
// button of a QLineEdit (setClearButtonEnabled) is a bare icon, and a screen reader would say
// only "push button". An application-wide event filter names each one when it is first
// polished, in every window and dialog, "Clear" plus its field's name.
#pragma once

#include <QObject>

class QApplication;

namespace flowscope::ui {

class AccessibleNames : public QObject {
    Q_OBJECT
public:
    // Installs the filter on `app` (once; it is the app's child).
    static void install(QApplication* app);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

}  // namespace flowscope::ui
