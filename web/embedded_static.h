// The browser app built into the binary: static/ and the vendored vis-timeline files, written into a
// generated source file at build time by web/embed_static.cpp (see web/CMakeLists.txt).
#pragma once

#include <cstddef>
#include <span>

namespace chronicle::web {

struct EmbeddedFile {
  const char* path;             // the URL path it is served at: "/index.html", "/vendor/vis-timeline.js"
  const unsigned char* data;
  std::size_t size;
};

// Every built-in file, in the order the build listed them.
std::span<const EmbeddedFile> embedded_static_files();

}  // namespace chronicle::web
