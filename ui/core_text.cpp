#include "ui/core_text.h"

#include <algorithm>
#include <climits>

#include <QCoreApplication>
#include <QLocale>

#include "core/base/placeholders.h"
#include "ui/app_style.h"

namespace flowscope::ui {

namespace {

QString filled(const Phrase& phrase) {
    const int count = static_cast<int>(std::min<int64_t>(phrase.count, INT_MAX));
    QString text = QCoreApplication::translate("Core", phrase.text, nullptr, count);
    if (count >= 0 && text == QString::fromUtf8(phrase.text)) {
        // No catalogue has it (English without its plural catalogue): core's English form.
        text = QString::fromStdString(englishForm(phrase.text, count));
    }
    QString out;
    out.reserve(text.size() + 32);
    const QStringView view(text);
    forEachPlaceholder(
        std::u16string_view(view.utf16(), size_t(view.size())), phrase.args.size(),
        [&](std::u16string_view literal) { out += QStringView(literal.data(), literal.size()); },
        [&](size_t index) { out += localized(phrase.args[index]); });
    return out;
}

// The language's digits, without group separators: core's numbers in sentences are byte
// offsets, counts and versions, which read as core writes them ("offset 4737").
QString number(const std::string& digits) {
    bool ok = false;
    const qlonglong n = QString::fromStdString(digits).toLongLong(&ok);
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return ok ? locale.toString(n) : QString::fromStdString(digits);
}

// A sentence used inside another: without its full stop, in whichever script it ends.
QString withoutFullStop(QString s) {
    static const QString stops = QStringLiteral(".\u3002\u0964\u06D4");  // . 。 । ۔
    if (!s.isEmpty() && stops.contains(s.back())) {
        s.chop(1);
    }
    return s;
}

QString sentence(const Phrase& phrase) {
    switch (phrase.kind) {
        case Phrase::Kind::Template:
            return phrase.text == nullptr ? QString() : filled(phrase);
        case Phrase::Kind::Number:
            return number(phrase.value);
        case Phrase::Kind::Joined: {
            QStringList sentences;
            for (const Phrase& part : phrase.args) {
                sentences.append(localized(part));
            }
            return sentences.join(QLatin1Char(' '));
        }
        case Phrase::Kind::Verbatim:
            break;
    }
    // A path or a library's words: as core has it (a clause without its full stop, as
    // english() drops it before the text is isolated).
    return isolated(QString::fromStdString(phrase.clause ? english(phrase) : phrase.value));
}

}  // namespace

QString localized(const Phrase& phrase) {
    return phrase.clause ? withoutFullStop(sentence(phrase)) : sentence(phrase);
}

QString localized(const Error& error) {
    if (error.phrase.empty()) {
        return QString::fromStdString(error.message);
    }
    return localized(error.phrase);
}

}  // namespace flowscope::ui
