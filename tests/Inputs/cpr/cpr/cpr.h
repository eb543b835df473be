// Mock of cpr (C++ Requests) for corolint's tests: only the names and shapes
// the tests need. Like the real library, the free functions take their
// options as a pack, and the *Async variants return at once.
#pragma once

#include <future>
#include <string>
#include <utility>

namespace cpr {

struct Url {
  std::string str;
};
struct Body {
  std::string str;
};
struct Response {
  long status_code = 0;
  std::string text;
};
using AsyncResponse = std::future<Response>;

template <typename... Ts> Response Get(Ts &&...ts);
template <typename... Ts> Response Post(Ts &&...ts);
template <typename... Ts> Response Delete(Ts &&...ts);
template <typename... Ts> AsyncResponse GetAsync(Ts &&...ts);

class Session {
public:
  void SetUrl(const Url &url);
  void SetBody(const Body &body);
  Response Get();
  Response Post();
  AsyncResponse GetAsync();
};

} // namespace cpr
