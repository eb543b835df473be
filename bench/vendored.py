#!/usr/bin/env python3
"""Benchmark corolint on an asio HTTP server with asio vendored (third_party/).

Run by hand (never by the test suite):

    bench/vendored.py                         # 7 rounds + 1 warm-up round
    bench/vendored.py --runs 3 --warmup 0     # quicker
    bench/vendored.py --build build-22        # default: ../build-22, else ../build

Real projects vendor libraries under their own include paths (-I, not
-isystem). The script makes, in a temporary directory,

    third_party/asio/include/asio.hpp -> /usr/include/asio.hpp   (symlinks)
    third_party/asio/include/asio     -> /usr/include/asio
    src/http_server.cpp               (an HTTP server on asio coroutines, below)

and times, round by round (each round runs every command once, one process at
a time):

    syntax-only      clang++-NN -fsyntax-only -I third_party/asio/include
    driver           corolint with the default ThirdPartyHeaders (asio is
                     third-party: bodies skipped, not walked)
    driver-off       corolint --third-party-headers= (asio is project code)
    syntax-system    clang++-NN -fsyntax-only, asio from /usr/include (system)
    driver-system    corolint, asio from /usr/include (system)

It prints each median, the ratio of each driver to its parse, and whether the
findings in src/http_server.cpp agree: vendored with the option on must give
exactly the findings of asio as a system header.

Python 3.11, standard library only; needs libasio-dev and clang++-NN.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import llvm_major  # noqa: E402  (one reading of a build's LLVM)

SCRIPT_DIR = Path(__file__).resolve().parent
REPO = SCRIPT_DIR.parent
ASIO_ARGS = ["-std=c++20", "-DASIO_HAS_CO_AWAIT", "-DASIO_HAS_STD_COROUTINE"]

# An HTTP/1.1 server on asio coroutines, in the shape of asio's examples: an
# acceptor loop, a session per connection reading requests and writing
# responses, a router, handlers; three of the handlers make classic
# mistakes, so the project's findings can be compared across runs.
HTTP_SERVER = r'''
#include <asio.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>

using asio::awaitable;
using asio::co_spawn;
using asio::detached;
using asio::use_awaitable;
using asio::ip::tcp;
namespace this_coro = asio::this_coro;

struct request {
  std::string method, target, version;
  std::map<std::string, std::string> headers;
  std::string body;
};

struct response {
  int status = 200;
  std::string reason = "OK";
  std::map<std::string, std::string> headers;
  std::string body;

  std::string serialize() const {
    std::ostringstream out;
    out << "HTTP/1.1 " << status << ' ' << reason << "\r\n";
    for (const auto &[name, value] : headers)
      out << name << ": " << value << "\r\n";
    out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    return out.str();
  }
};

static bool parse_request(const std::string &head, request &req) {
  std::istringstream in(head);
  if (!(in >> req.method >> req.target >> req.version))
    return false;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line) && line != "\r") {
    auto colon = line.find(':');
    if (colon == std::string::npos)
      return false;
    std::string value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ')) value.erase(0, 1);
    if (!value.empty() && value.back() == '\r') value.pop_back();
    req.headers[line.substr(0, colon)] = value;
  }
  return true;
}

static std::string read_file(const std::string &path) {
  std::ifstream file(path);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

awaitable<void> audit(std::string line) {
  auto executor = co_await this_coro::executor;
  asio::steady_timer timer(executor, std::chrono::milliseconds(1));
  co_await timer.async_wait(use_awaitable);
  std::fputs(line.c_str(), stderr);
}

awaitable<response> handle_index(const request &) {
  response res;
  res.headers["Content-Type"] = "text/html";
  res.body = "<h1>hello</h1>";
  co_return res;
}

awaitable<response> handle_static(const request &req) {
  response res;
  res.body = read_file("www" + req.target); // blocks the loop (file)
  co_return res;
}

awaitable<response> handle_slow(const request &req) {
  std::this_thread::sleep_for(std::chrono::milliseconds(50)); // blocks
  response res;
  res.body = req.target;
  co_return res;
}

awaitable<response> route(const request &req) {
  audit(req.method + " " + req.target + "\n"); // never awaited
  if (req.target == "/")
    co_return co_await handle_index(req);
  if (req.target.rfind("/static/", 0) == 0)
    co_return co_await handle_static(req);
  if (req.target == "/slow")
    co_return co_await handle_slow(req);
  response res;
  res.status = 404;
  res.reason = "Not Found";
  co_return res;
}

awaitable<void> session(tcp::socket socket) {
  try {
    std::string buffer;
    for (;;) {
      std::size_t n = co_await asio::async_read_until(
          socket, asio::dynamic_buffer(buffer), "\r\n\r\n", use_awaitable);
      request req;
      if (!parse_request(buffer.substr(0, n), req))
        break;
      buffer.erase(0, n);
      response res = co_await route(req);
      res.headers["Connection"] = "keep-alive";
      std::string bytes = res.serialize();
      co_await asio::async_write(socket, asio::buffer(bytes), use_awaitable);
    }
  } catch (const std::exception &e) {
    std::fprintf(stderr, "session: %s\n", e.what());
  }
}

awaitable<void> listener(unsigned short port) {
  auto executor = co_await this_coro::executor;
  tcp::acceptor acceptor(executor, {tcp::v4(), port});
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    co_spawn(executor, session(std::move(socket)), detached);
  }
}

int main() {
  try {
    asio::io_context io_context(1);
    asio::signal_set signals(io_context, SIGINT, SIGTERM);
    signals.async_wait([&](auto, auto) { io_context.stop(); });
    co_spawn(io_context, listener(8080), detached);
    io_context.run();
  } catch (const std::exception &e) {
    std::fprintf(stderr, "Exception: %s\n", e.what());
  }
}
'''


def note(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_once(argv: list[str], cwd: Path) -> tuple[int, float, str, str]:
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, check=False)
    return proc.returncode, time.perf_counter() - start, proc.stdout, proc.stderr


def project_findings(stdout: str) -> list[str]:
    """The warning lines located in the project's own file."""
    marker = "src/http_server.cpp:"
    return [line[line.index(marker):] for line in stdout.splitlines()
            if marker in line and ": warning:" in line]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()
    build = args.build
    if build is None:
        build = REPO / "build-22" if (REPO / "build-22").is_dir() else REPO / "build"
    build = build.resolve()
    corolint = build / "bin" / "corolint"
    clang = f"clang++-{llvm_major(build)}"
    if not corolint.exists():
        sys.exit(f"vendored.py: no {corolint}; build corolint first")
    if not Path("/usr/include/asio.hpp").exists():
        sys.exit("vendored.py: /usr/include/asio.hpp missing; install libasio-dev")

    with tempfile.TemporaryDirectory(prefix="corolint-vendored-") as tmp_name:
        tmp = Path(tmp_name)
        include = tmp / "third_party" / "asio" / "include"
        include.mkdir(parents=True)
        (include / "asio.hpp").symlink_to("/usr/include/asio.hpp")
        (include / "asio").symlink_to("/usr/include/asio")
        (tmp / "src").mkdir()
        (tmp / "src" / "http_server.cpp").write_text(HTTP_SERVER.lstrip())
        source = "src/http_server.cpp"
        vendored = ASIO_ARGS + [f"-I{include.relative_to(tmp)}"]
        commands = {
            "syntax-only": [clang, "-fsyntax-only", *vendored, source],
            "driver": [str(corolint), "--quiet", source, "--", *vendored],
            "driver-off": [str(corolint), "--quiet", "--third-party-headers=",
                           source, "--", *vendored],
            "syntax-system": [clang, "-fsyntax-only", *ASIO_ARGS, source],
            "driver-system": [str(corolint), "--quiet", source, "--", *ASIO_ARGS],
        }
        for name, argv in commands.items():
            note(f"  {name:<14} {' '.join(argv)}")
        times: dict[str, list[float]] = {name: [] for name in commands}
        outputs: dict[str, str] = {}
        for round_index in range(args.warmup + args.runs):
            for name, argv in commands.items():
                code, wall, stdout, stderr = run_once(argv, tmp)
                ok = (0,) if name.startswith("syntax") else (0, 1)
                if code not in ok:
                    sys.exit(f"vendored.py: {name} exited {code}\n{stderr[-4000:]}")
                if round_index >= args.warmup:
                    times[name].append(wall)
                outputs[name] = stdout

    median = {name: statistics.median(t) for name, t in times.items()}
    print(f"{clang}, {os.cpu_count()} CPUs, {args.runs} runs (+{args.warmup} "
          "warm-up), medians, interleaved round by round")
    print(f"{'command':<14} {'median s':>9} {'min s':>8} {'max s':>8}  vs parse")
    for name in commands:
        floor = median["syntax-system" if name.endswith("system") else "syntax-only"]
        ratio = "" if name.startswith("syntax") else f"{median[name] / floor:.2f}x"
        print(f"{name:<14} {median[name]:9.3f} {min(times[name]):8.3f} "
              f"{max(times[name]):8.3f}  {ratio}")
    findings = {name: project_findings(outputs[name])
                for name in ("driver", "driver-off", "driver-system")}
    for name, lines in findings.items():
        print(f"{name}: {len(lines)} findings in {source}")
    same = findings["driver"] == findings["driver-system"]
    print("vendored (option on) and system asio give the same findings in the "
          f"project's code: {'yes' if same else 'NO'}")
    if findings["driver"] != findings["driver-off"]:
        print("option off differs:")
        for line in sorted(set(findings["driver-off"]) ^ set(findings["driver"])):
            print("  " + line)
    for line in findings["driver"]:
        print("  " + line)
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
