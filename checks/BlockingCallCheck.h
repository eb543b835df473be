//===--- BlockingCallCheck.h - coro-blocking-call ---------------*- C++ -*-===//
//
// The C++ form of calling `time.sleep()` or `requests.get()` inside an
// `async def`: a call in a coroutine that blocks the thread its event loop
// runs on, directly or through helper functions of the translation unit.
// See docs/checks/coro-blocking-call.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_BLOCKINGCALLCHECK_H
#define COROLINT_CHECKS_BLOCKINGCALLCHECK_H

#include "LoopEffectCheck.h"
#include "analysis/IncludeTracker.h"
#include "analysis/KnownCalls.h"

namespace corolint {

class BlockingCallCheck
    : public LoopEffectCheck<MatchedCall<BlockingCallEntry>> {
public:
  BlockingCallCheck(llvm::StringRef Name,
                    clang::tidy::ClangTidyContext *Context);

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;

private:
  using Blocking = MatchedCall<BlockingCallEntry>;

  std::optional<Blocking>
  findWaitingDestructor(const clang::DeclStmt *Declarations) const;
  /// A wait that is a loop entry (`result.get()`) is coro-nested-event-loop's
  /// finding: what its own code does inside is not followed.
  bool followsInto(const clang::Stmt *S) const override;
  std::optional<Blocking> findEffect(const clang::Stmt *S,
                                     bool Discarded) const override;
  const KnownCall *waitCall(const Blocking &Found) const override {
    return Found.Match->Item->Category == BlockingCategory::ThreadWait
               ? &Found.Call
               : nullptr;
  }
  void reportDirect(const Blocking &Found, const LoopStatement &At) override;
  ChainEnd describeEnd(const Blocking &Found,
                       const clang::FunctionDecl *Last) const override;
  /// The note on what to do instead, for a call in the coroutine \p Where
  /// names; \p WhyNoFix explains a rewrite the knowledge has but that does
  /// not apply here.
  void noteAdvice(clang::SourceLocation Loc, const BodyContext &Where,
                  const BlockingCallEntry *Entry, llvm::StringRef WhyNoFix);

  const bool ReportMutexLocks;
  IncludeTracker Includes;
};

} // namespace corolint

#endif // COROLINT_CHECKS_BLOCKINGCALLCHECK_H
