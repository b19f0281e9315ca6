// Core's sentences in the window's language. Core gives a sentence as a Phrase (an English
// template and its arguments, core/base/phrase.h); here the template goes through the
// catalogue (context "Core") and the arguments are filled in: numbers in the language's
// digits, names and paths isolated right to left, clauses translated in turn. A sentence core
// wrote as plain text, or a template the catalogue lacks, stays English.
#pragma once

#include <QString>

#include "core/base/phrase.h"
#include "core/base/result.h"

namespace flowscope::ui {

QString localized(const Phrase& phrase);
// The error's phrase, or its message when core wrote none.
QString localized(const Error& error);

}  // namespace flowscope::ui
