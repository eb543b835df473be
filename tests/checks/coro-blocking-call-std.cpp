// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/cppcoro
// RUN: %check_coro_lint --check-suffix=LOCKS --config="{CheckOptions: {coro-blocking-call.ReportMutexLocks: true}}" %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/cppcoro

// coro-blocking-call and the C++ standard library, in cppcoro::task
// coroutines (the mock): sleeping, file streams and std::filesystem, waiting
// on futures, threads and synchronisation objects, processes, the console.
// Taking a mutex is reported only with ReportMutexLocks (LOCKS).

#include <barrier>
#include <condition_variable>
#include <cppcoro/task.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <latch>
#include <mutex>
#include <semaphore>
#include <sstream>
#include <string>
#include <thread>

// ---- 1. Sleep -----------------------------------------------------------------

cppcoro::task<> sleeps() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::this_thread::sleep_for'
  std::this_thread::sleep_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_until' {{.*}} (sleep)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::this_thread::sleep_until'
  co_return;
}

// ---- 2. Files ---------------------------------------------------------------

cppcoro::task<std::string> files(const std::string &path) {
  std::ifstream in(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: constructing 'std::ifstream' {{.*}} (file), blocking the event loop thread
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:17: warning: constructing 'std::ifstream'
  std::string line;
  std::getline(in, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::getline' {{.*}} (file)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::getline'
  char buffer[16];
  in.read(buffer, sizeof buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::basic_istream::read' {{.*}} (file)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::basic_istream::read'
  std::ofstream out;
  out.open(path + ".copy");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::basic_ofstream::open' {{.*}} (file)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::basic_ofstream::open'
  out.write(buffer, in.gcount());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::basic_ostream::write' {{.*}} (file)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::basic_ostream::write'
  if (std::filesystem::exists(path + ".bak"))
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'std::filesystem::exists' {{.*}} (file)
    // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:7: warning: 'std::filesystem::exists'
    std::filesystem::remove(path + ".bak");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::filesystem::remove' {{.*}} (file)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:5: warning: 'std::filesystem::remove'

  // Quiet: streams in memory, paths, and a stream that is only declared.
  std::istringstream text("a\nb\n");
  std::getline(text, line);
  std::ostringstream report;
  report.write(line.data(), line.size());
  std::filesystem::path name = std::filesystem::path(path).filename();
  std::ifstream unopened;
  co_return name.string();
}

// ---- 3. Waiting on threads, futures and synchronisation objects ----------------

cppcoro::task<int> waits(std::future<int> &pending, std::shared_future<int> shared,
                         std::thread &worker, std::condition_variable &ready,
                         std::mutex &mutex, std::latch &done,
                         std::barrier<> &phase, std::counting_semaphore<4> &slots) {
  int value = pending.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'std::future::get' {{.*}} (thread-wait)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:15: warning: 'std::future::get'
  shared.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::shared_future::wait' {{.*}} (thread-wait)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::shared_future::wait'
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::thread::join' {{.*}} (thread-wait)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::thread::join'
  std::unique_lock<std::mutex> lock(mutex);
  // CHECK-MESSAGES-LOCKS: :[[@LINE-1]]:32: warning: constructing 'std::unique_lock<std::mutex>' {{.*}} (lock)
  ready.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::condition_variable::wait' {{.*}} (thread-wait)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::condition_variable::wait'
  lock.unlock();
  done.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::latch::wait' {{.*}} (thread-wait)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::latch::wait'
  phase.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::barrier::arrive_and_wait' {{.*}} (thread-wait)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::barrier::arrive_and_wait'
  slots.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::counting_semaphore::acquire' {{.*}} (thread-wait)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::counting_semaphore::acquire'
  std::lock_guard<std::mutex> guard(mutex);
  // CHECK-MESSAGES-LOCKS: :[[@LINE-1]]:31: warning: constructing 'std::lock_guard<std::mutex>' {{.*}} (lock)

  // std::async: the future of a discarded call waits in its destructor.
  std::async(std::launch::async, [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::async' {{.*}} (thread-wait)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::async'
  // A future that is kept waits in its destructor when the coroutine ends,
  // even if it is only polled.
  std::future<int> later = std::async(std::launch::async, [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: destroying 'later' waits for the task std::async started when it goes out of scope (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:20: warning: destroying 'later'
  bool ready_now = later.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'std::future::wait_for' {{.*}} (thread-wait)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:20: warning: 'std::future::wait_for'
  slots.release();
  co_return value + ready_now;
}

// ---- 4. Processes and the console ----------------------------------------------

cppcoro::task<int> process_and_console() {
  int status = std::system("gzip -9 big.log");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'system' {{.*}} (process)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:16: warning: 'system'
  std::string answer;
  std::getline(std::cin, answer);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::getline' {{.*}} (console)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::getline' {{.*}} (console)
  int number = 0;
  std::cin >> number;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::basic_istream::operator>>' {{.*}} (console)
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:3: warning: 'std::basic_istream::operator>>' {{.*}} (console)
  std::cout << "status " << status << '\n'; // Writing to the console: quiet.
  co_return status + number;
}

// ---- 5. Quiet: the same calls outside any coroutine ---------------------------

int main() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  std::ifstream in("config.ini");
  std::thread worker([] {});
  worker.join();
  return std::system("true");
}
