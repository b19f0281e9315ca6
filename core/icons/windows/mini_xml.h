// A small, strict XML reader for package manifests: elements, attributes, text, comments,
// CDATA and the predefined and numeric entities; no DTDs, no namespaces resolution (names
// keep their prefix; lookups compare local names). Depth and size are bounded.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/result.h"

namespace flowscope::winicons {

struct XmlElement {
    std::string name;  // as written, with its prefix ("uap:VisualElements")
    std::vector<std::pair<std::string, std::string>> attributes;  // decoded values
    std::string text;  // the element's own character data, concatenated
    std::vector<XmlElement> children;

    // The part after the prefix ("VisualElements").
    std::string_view localName() const;
    // The value of the first attribute with this local name, or nullptr.
    const std::string* attribute(std::string_view localName) const;
    // The first child with this local name, or nullptr.
    const XmlElement* child(std::string_view localName) const;
};

std::string_view localNameOf(std::string_view qualifiedName);

// The document's root element; BadFormat with the byte offset when it is not well-formed.
Result<XmlElement> parseXml(std::string_view text);

}  // namespace flowscope::winicons
