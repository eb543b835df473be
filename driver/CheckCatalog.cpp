//===--- CheckCatalog.cpp - What each check is, for reports ---------------===//

#include "CheckCatalog.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"

namespace corolint {

namespace {

const CheckDescription Checks[] = {
    {"coro-blocking-call", "CoroBlockingCall",
     "A call in a coroutine blocks the event loop thread.",
     "A call in loop context (a coroutine's body, or a helper it calls) "
     "blocks the thread the event loop runs on: sleeping, file, network, "
     "DNS, HTTP or database I/O, waiting on a thread or a future. Every "
     "other coroutine on that loop waits with it. The C++ form of "
     "time.sleep() or requests.get() in an async def.",
     true},
    {"coro-cpu-heavy-work", "CoroCpuHeavyWork",
     "CPU-heavy work runs on the event loop thread without suspending.",
     "A loop with many iterations or a deep nest, a busy-wait on a flag, or "
     "a CPU-heavy library call (compression, password hashing, compiling a "
     "regular expression) runs in a coroutine, or a helper it calls, with no "
     "suspension point: nothing else runs on the event loop until it ends. "
     "The C++ form of a long computation in an async def instead of "
     "run_in_executor.",
     true},
    {"coro-dangling-reference", "CoroDanglingReference",
     "A lazy task outlives a temporary, local or lambda object it refers "
     "to.",
     "A coroutine keeps its reference, view and pointer parameters, its "
     "object and a lambda's captures as they are. When its lazy task is "
     "stored, returned or started to run later, a temporary of the call's "
     "full expression, a local whose scope has ended or a temporary lambda "
     "object is gone by the time the task reads it: a use after free. "
     "Awaiting the task in the same expression, or taking the parameter by "
     "value, is safe.",
     true},
    {"coro-lock-across-await", "CoroLockAcrossAwait",
     "A coroutine suspends while it holds a synchronous lock.",
     "A co_await or co_yield is reached while a std::lock_guard, "
     "unique_lock, scoped_lock, shared_lock, a Boost or scoped_lockable "
     "guard, or a mutex locked directly, is held on every path: another "
     "coroutine on the same event loop that takes the lock blocks the loop's "
     "thread, which the suspended coroutine needs to resume and unlock it; "
     "and a coroutine that resumes on another thread unlocks a mutex that "
     "thread does not own.",
     true},
    {"coro-nested-event-loop", "CoroNestedEventLoop",
     "A coroutine runs an event loop or blocks until an awaitable completes.",
     "A coroutine calls sync_wait, blockingWait, io_context::run or .get() "
     "on work its own loop must finish, directly or through a helper: a "
     "deadlock when the work needs this loop, a re-entered loop otherwise. "
     "The C++ form of asyncio.run() inside a coroutine.",
     true},
    {"coro-task-not-coroutine", "CoroTaskNotCoroutine",
     "A function returns a task but is not a coroutine, and can fall off "
     "its end.",
     "A function returns a task type but has no co_await, co_return or "
     "co_yield, so it is an ordinary function: its body runs at the call, "
     "and a path that reaches its closing brace returns no task at all "
     "(undefined behaviour). Usually a coroutine whose co_return was "
     "forgotten; wrappers that return another coroutine's task on every "
     "path are fine.",
     true},
    {"coro-unawaited-task", "CoroUnawaitedTask",
     "A coroutine task is created and never awaited.",
     "A task is created and dropped without co_await: a lazy task never "
     "runs, an eager one runs but loses its result and its errors. The C++ "
     "form of Python's 'coroutine was never awaited'.",
     true},
};

const CheckDescription CompilerError = {
    "clang-diagnostic-error", "CompilerError",
    "The compiler could not parse the file.",
    "Clang reported an error while parsing the file; the checks' findings "
    "for it may be incomplete."};

const CheckDescription Other = {"", "ClangTidy",
                                "A diagnostic of clang-tidy or Clang.",
                                "A diagnostic of clang-tidy or Clang, not of "
                                "a corolint check."};

struct Page {
  llvm::StringRef File; ///< `coro-blocking-call.md`
  llvm::StringRef Text;
};

const Page Pages[] = {
#include "CheckPages.inc"
};

} // namespace

CheckDescription describeCheck(llvm::StringRef Id) {
  for (const CheckDescription &Check : Checks)
    if (Check.Id == Id)
      return Check;
  CheckDescription Generic =
      Id.starts_with("clang-diagnostic-") ? CompilerError : Other;
  Generic.Id = Id;
  return Generic;
}

std::string helpUri(const CheckDescription &Check) {
  if (!Check.HasHelpPage)
    return "";
  return (llvm::Twine(COROLINT_DOCS_URL) + "/checks/" + Check.Id + ".md").str();
}

std::optional<llvm::StringRef> checkPage(llvm::StringRef Id) {
  for (const Page &P : Pages)
    if (P.File.drop_back(3) == Id)
      return P.Text;
  return std::nullopt;
}

std::vector<llvm::StringRef> checksWithPages() {
  std::vector<llvm::StringRef> Ids;
  for (const Page &P : Pages)
    Ids.push_back(P.File.drop_back(3)); // Without ".md".
  return Ids;
}

} // namespace corolint
