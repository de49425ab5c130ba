// A fast check that a stored document is one well-formed JSON value (RFC 8259 grammar), so that a
// damaged row is left out of a page instead of breaking it. Checks only: builds nothing, so it
// runs several times faster than parsing; strings are not checked for valid UTF-8 (the page is
// written with replacement characters anyway).
#pragma once

#include <string_view>

namespace chronicle::web {

bool is_well_formed_json(std::string_view text);

}  // namespace chronicle::web
