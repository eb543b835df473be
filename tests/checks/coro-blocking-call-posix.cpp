// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// coro-blocking-call on the C and POSIX libraries (glibc's real headers), in
// standalone asio coroutines (libasio-dev). C names match only functions
// declared extern "C": a project's own connect() or read() is not one of them.

#include <asio.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <netdb.h>
#include <pthread.h>
#include <string>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

// ---- 1. Sleeping -------------------------------------------------------------

asio::awaitable<void> sleeping() {
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the blocking work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  usleep(1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'usleep' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the blocking work off the event loop: co_await asio::co_spawn(pool,
  timespec pause{0, 500000};
  nanosleep(&pause, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'nanosleep' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_return;
}

// ---- 2. Files: stdio streams and file descriptors ----------------------------

asio::awaitable<std::string> files(FILE *log) {
  char line[128] = {};
  FILE *config = fopen("/etc/app.conf", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'fopen' opens the file synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: move the blocking work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  std::FILE *cache = std::fopen("/var/cache/app", "rb");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'fopen' opens the file synchronously (file), blocking the event loop thread
  fread(line, 1, sizeof line, cache);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fread' reads from the stream synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  fgets(line, sizeof line, config);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fgets' reads a line from the stream synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  fwrite(line, 1, 4, log);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fwrite' writes to the stream synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  fputs("reloaded\n", log);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fputs' writes to the stream synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  fflush(log);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fflush' flushes the stream synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  int c = getc(config);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'getc' reads from the stream synchronously (file), blocking the event loop thread
  // Flushing the console is not reported.
  fflush(stdout);
  fflush(stderr);

  int fd = open("/var/lib/app/state", O_RDWR);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' opens the file synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  read(fd, line, sizeof line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'read' reads from the file descriptor synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  ::write(fd, line, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'write' writes to the file descriptor synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  (void)c;
  co_return std::string(line);
}

// ---- 3. Name resolution and sockets ------------------------------------------

asio::awaitable<void> sockets(int listener) {
  addrinfo *found = nullptr;
  getaddrinfo("db.internal", "5432", nullptr, &found);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'getaddrinfo' resolves the host name synchronously (dns), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the blocking work off the event loop: co_await asio::co_spawn(pool,
  hostent *host = gethostbyname("cache.internal");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'gethostbyname' resolves the host name synchronously (dns), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  connect(fd, found->ai_addr, found->ai_addrlen);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'connect' connects the socket synchronously (network), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  int client = accept(listener, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'accept' waits for a connection (network), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  char buffer[512];
  recv(client, buffer, sizeof buffer, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'recv' receives from the socket synchronously (network), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  send(client, "pong", 4, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'send' sends on the socket synchronously (network), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  freeaddrinfo(found);
  (void)host;
  co_return;
}

// ---- 4. Child processes and other threads ------------------------------------

asio::awaitable<int> processes(pthread_t worker) {
  FILE *listing = popen("ls /srv", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'popen' starts a shell command synchronously (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  pclose(listing);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'pclose' waits for the command to finish (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  int status = 0;
  waitpid(-1, &status, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'waitpid' waits for a child process to finish (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  wait(&status);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'wait' waits for a child process to finish (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  system("logrotate /etc/logrotate.conf");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'system' runs a shell command and waits for it (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  int code = std::system("sync");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'system' runs a shell command and waits for it (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  pthread_join(worker, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'pthread_join' waits for the thread to finish (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the blocking work off the event loop: co_await asio::co_spawn(pool,
  co_return code;
}

// ---- 5. The console ----------------------------------------------------------

asio::awaitable<int> console() {
  int choice = 0;
  scanf("%d", &choice);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'scanf' reads from the console and waits for input (console), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  int key = getchar();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'getchar' reads from the console and waits for input (console), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // getc on stdin is console input, on any other stream a file read (above).
  int next = getc(stdin);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'getc' reads from the console and waits for input (console), blocking the event loop thread
  co_return choice + key + next;
}

// ---- 6. Writing to the console -----------------------------------------------

asio::awaitable<void> console_output() {
  // printf, puts, and stdio writes to stdout or stderr are console output,
  // not reported; the stream is the last argument of fputs and fwrite.
  printf("starting\n");
  puts("ready");
  fflush(stdout);
  fputs("ready\n", stdout);
  fwrite("!\n", 1, 2, stderr);
  putc('\n', stdout);
  // Reading stdin is console input, whichever argument it is.
  char reply[16];
  fgets(reply, sizeof reply, stdin);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fgets' reads a line from the console and waits for input (console), blocking the event loop thread
  co_return;
}

// ---- 7. Quiet: the project's own functions with C names ----------------------

// C++ functions in the global namespace, overloading the C ones: a C name in
// the knowledge matches only an extern "C" function.
struct Conn {
  bool open = false;
  std::vector<std::string> outbox;
};
struct Buffer {
  std::string data;
};
bool connect(Conn &conn) {
  conn.open = true;
  return true;
}
std::size_t read(Buffer &buffer) { return buffer.data.size(); }
void send(Conn &conn, std::string message) { conn.outbox.push_back(message); }
void write(Buffer &buffer, const std::string &text); // Defined elsewhere.
namespace net {
int connect(int fd); // Defined elsewhere.
}

asio::awaitable<std::size_t> own_functions(Conn &conn, Buffer &buffer) {
  connect(conn);
  send(conn, "hello");
  write(buffer, "hello");
  net::connect(3);
  co_return read(buffer);
}

// ---- 8. Quiet: plain functions, not called from a coroutine ------------------

int run_cli() {
  sleep(1);
  FILE *config = fopen("/etc/app.conf", "r");
  char line[64];
  fgets(line, sizeof line, config);
  int status = system("true");
  return status + getchar();
}

// ---- 9. Lambdas: on another thread is quiet, on the loop is reported ----------

asio::awaitable<void> lambdas(asio::io_context &io, asio::thread_pool &pool) {
  // A thread: the lambda runs on it; joining it is the blocking part.
  std::thread worker([] { sleep(1); });
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::thread::join' waits for the thread to finish (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // The lambda is rightly quiet, but the jthread's destructor joins it when
  // the coroutine ends, blocking the loop like worker.join().
  std::jthread cleaner([] { usleep(100); });
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: destroying 'cleaner' waits for the thread to finish when it goes out of scope (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  pthread_t raw;
  pthread_create(&raw, nullptr, [](void *) -> void * { sleep(1); return nullptr; }, nullptr);
  pthread_detach(raw);

  // Posted to a thread pool: runs on one of its threads.
  asio::post(pool, [] { sleep(1); });
  asio::post(pool.get_executor(), [] { system("gzip /var/log/app.log"); });
  co_await asio::co_spawn(
      pool,
      []() -> asio::awaitable<void> {
        usleep(100);
        co_return;
      },
      asio::use_awaitable);

  // Posted to the io_context or the coroutine's own executor: runs on the
  // event loop thread, later, and blocks it then.
  asio::post(io, [] { sleep(2); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'sleep' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: move the blocking work off the event loop: co_await asio::co_spawn(pool,
  asio::dispatch(io.get_executor(), [] { usleep(200); });
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'usleep' sleeps the calling thread (sleep), blocking the event loop thread
  auto executor = co_await asio::this_coro::executor;
  asio::post(executor, [] { system("true"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'system' runs a shell command and waits for it (process), blocking the event loop thread

  // Awaiting a post to the pool does not move the coroutine there: asio
  // resumes it on its own executor, the event loop.
  co_await asio::post(pool, asio::use_awaitable);
  sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' sleeps the calling thread (sleep), blocking the event loop thread

  // A lambda given to a library algorithm runs here, on the loop.
  std::vector<int> fds{3, 4};
  std::for_each(fds.begin(), fds.end(), [](int fd) { fsync(fd); });
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: 'fsync' waits for the file to reach the disk (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]

  // A coroutine lambda runs on the loop it is spawned on.
  auto reload = []() -> asio::awaitable<void> {
    FILE *config = fopen("/etc/app.conf", "r");
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'fopen' opens the file synchronously (file), blocking the event loop thread
    // CHECK-MESSAGES: :[[@LINE-2]]:20: note: move the blocking work off the event loop: co_await asio::co_spawn(pool,
    fclose(config);
    co_return;
  };
  co_await reload();
}
