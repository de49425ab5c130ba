// Which format a buffer is in, by its content first and its name second. Internal to core/article.
#pragma once

#include <string>
#include <string_view>

namespace chronicle::article::detail {

// One of Article::format's values ("text", "html", "json", "jsonl", "rss", "atom", "timeml"), or
// "xml" for an XML document that is none of them (which no loader reads).
std::string detect_format(std::string_view text, std::string_view name);

}  // namespace chronicle::article::detail
