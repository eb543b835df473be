// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/cppcoro

// coro-blocking-call through helpers judges the paths a call can take: an
// effect under a condition on the helper's parameters (or on members its
// object's constructor sets from them) is dropped where the call's
// arguments rule it out, kept with a note saying the condition where they do
// not decide it, and left out on cold paths (ending the process, unlikely,
// an assertion's failure report). Direct calls in a coroutine are reported
// whatever the condition around them.

#include <arpa/inet.h>
#include <cctype>
#include <cppcoro/task.hpp>
#include <cstdio>
#include <cstdlib>
#include <netdb.h>
#include <string>

void flush_to_disk(const std::string &text) {
  FILE *log = std::fopen("/var/log/app.log", "a");
  std::fwrite(text.data(), 1, text.size(), log);
}

// ---- 1. A level compared with an enumerator ---------------------------------

enum class Level { Debug, Info, Warn, Error, Fatal };

void log(Level level, const std::string &text) {
  if (level >= Level::Error)
    flush_to_disk(text);
}

cppcoro::task<> handler_logs(Level configured) {
  log(Level::Info, "request served"); // Quiet: Info never reaches the disk.
  log(Level::Debug, "details");
  log(Level::Error, "request failed");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'log' blocks the event loop thread through 'fopen', which opens the file synchronously (file): every coroutine on this loop waits [coro-blocking-call]
  log(configured, "whatever was configured");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'log' blocks the event loop thread through 'fopen'
  // CHECK-MESSAGES: :[[@LINE-11]]:7: note: 'log' does this only when 'level >= Level::Error'
  co_return;
}

// ---- 2. The level carried by a record object ---------------------------------

struct Record {
  Level level;
  std::string text;
  explicit Record(Level level) : level(level) {}
  Record &ref() { return *this; }
  Level get_level() const { return level; }
};

struct Logger {
  void write(const Record &record) {
    if (record.get_level() >= Level::Error)
      flush_to_disk(record.text);
  }
  void operator+=(Record &record) { write(record); }
};

Logger logger;

cppcoro::task<> handler_records() {
  logger += Record(Level::Info).ref(); // Quiet.
  logger.write(Record(Level::Warn));   // Quiet.
  logger += Record(Level::Fatal).ref();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Logger::operator+=' blocks the event loop thread through 'fopen'
  Record kept(Level::Debug);
  logger.write(kept); // Quiet: a local never changed after it was made.
  co_return;
}

// A member that the object's own code changes is not what its constructor
// set: the call is judged on every path.
struct Session {
  bool verbose;
  explicit Session(bool verbose) : verbose(verbose) {}
  void trace() {
    if (verbose)
      flush_to_disk("trace");
  }
  void run() {
    verbose = true;
    trace();
  }
};

cppcoro::task<> handler_sessions() {
  Session(false).run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Session::run' blocks the event loop thread through 'fopen'
  co_return;
}

// ---- 3. A defaulted parameter, and a switch over it --------------------------

enum class Encoding { None, Gzip, Deflate };

void save_body(const std::string &body, Encoding encoding = Encoding::None) {
  switch (encoding) {
  case Encoding::Gzip:
  case Encoding::Deflate:
    flush_to_disk(body); // Spills compressed bodies to a file.
    break;
  case Encoding::None:
    break;
  }
}

cppcoro::task<> handler_bodies(Encoding requested) {
  save_body("plain");                  // Quiet: the default is None.
  save_body("plain", Encoding::None);  // Quiet.
  save_body("packed", Encoding::Gzip);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'save_body' blocks the event loop thread through 'fopen'
  save_body("asked", requested);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'save_body' blocks the event loop thread through 'fopen'
  // CHECK-MESSAGES: :[[@LINE-17]]:11: note: 'save_body' does this only when 'encoding' is 'Encoding::Gzip' or 'Encoding::Deflate'
  co_return;
}

// ---- 4. A boolean parameter, an early return, a local copied from one -------

void audit(const std::string &what, bool durable) {
  if (!durable)
    return;
  flush_to_disk(what);
}

void audit_copy(const std::string &what, bool durable) {
  const bool keep = durable;
  keep ? flush_to_disk(what) : void();
}

cppcoro::task<> handler_audits() {
  audit("volatile", false);    // Quiet.
  audit_copy("volatile", false); // Quiet.
  audit("kept", true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'audit' blocks the event loop thread through 'fopen'
  co_return;
}

// ---- 5. A string literal against a known predicate --------------------------

bool is_numeric_host(const std::string &host) {
  return host.find_first_not_of("0123456789.") == std::string::npos;
}

struct Server {
  explicit Server(const std::string &address) {
    if (!is_numeric_host(address)) {
      addrinfo *found = nullptr;
      getaddrinfo(address.c_str(), "80", nullptr, &found);
    }
  }
};

// The C library's own tests on known text.
struct Listener {
  explicit Listener(const char *host) {
    in_addr numeric;
    if (inet_pton(AF_INET, host, &numeric) != 1) {
      addrinfo *found = nullptr;
      getaddrinfo(host, "80", nullptr, &found);
    }
  }
};

bool starts_with_digit(const std::string &host) {
  return std::isdigit(static_cast<unsigned char>(host[0])) != 0;
}

void connect_to(const std::string &host) {
  if (!starts_with_digit(host)) {
    addrinfo *found = nullptr;
    getaddrinfo(host.c_str(), "80", nullptr, &found);
  }
}

void add_route(const std::string &pattern) {
  if (pattern.find('{') != std::string::npos)
    flush_to_disk(pattern); // Stands in for compiling the pattern.
}

cppcoro::task<> handler_servers(std::string host) {
  Server any("0.0.0.0"); // Quiet: numeric, no lookup.
  Listener local("127.0.0.1"); // Quiet.
  connect_to("10.0.0.1");      // Quiet.
  Listener remote("example.com");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: constructing 'Listener' blocks the event loop thread through 'getaddrinfo'
  connect_to("db.internal");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'connect_to' blocks the event loop thread through 'getaddrinfo'

  add_route("/health");  // Quiet: no '{'.
  Server named("example.com");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: constructing 'Server' blocks the event loop thread through 'getaddrinfo'
  add_route("/users/{id}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'add_route' blocks the event loop thread through 'fopen'
  Server asked(host);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: constructing 'Server' blocks the event loop thread through 'getaddrinfo'
  // CHECK-MESSAGES: :[[@LINE-50]]:9: note: 'Server::Server' does this only when '!is_numeric_host(address)'
  co_return;
}

// ---- 6. Cold paths: the process ends, unlikely, an assertion's report -------

[[noreturn]] void die(const std::string &why) {
  flush_to_disk(why);
  std::abort();
}

void check_invariant(bool holds) {
  if (!holds) {
    FILE *trace = popen("addr2line -e /proc/self/exe", "r");
    pclose(trace);
    std::exit(3);
  }
}

void rare(int code) {
  if (code < 0) [[unlikely]] {
    flush_to_disk("negative");
  }
}

void rare_expected(int code) {
  if (__builtin_expect(code < 0, 0))
    flush_to_disk("negative");
}

bool debugger_attached() {
  FILE *status = std::fopen("/proc/self/status", "r");
  return status != nullptr;
}

struct AssertionResult {
  bool failed = false;
  void set(bool ok) { failed = !ok; }
  bool report() { return failed && debugger_attached(); }
};

#define CHECK(expression)                                                      \
  do {                                                                         \
    AssertionResult result_;                                                   \
    result_.set(static_cast<bool>(expression));                                \
    if (result_.report())                                                      \
      __builtin_trap();                                                        \
  } while (false)

int read_config() {
  FILE *config = std::fopen("/etc/app.conf", "r");
  return config ? 1 : 0;
}

cppcoro::task<> handler_cold(int code, bool ok) {
  check_invariant(ok); // Quiet: the trace runs only before exiting.
  rare(code);          // Quiet: [[unlikely]].
  rare_expected(code); // Quiet: __builtin_expect(..., 0).
  CHECK(code == 0);    // Quiet: the macro's own report.
  if (!ok)
    die("bad state"); // Quiet: does not return.
  CHECK(read_config() == 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: call to 'read_config' blocks the event loop thread through 'fopen'
  co_return;
}

// ---- 7. Direct calls in the coroutine are reported whatever guards them -----

cppcoro::task<> handler_direct(Level level) {
  if (level == Level::Fatal) {
    FILE *trace = popen("addr2line", "r");
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'popen' starts a shell command synchronously (process), blocking the event loop thread
    pclose(trace);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'pclose' {{.*}} [coro-blocking-call]
    std::exit(1);
  }
  co_return;
}

// ---- 8. Recursion: a recursive function's parameters are never decided ------

void drain(int n) {
  if (n == 0)
    flush_to_disk("done");
  else
    drain(n - 1);
}

cppcoro::task<> handler_recursion() {
  drain(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drain' blocks the event loop thread through 'fopen'
  // CHECK-MESSAGES: :[[@LINE-9]]:7: note: 'drain' does this only when 'n == 0'
  co_return;
}
