// Legacy single-byte text that declares itself: old pages and feeds in ISO-8859-1 or
// Windows-1252. Internal to core/article.
#pragma once

#include <string>
#include <string_view>

namespace chronicle::article::detail {

// The charset named near the top of a document (<meta charset=...>, a Content-Type meta, or
// <?xml ... encoding="..."?>), lower-cased; "" when none is named.
std::string declared_charset(std::string_view bytes);

// True for the labels that mean Windows-1252 in practice ("iso-8859-1", "latin1", "cp1252", ...).
bool is_windows_1252(std::string_view charset);

// Windows-1252 bytes as UTF-8; the five unassigned bytes become U+FFFD.
std::string windows_1252_to_utf8(std::string_view bytes);

}  // namespace chronicle::article::detail
