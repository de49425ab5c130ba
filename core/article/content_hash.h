// The identity of an article: a hash of its normalized content. Internal to core/article.
#pragma once

#include <string>
#include <string_view>

namespace chronicle::article::detail {

// SHA-256 (hex) of title and text, lower-cased (ASCII) with every run of white space (including
// no-break spaces) collapsed to one space and the ends trimmed, so re-saving an article with other
// line ends or spacing keeps its identity.
std::string content_hash(std::string_view title, std::string_view text);

}  // namespace chronicle::article::detail
