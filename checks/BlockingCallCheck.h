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

#include "CoroLintCheck.h"
#include "analysis/EffectSummaries.h"
#include "analysis/IncludeTracker.h"
#include "analysis/KnowledgeThreads.h"
#include "analysis/KnownCalls.h"
#include "analysis/TaskTypes.h"
#include <memory>

namespace corolint {

class BlockingCallCheck : public CoroLintCheck {
public:
  BlockingCallCheck(llvm::StringRef Name,
                    clang::tidy::ClangTidyContext *Context);

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void onStartOfTranslationUnit() override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  /// A blocking call found in code.
  struct Blocking {
    KnownCall Call;
    const Known<BlockingCallEntry> *Entry;
  };
  using Summaries = EffectSummaries<Blocking>;

  std::optional<Blocking> findBlocking(const clang::Stmt *S,
                                       bool Discarded) const;
  void reportDirect(const Blocking &Found, const BodyContext &Where,
                    bool Parenthesise);
  void reportThroughHelper(const clang::Expr *Call,
                           const Summaries::Chain &Chain,
                           const BodyContext &Where);
  /// The note on what to do instead, for a call in the coroutine \p Where
  /// names; \p WhyNoFix explains a rewrite the knowledge has but that does
  /// not apply here.
  void noteAdvice(clang::SourceLocation Loc, const BodyContext &Where,
                  const BlockingCallEntry *Entry, llvm::StringRef WhyNoFix);
  std::optional<TaskTypeInfo> coroutineTask(const BodyContext &Where);

  const bool ReportMutexLocks;
  const unsigned MaxHelperDepth;

  std::unique_ptr<KnowledgeThreads> Threads;
  std::unique_ptr<Summaries> HelperSummaries;
  std::unique_ptr<TaskTypeClassifier> Classifier;
  IncludeTracker Includes;
  clang::ASTContext *AST = nullptr;
};

} // namespace corolint

#endif // COROLINT_CHECKS_BLOCKINGCALLCHECK_H
