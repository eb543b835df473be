//===--- Knowledge.h - What corolint knows about frameworks ----*- C++ -*-===//
//
// Framework knowledge is data: each framework is described by one YAML file
// (see docs/knowledge-format.md). This header is the in-memory model of those
// files and the lookups the checks make on it.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_KNOWLEDGE_KNOWLEDGE_H
#define COROLINT_KNOWLEDGE_KNOWLEDGE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace corolint {

/// Whether a task runs before anyone awaits it.
enum class TaskLaziness {
  Lazy,  ///< Suspends at its start: it never runs unless awaited or started.
  Eager, ///< Runs at once: dropping it loses its result and its errors.
};

/// A coroutine return type ("task type") of a framework.
struct TaskTypeEntry {
  /// Fully qualified name without template arguments, e.g. `asio::awaitable`;
  /// an alias template or typedef name works as well as a class name.
  std::string Name;
  TaskLaziness Laziness = TaskLaziness::Lazy;
  /// What to do with such a task in code that cannot await it, shown in notes,
  /// e.g. `asio::co_spawn(executor, <task>, asio::detached)`.
  std::string HandleWith;
  /// How a coroutine of this type moves blocking or CPU-heavy work off its
  /// event loop, shown in notes, e.g. `co_await pool.schedule()`.
  std::string OffloadWith;
  /// How a coroutine of this type lets the rest of its loop run in the middle
  /// of long work, shown in notes, e.g.
  /// `co_await seastar::coroutine::maybe_yield()`.
  std::string YieldWith;
  /// A coroutine that awaits such a task before it is complete is resumed
  /// by the thread that completes it (`concurrencpp::result`), not by its
  /// own executor.
  bool ResumesWhereCompleted = false;
};

/// A type-erased callable class whose first template argument is its call
/// signature (`std::function<void(int)>`). A task-returning callable stored in
/// one with a `void` result has its task dropped by every caller.
struct CallbackWrapperEntry {
  std::string Name;
};

/// Why a blocking call blocks; shown in messages and used to filter.
enum class BlockingCategory {
  Sleep,
  File,
  Network,
  Dns,
  Http,
  Database,
  Process,
  ThreadWait,
  Console,
  Lock, ///< Taking a mutex: reported only when an option asks for it.
};

/// Each category with its spelling in knowledge files and messages.
inline constexpr std::pair<BlockingCategory, llvm::StringLiteral>
    BlockingCategoryNames[] = {
        {BlockingCategory::Sleep, "sleep"},
        {BlockingCategory::File, "file"},
        {BlockingCategory::Network, "network"},
        {BlockingCategory::Dns, "dns"},
        {BlockingCategory::Http, "http"},
        {BlockingCategory::Database, "database"},
        {BlockingCategory::Process, "process"},
        {BlockingCategory::ThreadWait, "thread-wait"},
        {BlockingCategory::Console, "console"},
        {BlockingCategory::Lock, "lock"},
};

/// The spelling of \p Category in knowledge files and messages.
llvm::StringRef categoryName(BlockingCategory Category);

/// A function that blocks the calling thread.
///
/// The "subject" of a call is the object of a member call or the first
/// argument of a free one (`file` in `file.read(...)` and in
/// `std::getline(file, line)`). `On` and `NotOn` restrict an entry to some
/// subjects: each item names a class (matching the subject's type or any of
/// its bases) or a variable (`std::cin`).
struct BlockingCallEntry {
  /// Fully qualified: `std::this_thread::sleep_for`, a member
  /// `asio::basic_stream_socket::read_some`, a constructor
  /// `std::basic_ifstream::basic_ifstream` (default, copy and move
  /// constructions never match). A name with no namespace is a C
  /// function (`fopen`) and matches only functions declared `extern "C"`.
  std::string Name;
  BlockingCategory Category = BlockingCategory::File;
  /// A verb phrase whose subject is the call: "sleeps the calling thread".
  std::string Reason;
  /// Optional advice: what to call instead.
  std::string Instead;
  std::vector<std::string> On;
  std::vector<std::string> NotOn;
  /// Which argument is the subject, for functions that take the object they
  /// act on elsewhere than first: `fputs(text, stream)` has it at 1.
  std::optional<unsigned> SubjectArgument;
  /// Blocks only when its result is discarded (a `std::async` future, whose
  /// destructor waits).
  bool OnlyWhenDiscarded = false;
  /// For a destructor (`std::future::~future`): applies only to a local
  /// variable initialised by one of these calls (`std::async`).
  std::vector<std::string> ObjectFrom;
};

/// An API whose callable argument runs on another thread (`std::thread`,
/// `asio::post(pool, f)`): code in that callable is not on the caller's loop.
struct OffloadPointEntry {
  /// A function, or a constructor (`std::thread::thread`).
  std::string Name;
  /// The index of the callable argument.
  unsigned CallableArgument = 0;
  /// Restricts the entry to these subjects, as for BlockingCallEntry.
  std::vector<std::string> On;
};

/// Where a coroutine runs after awaiting a call's result.
enum class ResumeThread {
  Pool, ///< On a thread pool: the code after it is off the loop.
  Loop, ///< On an event loop: the code after it is back on a loop.
};

/// An awaitable-returning call whose `co_await` moves the coroutine to
/// another thread (`cppcoro::static_thread_pool::schedule`) or back to a loop.
struct ResumePointEntry {
  std::string Name;
  ResumeThread ResumesOn = ResumeThread::Pool;
  /// Where the coroutine goes can depend on an argument (`resume_on(executor)`,
  /// `asio::post(bind_executor(pool, use_awaitable))`): when set, the entry
  /// applies only when that argument's type is, or is made from, one of these
  /// classes (a class, its bases, the type arguments of a template
  /// specialization such as `std::shared_ptr<pool>`, pointers seen through).
  std::vector<std::string> On;
  /// Which argument names the target, when it is not the subject (the object
  /// of a member call, or the first argument): 0 for the first, -1 for the
  /// last (asio's completion token, bound to an executor).
  std::optional<int> Argument;
};

/// The exact asynchronous replacement of a blocking call, inside coroutines
/// of one task type. The fix-it writes `co_await` and then either the call
/// with its function renamed and an argument appended (`Rename`,
/// `AppendArgument`), or `ReplaceWith`. Templates may use `<ns>` (the
/// namespace as the user wrote it on the call, else `Namespace`), `<args>` and
/// `<arg0>`, `<arg1>`, ... (arguments as written).
struct RewriteEntry {
  /// The blocking call this rewrites (a BlockingCallEntry name).
  std::string Call;
  /// The task type of the coroutines it applies in (`asio::awaitable`).
  std::string In;
  std::string Namespace;
  std::string Rename;
  std::string AppendArgument;
  std::string ReplaceWith;
  /// Calls with a parameter of this class type (an `error_code &`) are not
  /// rewritten: their replacement would not report errors the same way.
  std::string SkipOverloadsWith;
  /// When set, the call's first argument must be a `std::chrono::duration`
  /// with an integral count and a period that is a whole number of this unit
  /// (nanoseconds, microseconds, milliseconds, seconds), so that it converts
  /// to the replacement's duration type without loss.
  std::string DurationUnit;
  /// The headers the replacement needs, as written in `#include <...>`.
  std::vector<std::string> Includes;
};

/// What a loop entry does to the thread it is called on.
enum class LoopEntryKind {
  Wait, ///< Blocks until an awaitable, sender or future completes.
  Run,  ///< Runs an event loop (until it stops or runs out of work).
};

/// How a coroutine awaits instead of calling a loop entry.
enum class LoopEntryAwait {
  None,     ///< No rewrite: the note says what to do.
  Argument, ///< `sync_wait(x)` becomes `co_await x`.
  Object,   ///< `r.get()` becomes `co_await r` (`co_await std::move(r)`).
};

/// A call that runs an event loop or blocks the thread until an awaitable
/// completes: `cppcoro::sync_wait`, `asio::io_context::run`. In a coroutine
/// it deadlocks (the work needs the thread it blocks) or re-enters the loop.
struct LoopEntryEntry {
  /// A function, a member, or a function object's variable
  /// (`stdexec::sync_wait`).
  std::string Name;
  LoopEntryKind Kind = LoopEntryKind::Wait;
  /// A verb phrase whose subject is the call, as for blocking calls.
  std::string Reason;
  /// What to do instead, when there is no fix-it.
  std::string Instead;
  /// Restricts the entry to these subjects, as for blocking calls.
  std::vector<std::string> On;
  /// Restricts the entry to calls on a local variable initialised by a call
  /// to one of these (`f.get()` on `auto f = co_spawn(..., use_future)`).
  std::vector<std::string> ObjectFrom;
  LoopEntryAwait Await = LoopEntryAwait::None;
  /// The task types of the coroutines that can await the argument or object.
  std::vector<std::string> AwaitIn;
};

/// A library function whose one call does CPU-heavy work: compressing a
/// buffer, deriving a key, compiling a regular expression.
struct CpuHeavyCallEntry {
  /// Named as blocking calls are (a constructor is
  /// `std::basic_regex::basic_regex`; default, copy and move constructions
  /// never match).
  std::string Name;
  /// A verb phrase whose subject is the call: "compresses a whole buffer".
  std::string Reason;
  /// Optional advice: how to avoid the cost, before moving the work off the
  /// loop ("construct it once, as a static or a member, and reuse it").
  std::string Instead;
  /// Restricts the entry to these subjects, as for blocking calls.
  std::vector<std::string> On;
};

/// A call that lets the event loop run other work, written without
/// `co_await` (`seastar::thread::yield()`); a loop that makes one is not
/// CPU-bound. Every `co_await` and `co_yield` is a suspension point anyway.
struct YieldPointEntry {
  std::string Name;
};

/// A class whose objects other threads change (`std::atomic`): a loop whose
/// condition only reads one, and that does not change it, spins.
struct AtomicTypeEntry {
  std::string Name;
};

/// A macro that asserts its argument (`CHECK`, `assert`, `ASSERT_EQ`): the
/// calls its own body makes around the checked expression report a failure,
/// which is not the event loop's work.
struct AssertionMacroEntry {
  std::string Name;
};

/// How a call tells that the result a wait would wait for is complete.
enum class ReadyKind {
  /// A query on the result (`is_ready()`, `status()`, `wait_for(0s)`): where
  /// it says complete, waiting on the result returns at once.
  Test,
  /// Makes a result that is complete already (`make_ready_future`).
  Ready,
  /// A combinator whose awaited value holds complete results
  /// (`when_all`): each one of them is complete once the await resumes.
  CompletedWhenAwaited,
};

/// A call that tells, or makes sure, that a result is complete: a wait on
/// such a result does not block.
struct ReadyResultEntry {
  std::string Name;
  ReadyKind Kind = ReadyKind::Test;
  /// For a test that returns a status, the statuses that mean complete
  /// (`std::future_status::ready`); empty for a test that returns true.
  std::vector<std::string> ReadyValues;
};

/// A stream or stream buffer class that holds its data in memory
/// (`std::basic_stringbuf`, `asio::basic_streambuf`): reading or writing
/// through it, or through a stream made over it, touches no file.
struct InMemoryStreamEntry {
  std::string Name;
};

/// A member that switches its object to non-blocking mode when called with
/// `true` (`asio::basic_socket::non_blocking`): a blocking call on an object
/// that the same function switched first returns at once instead of waiting.
struct NonBlockingModeEntry {
  std::string Name;
};

/// A tag parameter that starts a coroutine on the executor passed after it
/// (concurrencpp's `result<T> f(executor_tag, std::shared_ptr<Executor>
/// ex, ...)`): when that executor is a pool, the body never runs on a loop.
struct StartTagEntry {
  /// The tag's class.
  std::string Name;
  ResumeThread StartsOn = ResumeThread::Pool;
  /// The executor classes (as for resume points) the parameter after the tag
  /// must be, or be made from, for the entry to apply.
  std::vector<std::string> On;
};

/// A guard class whose constructor takes a lock by calling a member of the
/// lock object passed to it (`std::lock_guard<M>(m)` calls `m.lock()`): a
/// project lock's own `lock()` runs where the guard is constructed.
struct LockGuardEntry {
  std::string Name;
  /// The member the constructor calls on the lock: `lock`, `lock_shared`.
  std::string LocksWith = "lock";
  /// Tag classes that, passed to the constructor, mean it calls no such
  /// member (`std::defer_lock_t`, `std::adopt_lock_t`, `std::try_to_lock_t`).
  std::vector<std::string> NotWith;
  /// Those of NotWith after which the guard holds the lock all the same: it
  /// adopts one taken before (`std::adopt_lock_t`). After the others it may
  /// hold nothing.
  std::vector<std::string> HoldsWith;
};

/// A mutex whose lock a coroutine awaits (`folly::coro::Mutex`,
/// `cppcoro::async_mutex`): holding it across a suspension blocks no thread.
/// A guard over one (`std::unique_lock<folly::coro::Mutex>`) is no
/// synchronous lock, and coroutines of its framework are told to use it.
struct AsyncMutexEntry {
  std::string Name;
  /// How a coroutine takes it, shown in notes: `co_await <mutex>.co_lock()`.
  std::string LockWith;
};

/// A class whose `co_await` never suspends (`asio::this_coro::executor_t`:
/// reading the coroutine's executor): not a suspension point.
struct ReadyAwaitableEntry {
  std::string Name;
};

/// A class whose objects refer to data they do not own (`std::string_view`,
/// `std::span`): a coroutine parameter of such a type keeps the reference.
struct ViewTypeEntry {
  std::string Name;
};

/// What a call does with a task passed to it.
enum class TaskStarterKind {
  /// Starts the task, which runs on after the call returns (`co_spawn`,
  /// `spawn_detached`): nothing the caller does waits for it.
  RunsLater,
  /// Keeps the task in the object it is called on (`std::vector::push_back`)
  /// for someone to run later.
  Keeps,
  /// Returns an awaitable that holds the task (`when_all`): the task runs
  /// when that result is awaited.
  Wraps,
};

/// A call that keeps a task to run it later, after the full expression that
/// made the task has ended.
struct TaskStarterEntry {
  /// Named as blocking calls are: a function, or a member through its class.
  std::string Name;
  TaskStarterKind Kind = TaskStarterKind::RunsLater;
  /// The argument that takes the task (0 for the first); unset: any.
  std::optional<unsigned> TaskArgument;
};

/// The contents of one knowledge file.
struct FrameworkKnowledge {
  std::string Framework;
  /// Where it came from: `embedded:<file>` or the path given by the user.
  std::string Source;
  std::vector<TaskTypeEntry> TaskTypes;
  std::vector<CallbackWrapperEntry> CallbackWrappers;
  std::vector<BlockingCallEntry> BlockingCalls;
  std::vector<OffloadPointEntry> OffloadPoints;
  std::vector<ResumePointEntry> ResumePoints;
  std::vector<RewriteEntry> Rewrites;
  std::vector<LoopEntryEntry> LoopEntries;
  std::vector<CpuHeavyCallEntry> CpuHeavyCalls;
  std::vector<YieldPointEntry> YieldPoints;
  std::vector<AtomicTypeEntry> AtomicTypes;
  std::vector<AssertionMacroEntry> AssertionMacros;
  std::vector<ReadyResultEntry> ReadyResults;
  std::vector<InMemoryStreamEntry> InMemoryStreams;
  std::vector<NonBlockingModeEntry> NonBlockingModes;
  std::vector<StartTagEntry> StartTags;
  std::vector<LockGuardEntry> LockGuards;
  std::vector<AsyncMutexEntry> AsyncMutexes;
  std::vector<ReadyAwaitableEntry> ReadyAwaitables;
  std::vector<ViewTypeEntry> ViewTypes;
  std::vector<TaskStarterEntry> TaskStarters;
};

/// An entry as the checks see it, with the framework it came from.
template <typename Entry> struct Known {
  const Entry *Item;
  llvm::StringRef Framework;
  llvm::StringRef Source;
};

/// A task type as the checks see it: the entry and its framework.
struct KnownTaskType {
  const TaskTypeEntry *Entry;
  llvm::StringRef Framework;
  llvm::StringRef Source;
};

/// All knowledge in effect: embedded files first, then user files in order.
/// A later entry with the same name replaces an earlier one, so a user file
/// can correct what a built-in file says.
class KnowledgeBase {
public:
  void add(FrameworkKnowledge Framework);

  const KnownTaskType *findTaskType(llvm::StringRef QualifiedName) const;
  bool isCallbackWrapper(llvm::StringRef QualifiedName) const;

  /// The blocking-call entries for a name, in file order. A file that lists a
  /// name replaces every entry an earlier file gave it.
  llvm::ArrayRef<Known<BlockingCallEntry>>
  findBlockingCalls(llvm::StringRef QualifiedName) const;
  llvm::ArrayRef<Known<OffloadPointEntry>>
  findOffloadPoints(llvm::StringRef QualifiedName) const;
  llvm::ArrayRef<Known<LoopEntryEntry>>
  findLoopEntries(llvm::StringRef QualifiedName) const;
  llvm::ArrayRef<Known<ResumePointEntry>>
  findResumePoints(llvm::StringRef QualifiedName) const;
  const Known<StartTagEntry> *findStartTag(llvm::StringRef QualifiedName) const;
  const Known<LockGuardEntry> *
  findLockGuard(llvm::StringRef QualifiedName) const;
  const Known<AsyncMutexEntry> *
  findAsyncMutex(llvm::StringRef QualifiedName) const;
  bool isReadyAwaitable(llvm::StringRef QualifiedName) const {
    return ReadyAwaitables.count(QualifiedName) != 0;
  }
  const Known<TaskStarterEntry> *
  findTaskStarter(llvm::StringRef QualifiedName) const;
  /// The names of the view classes, for typeMentionsOneOf-like tests.
  llvm::ArrayRef<std::string> viewTypes() const { return ViewTypeNames; }
  llvm::ArrayRef<Known<CpuHeavyCallEntry>>
  findCpuHeavyCalls(llvm::StringRef QualifiedName) const;
  bool isYieldPoint(llvm::StringRef QualifiedName) const;
  /// The names of the atomic types, for subjectIsOneOf.
  llvm::ArrayRef<std::string> atomicTypes() const { return AtomicTypeNames; }
  bool isAssertionMacro(llvm::StringRef Name) const {
    return AssertionMacros.count(Name) != 0;
  }
  const Known<ReadyResultEntry> *
  findReadyResult(llvm::StringRef QualifiedName) const;
  /// The names of the in-memory stream classes, for subjectIsOneOf.
  llvm::ArrayRef<std::string> inMemoryStreams() const {
    return InMemoryStreamNames;
  }
  bool isNonBlockingMode(llvm::StringRef QualifiedName) const {
    return NonBlockingModes.count(QualifiedName) != 0;
  }
  /// The classes whose objects a readiness test asks about (the owners of
  /// the `test` ready results), for subjectIsOneOf.
  llvm::ArrayRef<std::string> resultClasses() const { return ResultClassNames; }
  /// The rewrite of blocking call \p Call in coroutines of task type \p In.
  const Known<RewriteEntry> *findRewrite(llvm::StringRef Call,
                                         llvm::StringRef In) const;

  /// Whether some call entry (blocking call, offload, resume or yield point,
  /// loop entry, CPU-heavy call, ready result, non-blocking mode, task
  /// starter) has a
  /// name whose last component is \p Identifier: a cheap test that lets the
  /// checks skip most calls without building qualified names.
  bool mayNameCall(llvm::StringRef Identifier) const {
    return CallIdentifiers.count(Identifier) != 0;
  }

  /// The task types in effect, sorted by name.
  std::vector<KnownTaskType> taskTypes() const;
  /// The callback wrappers in effect, sorted by name.
  std::vector<std::string> callbackWrappers() const;
  /// The other entries in effect, sorted by name.
  std::vector<Known<BlockingCallEntry>> blockingCalls() const;
  std::vector<Known<OffloadPointEntry>> offloadPoints() const;
  std::vector<Known<ResumePointEntry>> resumePoints() const;
  std::vector<Known<RewriteEntry>> rewrites() const;
  std::vector<Known<LoopEntryEntry>> loopEntries() const;
  std::vector<Known<CpuHeavyCallEntry>> cpuHeavyCalls() const;
  std::vector<Known<YieldPointEntry>> yieldPoints() const;
  std::vector<Known<AtomicTypeEntry>> atomicTypeEntries() const;
  std::vector<Known<AssertionMacroEntry>> assertionMacros() const;
  std::vector<Known<ReadyResultEntry>> readyResults() const;
  std::vector<Known<InMemoryStreamEntry>> inMemoryStreamEntries() const;
  std::vector<Known<NonBlockingModeEntry>> nonBlockingModes() const;
  std::vector<Known<StartTagEntry>> startTags() const;
  std::vector<Known<LockGuardEntry>> lockGuards() const;
  std::vector<Known<AsyncMutexEntry>> asyncMutexes() const;
  std::vector<Known<ReadyAwaitableEntry>> readyAwaitables() const;
  std::vector<Known<ViewTypeEntry>> viewTypeEntries() const;
  std::vector<Known<TaskStarterEntry>> taskStarters() const;

  llvm::ArrayRef<FrameworkKnowledge> frameworks() const { return Frameworks; }

private:
  void rebuildIndex();

  // The index points into Frameworks and is rebuilt on every add, which
  // happens only while loading.
  std::vector<FrameworkKnowledge> Frameworks;
  llvm::StringMap<KnownTaskType> TaskTypes;
  llvm::StringMap<bool> CallbackWrappers;
  llvm::StringMap<std::vector<Known<BlockingCallEntry>>> BlockingCalls;
  llvm::StringMap<std::vector<Known<OffloadPointEntry>>> OffloadPoints;
  llvm::StringMap<std::vector<Known<LoopEntryEntry>>> LoopEntries;
  llvm::StringMap<std::vector<Known<ResumePointEntry>>> ResumePoints;
  llvm::StringMap<std::vector<Known<CpuHeavyCallEntry>>> CpuHeavyCalls;
  llvm::StringMap<Known<YieldPointEntry>> YieldPoints;
  llvm::StringMap<Known<AtomicTypeEntry>> AtomicTypes;
  std::vector<std::string> AtomicTypeNames;
  llvm::StringMap<Known<AssertionMacroEntry>> AssertionMacros;
  llvm::StringMap<Known<ReadyResultEntry>> ReadyResults;
  std::vector<std::string> ResultClassNames;
  llvm::StringMap<Known<InMemoryStreamEntry>> InMemoryStreams;
  llvm::StringMap<Known<NonBlockingModeEntry>> NonBlockingModes;
  llvm::StringMap<Known<StartTagEntry>> StartTags;
  llvm::StringMap<Known<LockGuardEntry>> LockGuards;
  llvm::StringMap<Known<AsyncMutexEntry>> AsyncMutexes;
  llvm::StringMap<Known<ReadyAwaitableEntry>> ReadyAwaitables;
  llvm::StringMap<Known<ViewTypeEntry>> ViewTypes;
  std::vector<std::string> ViewTypeNames;
  llvm::StringMap<Known<TaskStarterEntry>> TaskStarters;
  std::vector<std::string> InMemoryStreamNames;
  /// Keyed by `<call> in <task type>`.
  llvm::StringMap<Known<RewriteEntry>> Rewrites;
  llvm::StringSet<> CallIdentifiers;
};

} // namespace corolint

#endif // COROLINT_KNOWLEDGE_KNOWLEDGE_H
