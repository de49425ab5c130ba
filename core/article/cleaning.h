// Scraped junk: what pages leave in saved text that is not the article. Internal to core/article.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.h"

namespace chronicle::article::detail {

struct Cleaned {
  std::string text;                      // the input without the junk
  std::vector<std::string> removed;      // what went, for the article's warnings
  std::vector<RelatedHeadline> related;  // headlines listed by a removed PHP dump
};

// Removes a PHP var_dump trailer (`string(1938) "[{...}]"`, whose JSON lists related articles),
// agency codes after the last paragraph ("S/SH 11") and whole lines of share/subscribe boilerplate.
// Body sentences are never touched: only whole lines go.
Cleaned clean_text(std::string_view text);

// True for a short line or paragraph of page furniture ("Share this article", "Advertisement").
bool is_boilerplate(std::string_view line);

}  // namespace chronicle::article::detail
