//===--- FunctionBodies.h - Walking function bodies with their context -*- C++
//-*-===//
//
// Checks look at the bodies of functions written in the project, each
// statement with the function (or lambda) it runs in and the thread that runs
// it. This is the one walk they share, and the loop context of DESIGN.md:
// a statement is on a coroutine's event loop when its Runner is a coroutine
// and it does not follow an await that resumed on a thread pool.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_FUNCTIONBODIES_H
#define COROLINT_ANALYSIS_FUNCTIONBODIES_H

#include "analysis/PathConditions.h"
#include "knowledge/Knowledge.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include <optional>

namespace corolint {

/// Where a statement is.
struct BodyContext {
  /// The function whose body holds the statement: the top-level function, or
  /// the call operator of the innermost lambda around it. Null in an
  /// initializer outside any function (a default member initializer, a
  /// namespace-scope variable).
  const clang::FunctionDecl *Function = nullptr;
  /// The innermost lambda around the statement, if any.
  const clang::LambdaExpr *Lambda = nullptr;
  /// Whether Function is a coroutine (its body contains co_await, co_yield
  /// or co_return).
  bool IsCoroutine = false;
  /// Inside a catch handler of Function, where `co_await` is not allowed.
  bool InCatchHandler = false;
  /// The function whose call runs this statement, on the calling thread: the
  /// function walked, also for code in a lambda it calls at once or passes to
  /// a call; a lambda's own call operator when the lambda is a coroutine or
  /// is stored to be called later; null for code handed to another thread
  /// (a lambda passed to an offload point).
  const clang::FunctionDecl *Runner = nullptr;
  /// After an await that resumed on a thread pool, in every path to here.
  bool AfterPoolResume = false;
  /// Before any suspension of a coroutine lambda that only blocking waits
  /// start, from code off the loop: it runs on the thread that waits.
  bool OnWaitingThread = false;
  /// In the initializer of a static or thread_local local variable, which
  /// runs once, not every time the function does.
  bool RunsOnce = false;
  /// On a cold path of Function: one that ends the process (it reaches a
  /// call to a function that does not return), is marked `[[unlikely]]` or
  /// `__builtin_expect`ed not to be taken, or is an assertion macro's own
  /// failure reporting. Not the loop's work when reached through a helper.
  bool Cold = false;
  /// The conditions of Runner's own code under which the statement runs,
  /// outermost first (branches, `?:`, `&&`, `||`, switch cases, early exits
  /// before it). Valid only while the statement is being visited.
  llvm::ArrayRef<PathCondition> Conditions;

  /// Whether the statement runs on the event loop of a coroutine: the
  /// coroutine Runner, before any move to a pool, and not on a thread that
  /// waits for it.
  bool inLoopContext() const;
  /// Whether the statement runs whenever \p Function is called, on the
  /// caller's thread: what an effect summary of \p Function looks at.
  bool runsWhenCalled(const clang::FunctionDecl *Function) const {
    return Runner == Function && !AfterPoolResume && !RunsOnce;
  }
};

/// What the walk needs to know from the knowledge files: threads, and which
/// macros are assertions. Without one, no lambda argument is offloaded, no
/// await moves threads and no macro is an assertion.
class ThreadModel {
public:
  virtual ~ThreadModel() = default;
  /// Whether argument \p Index of \p Call (a CallExpr or CXXConstructExpr)
  /// is a callable that runs on another thread.
  virtual bool runsArgumentElsewhere(const clang::Expr *Call,
                                     unsigned Index) const = 0;
  /// Whether argument \p Index of \p Call is a callable kept to be called
  /// later (converted to a callback wrapper, put in a container of them).
  virtual bool keepsArgument(const clang::Expr *Call, unsigned Index) const = 0;
  /// Where a coroutine resumes after awaiting \p Operand, if it moves.
  virtual std::optional<ResumeThread>
  resumesOn(const clang::Expr *Operand) const = 0;
  /// Whether the macro \p Name is an assertion (`CHECK`, `assert`): the code
  /// its own body adds around the checked expression reports a failure.
  virtual bool isAssertionMacro(llvm::StringRef Name) const = 0;
  /// The awaitable or sender that \p Call, a CallExpr, blocks its thread
  /// until it completes (`sync_wait(task)`), if it is such a wait.
  virtual const clang::Expr *awaitedByWait(const clang::Expr *Call) const {
    return nullptr;
  }
  /// Whether the coroutine \p Function starts on a thread pool (a start tag
  /// parameter followed by a pool executor): its body is off the loop.
  virtual bool startsOnPool(const clang::FunctionDecl *Function) const = 0;
  /// The member of a lock that constructing a guard calls on it
  /// (`std::lock_guard<SpinLock>(spin)` calls `SpinLock::lock`), if any.
  virtual const clang::FunctionDecl *
  lockTakenBy(const clang::CXXConstructExpr *Guard) const {
    return nullptr;
  }
};

/// Whether \p Function's body is a coroutine body.
bool isCoroutine(const clang::FunctionDecl *Function);

/// The function a call or construction runs synchronously, if its code is in
/// the translation unit and worth following into: it has a body outside
/// system headers, is not a coroutine (calling one only makes a task), is not
/// defaulted, and is not a lambda called where it is written (whose body the
/// walk below visits in place). A member of a class template called as
/// written in the template is its pattern.
const clang::FunctionDecl *followableCallee(const clang::Stmt *S);

/// followableCallee, and also the project lock member that constructing a
/// lock guard calls (ThreadModel::lockTakenBy): what a helper walk follows.
const clang::FunctionDecl *followedCallee(const clang::Stmt *S,
                                          const ThreadModel *Threads);

/// Calls \p Visit for every statement in the body of \p Function, before its
/// children, including the bodies of lambdas written in it (with their own
/// context). Code the compiler synthesises around a coroutine body, its
/// suspension points and co_return statements is skipped: only what the user
/// wrote is visited. Local classes are not entered; their member functions are
/// functions of their own.
void forEachStmtInBody(
    const clang::FunctionDecl *Function,
    llvm::function_ref<void(const clang::Stmt *, const BodyContext &)> Visit,
    const ThreadModel *Threads = nullptr);

/// Like forEachStmtInBody, for the statements of an initializer: those of a
/// default member initializer or a namespace-scope variable (no function),
/// or a constructor's member initializer (\p Function is the constructor).
void forEachStmtInInitializer(
    const clang::Expr *Init, const clang::FunctionDecl *Function,
    llvm::function_ref<void(const clang::Stmt *, const BodyContext &)> Visit,
    const ThreadModel *Threads = nullptr);

} // namespace corolint

#endif // COROLINT_ANALYSIS_FUNCTIONBODIES_H
