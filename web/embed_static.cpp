// Build-time tool: writes a C++ source file holding the browser app's files as byte arrays, so the
// `chronicle` binary serves its app from wherever it is installed (web/embedded_static.h).
//
//   chronicle_embed_static OUTPUT.cpp /index.html=static/index.html /vendor/x.js=node_modules/... ...
//
// Each argument after the output is URL-PATH=FILE. Exits non-zero, naming the file, when one
// cannot be read, so a missing asset stops the build instead of giving a blank page.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

bool read_file(const std::string& path, std::string& content) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

// A C++ string literal of `text` (used for URL paths, which are plain ASCII).
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: chronicle_embed_static OUTPUT.cpp URL-PATH=FILE...\n";
    return 2;
  }
  std::string source =
      "// Generated at build time by web/embed_static.cpp from the browser app's files. Do not edit.\n"
      "#include \"web/embedded_static.h\"\n\nnamespace chronicle::web {\nnamespace {\n\n";
  std::string table;
  for (int i = 2; i < argc; ++i) {
    const std::string argument = argv[i];
    const std::size_t equals = argument.find('=');
    if (equals == std::string::npos || argument[0] != '/') {
      std::cerr << "chronicle_embed_static: expected URL-PATH=FILE, got " << argument << "\n";
      return 2;
    }
    const std::string url = argument.substr(0, equals);
    const std::string file = argument.substr(equals + 1);
    std::string content;
    if (!read_file(file, content)) {
      std::cerr << "chronicle_embed_static: cannot read " << file << " (for " << url << ")\n";
      return 1;
    }
    const std::string name = "file_" + std::to_string(i - 2);
    // One extra 0 byte so that an empty file still makes a valid array; it is not counted.
    source += "// " + url + "\nconst unsigned char " + name + "[] = {";
    for (std::size_t b = 0; b < content.size(); ++b) {
      if (b % 24 == 0) source += "\n";
      source += std::to_string(static_cast<unsigned char>(content[b]));
      source += ',';
    }
    source += "0};\n\n";
    table += "    {" + quoted(url) + ", " + name + ", " + std::to_string(content.size()) + "},\n";
  }
  source += "const EmbeddedFile files[] = {\n" + table + "};\n\n}  // namespace\n\n";
  source += "std::span<const EmbeddedFile> embedded_static_files() { return files; }\n\n";
  source += "}  // namespace chronicle::web\n";

  // Written to a temporary name and renamed, so an interrupted build never leaves half a file.
  const std::string output = argv[1];
  const std::string temporary = output + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << source;
    if (!out) {
      std::cerr << "chronicle_embed_static: cannot write " << temporary << "\n";
      return 1;
    }
  }
  if (std::rename(temporary.c_str(), output.c_str()) != 0) {
    std::cerr << "chronicle_embed_static: cannot rename " << temporary << " to " << output << "\n";
    return 1;
  }
  return 0;
}
