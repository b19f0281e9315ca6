// Country names in the app's language: "Deutschland" in a German window, not "Germany".
// From translations/country_names.tsv (Debian's iso-codes catalogues, made by
// tools/gen_country_translations.py), built into the app as :/i18n/country_names.tsv.
#pragma once

#include <QString>

namespace flowscope::ui {

// The name of the ISO 3166-1 country `code` ("DE", any case) in the language of QLocale()
// (set from the app's language at start-up); `english` when that language has no name of its
// own for it (or is English).
QString countryDisplayName(const QString& code, const QString& english);

}  // namespace flowscope::ui
