// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/cppcoro

// coro-cpu-heavy-work through helpers judges the paths a call can take: a
// compression loop behind a defaulted encoding parameter, a regular
// expression compiled only for route patterns with a placeholder. The
// finding stays, with the condition in a note, where the call does not
// decide it.

#include <cppcoro/task.hpp>
#include <regex>
#include <string>

enum class content_encoding { none, gzip, deflate };

struct response {
  std::string body;
  int status = 200;

  void set_status_and_content(int code, std::string content,
                              content_encoding encoding = content_encoding::none) {
    status = code;
    if (encoding != content_encoding::none) {
      // A stand-in deflate: a fixed amount of work per call.
      unsigned state = 0;
      for (int round = 0; round < 4'000'000; ++round)
        state = state * 33 + static_cast<unsigned>(round);
      content += static_cast<char>(state);
    }
    body = std::move(content);
  }
};

struct router {
  std::vector<std::regex> patterns;
  void add(const std::string &route) {
    if (route.find('{') != std::string::npos ||
        route.find(')') != std::string::npos)
      patterns.push_back(std::regex(route));
  }
};

cppcoro::task<> serve(response &res, router &routes, content_encoding asked,
                      std::string route) {
  res.set_status_and_content(200, "ok"); // Quiet: the default is none.
  res.set_status_and_content(404, "missing", content_encoding::none);
  routes.add("/health");                 // Quiet: a literal route.
  routes.add("/metrics");
  res.set_status_and_content(200, "packed", content_encoding::gzip);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'response::set_status_and_content' does CPU-heavy work on the event loop thread (a loop of 4,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  res.set_status_and_content(200, "asked", asked);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'response::set_status_and_content' does CPU-heavy work on the event loop thread (a loop of 4,000,000 iterations)
  // CHECK-MESSAGES: :[[@LINE-30]]:9: note: 'response::set_status_and_content' does this only when 'encoding != content_encoding::none'
  routes.add("/users/{id}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'router::add' does CPU-heavy work on the event loop thread (constructing 'std::regex', which compiles a regular expression)
  routes.add(route);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'router::add' does CPU-heavy work on the event loop thread
  // CHECK-MESSAGES: :[[@LINE-21]]:9: note: 'router::add' does this only when the condition here holds
  co_return;
}
