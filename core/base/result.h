// Result-or-error values for core functions (C++20 has no std::expected).
#pragma once

#include <string>
#include <utility>
#include <variant>

#include "core/base/phrase.h"

namespace flowscope {

// What went wrong, as a category a caller can branch on; the message is the one readable
// sentence shown to the user (what happened and what to do).
enum class ErrorCode {
    InvalidArgument,   // bad user input (unknown option, malformed address, ...)
    NotFound,          // file or adapter does not exist
    PermissionDenied,  // no capture permission, unreadable file
    BadFilter,         // BPF expression does not compile
    BadFormat,         // not a capture file, unsupported link type
    Corrupt,           // damaged content (a record that cannot be right)
    Io,                // read/write failure
    DeviceGone,        // adapter disappeared while capturing
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    // The same sentence as a template and its arguments, for the desktop app to word in its
    // language; empty where core wrote the message as plain text (the app shows it as is).
    Phrase phrase;
};

template <class T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}      // NOLINT: implicit by design
    Result(Error error) : m_v(std::move(error)) {}  // NOLINT

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result<void> equivalent.
class Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_ok(false) {}  // NOLINT
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, std::string message) {
    return Error{code, std::move(message), {}};
}

// The error's sentence as a Phrase: its own, or its message as plain text.
inline Phrase phraseOf(const Error& error) {
    return error.phrase.empty() ? verbatim(error.message) : error.phrase;
}

// The message is the phrase's English.
inline Error makeError(ErrorCode code, Phrase phrase) {
    std::string message = english(phrase);
    return Error{code, std::move(message), std::move(phrase)};
}

}  // namespace flowscope
