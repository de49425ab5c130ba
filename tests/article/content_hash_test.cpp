// The content hash: SHA-256 of the normalized title and text.
#include "core/article/content_hash.h"

#include <catch2/catch.hpp>

using chronicle::article::detail::content_hash;

TEST_CASE("the content hash is the SHA-256 of the normalized title, a newline and the text",
          "[article][hash]") {
  // Reference digests from coreutils: printf 'abc\n' | sha256sum; printf '\n' | sha256sum.
  CHECK(content_hash("abc", "") == "edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb");
  CHECK(content_hash("", "") == "01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b");
  CHECK(content_hash("  ABC\t", "") == content_hash("abc", ""));
}

TEST_CASE("the content hash keeps a title and text boundary and every word", "[article][hash]") {
  CHECK(content_hash("ab", "c") != content_hash("a", "bc"));
  CHECK(content_hash("Title", "One two.") != content_hash("Title", "One two three."));
  CHECK(content_hash("Title", "One\xC2\xA0two.") == content_hash("title", "one  two."));
}

TEST_CASE("the content hash covers input longer than one SHA-256 block", "[article][hash]") {
  // printf 'x\n%0200d' 0 | sha256sum: a title "x" and a text of two hundred zeros.
  CHECK(content_hash("x", std::string(200, '0')) ==
        "4c1d12983683cc4eaceb7a29339728e710e27e6fcab4cfc5483a7e7918cc669d");
}
