#include "tests/web/raw_http.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace chronicle::testing {
namespace {

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

ScratchDir::ScratchDir(const std::string& name) {
  std::string pattern = (std::filesystem::temp_directory_path() / (name + "-XXXXXX")).string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path, ignored);
}

std::string chronicle_binary() {
  const char* other = std::getenv("CHRONICLE_TEST_BINARY");
  return other && *other ? other : CHRONICLE_BINARY;
}

ServedBinary::ServedBinary(const std::string& db, const std::string& log_path,
                           const std::vector<std::string>& args, const std::vector<std::string>& prefix,
                           const std::string& binary)
    : log(log_path) {
  // sh appends the server's stderr to the log, then becomes the server (exec), so signals reach it.
  std::vector<std::string> argv = {"/bin/sh", "-c", "exec \"$@\" 2>>\"$LOG\"", "sh"};
  argv.insert(argv.end(), prefix.begin(), prefix.end());
  for (const std::string& part :
       {binary.empty() ? chronicle_binary() : binary, std::string("serve"), std::string("--db"), db,
        std::string("--host"), std::string("127.0.0.1"), std::string("--port"), std::string("0")}) {
    argv.push_back(part);
  }
  argv.insert(argv.end(), args.begin(), args.end());
  setenv("LOG", log_path.c_str(), 1);
  process = std::make_unique<BackgroundProcess>(argv);
  const std::string banner = process->read_line(20000);
  const std::string expected = "Serving http://127.0.0.1:";
  INFO("banner: " << banner << "\nlog: " << log_text());
  REQUIRE(banner.rfind(expected, 0) == 0);
  port = std::stoi(banner.substr(expected.size()));
}

std::string ServedBinary::log_text() const {
  std::ifstream in(log);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string RawResponse::header(std::string_view name) const {
  const std::string wanted = lowercase(name) + ":";
  std::istringstream lines(head);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (lowercase(line.substr(0, wanted.size())) != wanted) continue;
    std::string value = line.substr(wanted.size());
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    return value;
  }
  return "";
}

RawConnection::RawConnection(int port) {
  fd_ = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd_ >= 0 && connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd_);
    fd_ = -1;
  }
}

RawConnection::~RawConnection() {
  if (fd_ >= 0) close(fd_);
}

bool RawConnection::send(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

// Reads what is available into the buffer, waiting until `deadline`; false at the deadline or
// when the connection has ended.
bool RawConnection::fill(std::chrono::steady_clock::time_point deadline) {
  if (ended_) return false;
  const auto left =
      std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
  if (left.count() <= 0) return false;
  pollfd descriptor{fd_, POLLIN, 0};
  if (poll(&descriptor, 1, static_cast<int>(left.count())) <= 0) return false;
  char buffer[65536];
  const ssize_t got = recv(fd_, buffer, sizeof buffer, 0);
  if (got <= 0) {
    ended_ = true;
    return false;
  }
  buffered_.append(buffer, static_cast<std::size_t>(got));
  return true;
}

RawResponse RawConnection::read_response(std::chrono::milliseconds timeout) {
  RawResponse response;
  if (fd_ < 0) return response;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::size_t head_end = std::string::npos;
  while ((head_end = buffered_.find("\r\n\r\n")) == std::string::npos) {
    if (!fill(deadline)) return response;
  }
  response.head = buffered_.substr(0, head_end + 2);
  buffered_.erase(0, head_end + 4);
  if (response.head.rfind("HTTP/1.", 0) == 0 && response.head.size() > 12) {
    response.status = std::atoi(response.head.c_str() + 9);
  }
  if (response.status == 100) {  // an interim answer: the caller reads the next one
    response.complete = true;
    return response;
  }
  const std::string length_text = response.header("Content-Length");
  const std::size_t length = length_text.empty() ? 0 : std::stoul(length_text);
  while (buffered_.size() < length) {
    if (!fill(deadline)) break;
  }
  response.complete = buffered_.size() >= length;
  response.body = buffered_.substr(0, length);
  buffered_.erase(0, std::min(length, buffered_.size()));
  return response;
}

bool RawConnection::closed_within(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!ended_) {
    buffered_.clear();
    if (!fill(deadline) && !ended_) return false;
  }
  return true;
}

RawResponse http_exchange(int port, std::string_view request, std::chrono::milliseconds timeout) {
  RawConnection connection(port);
  if (!connection.open() || !connection.send(request)) return {};
  return connection.read_response(timeout);
}

std::string request_text(const std::string& method, const std::string& target, const std::string& host,
                         const std::vector<std::string>& headers, const std::string& body) {
  std::string text = method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
  bool framed = false;
  for (const std::string& header : headers) {
    text += header + "\r\n";
    const std::string name = lowercase(header.substr(0, header.find(':')));
    framed = framed || name == "content-length" || name == "transfer-encoding";
  }
  if (!body.empty() && !framed) text += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  return text + "\r\n" + body;
}

long resident_kb(int pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return 0;
}

int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  int port = -1;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0) {
    port = ntohs(address.sin_port);
  }
  close(fd);
  return port;
}

void check_answered_while_clients_drip(std::vector<std::unique_ptr<RawConnection>>& slow, std::string_view byte,
                                       const std::function<RawResponse()>& get) {
  using namespace std::chrono_literals;
  for (int round = 0; round < 3; ++round) {
    for (auto& client : slow) client->send(byte);
    const auto start = std::chrono::steady_clock::now();
    const RawResponse answer = get();
    const auto took =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    INFO("round " << round << " took " << took.count() << " ms");
    CHECK(answer.status == 200);
    CHECK(took < 1000ms);
    std::this_thread::sleep_for(1s);
  }
}

}  // namespace chronicle::testing
