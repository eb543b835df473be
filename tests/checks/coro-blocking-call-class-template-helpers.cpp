// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// A coroutine of a class template that calls helpers of the same template:
// the chain is followed in the template as written, as in a plain class.
// A helper that blocks only in a branch that does not depend on the
// template is reported with its condition; one whose blocking call depends
// on the template parameter is not known as written.

#include <asio.hpp>
#include <fstream>
#include <sstream>
#include <string>

template <class Security> class client {
public:
  asio::awaitable<void> send_email(std::string path) {
    std::string request = build_request(path);
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: call to 'client::build_request' blocks the event loop thread through constructing 'std::ifstream', which opens the file synchronously (file): every coroutine on this loop waits [coro-blocking-call]
    co_return;
  }

  asio::awaitable<void> send_generic(Security security) {
    security.handshake(); // Depends on Security: not known as written.
    co_return;
  }

private:
  std::string build_request(const std::string &path) {
    return "MAIL " + build_file(path);
  }
  std::string build_file(const std::string &path) {
    return load_file_contents(path);
  }
  std::string load_file_contents(const std::string &path) {
    std::ifstream file(path);
    std::stringstream contents;
    contents << file.rdbuf();
    return contents.str();
  }
};

struct tls {
  void handshake() {}
};

template class client<tls>;
