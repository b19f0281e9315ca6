// An alert's title and body in the app's language, worded from its AlertMessage and AlertFacts
// (core words them in English for webhooks and logs). Alerts made without a message
// (AlertMessage::AsWritten) keep their own title and body.
#pragma once

#include <QString>

#include "core/alerts/alert.h"

namespace flowscope::ui {

QString alertTitle(const Alert& alert);
QString alertBody(const Alert& alert);

}  // namespace flowscope::ui
