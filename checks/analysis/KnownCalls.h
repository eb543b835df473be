//===--- KnownCalls.h - Calls as the knowledge files name them --*- C++ -*-===//
//
// Knowledge files name functions by their qualified names. A call matches an
// entry through the function it calls (`std::__basic_future::wait`), the class
// of the object it is made on (`std::future::wait`, so that entries need not
// know a standard library's private bases), or, for a call through a function
// object, the object's own name (`stdexec::sync_wait`).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_KNOWNCALLS_H
#define COROLINT_ANALYSIS_KNOWNCALLS_H

#include "knowledge/Knowledge.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace corolint {

/// A call or construction, with the names knowledge entries may give it.
struct KnownCall {
  /// The CallExpr or CXXConstructExpr.
  const clang::Expr *Call = nullptr;
  const clang::FunctionDecl *Callee = nullptr;
  /// The object of a member call or the first argument of a free call; null
  /// for a construction.
  const clang::Expr *Subject = nullptr;
  /// The arguments as written (without the object of a member operator).
  llvm::ArrayRef<const clang::Expr *> Args;
  /// Candidate names, most specific first, without duplicates.
  llvm::SmallVector<std::string, 3> Names;
  /// For the implicit destructor call that ends a local variable's scope:
  /// the variable. Call is then its initializer, and Callee the destructor.
  const clang::VarDecl *Destroyed = nullptr;
};

/// A call that a knowledge entry matches: what the checks find and report.
template <typename Entry> struct MatchedCall {
  KnownCall Call;
  const Known<Entry> *Match;
};

/// \p S as a call that knowledge entries may name, or nothing when \p S is not
/// a call or no entry can name it (a cheap test on the callee's identifier
/// comes first). Calls with unresolved callees are never known.
std::optional<KnownCall> asKnownCall(const clang::Stmt *S,
                                     const KnowledgeBase &Knowledge);

/// The destruction of the local variable \p Var when its scope ends, as a
/// call that knowledge entries may name (`std::jthread::~jthread`).
std::optional<KnownCall> asKnownDestruction(const clang::VarDecl *Var,
                                            const KnowledgeBase &Knowledge);

/// Where a finding about \p Call goes: the call, or the variable a
/// destruction ends.
clang::SourceLocation knownCallLoc(const KnownCall &Call);

/// Whether \p Subject is one of \p Names: a variable with that name, or an
/// object whose class or one of its bases has one.
bool subjectIsOneOf(const clang::Expr *Subject,
                    llvm::ArrayRef<std::string> Names);

/// The first entry of \p Entries (all for one name) whose `On`/`NotOn` accept
/// \p Call's subject.
const Known<BlockingCallEntry> *
firstApplicable(llvm::ArrayRef<Known<BlockingCallEntry>> Entries,
                const KnownCall &Call);

/// The blocking-call entry \p Call matches, if any: none for a call that is a
/// loop entry, which coro-nested-event-loop reports instead. \p Discarded
/// says whether the call's result is thrown away (for `only_when_discarded`
/// entries).
const Known<BlockingCallEntry> *findBlockingCall(const KnownCall &Call,
                                                 const KnowledgeBase &Knowledge,
                                                 bool Discarded);

/// The loop-entry entry \p Call matches, if any.
const Known<LoopEntryEntry> *findLoopEntry(const KnownCall &Call,
                                           const KnowledgeBase &Knowledge);

/// Whether argument \p Index of \p Call runs on another thread.
bool offloadsArgument(const KnownCall &Call, unsigned Index,
                      const KnowledgeBase &Knowledge);

/// Whether \p Type is, or is made from, one of \p Names: the class, one of
/// its bases, the class it is nested in (a pool's own scheduler type), or a
/// type argument of a template specialization, through
/// pointers and references (`std::shared_ptr<thread_pool_executor>`,
/// `asio::executor_binder<..., asio::thread_pool::basic_executor_type<...>>`).
bool typeMentionsOneOf(clang::QualType Type, llvm::ArrayRef<std::string> Names);

/// The resume-point entry \p Call matches, if any: one whose `on` accepts
/// the argument that names where the coroutine goes.
const Known<ResumePointEntry> *findResumePoint(const KnownCall &Call,
                                               const KnowledgeBase &Knowledge);

/// The CPU-heavy-call entry \p Call matches, if any.
const Known<CpuHeavyCallEntry> *
findCpuHeavyCall(const KnownCall &Call, const KnowledgeBase &Knowledge);

/// Whether \p Call is a yield point the knowledge lists.
bool isYieldPoint(const KnownCall &Call, const KnowledgeBase &Knowledge);

} // namespace corolint

#endif // COROLINT_ANALYSIS_KNOWNCALLS_H
