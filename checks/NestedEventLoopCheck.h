//===--- NestedEventLoopCheck.h - coro-nested-event-loop --------*- C++ -*-===//
//
// The C++ form of calling `asyncio.run()` inside a coroutine: a call in a
// coroutine that runs an event loop or blocks the thread until an awaitable
// completes, directly or through helper functions of the translation unit.
// See docs/checks/coro-nested-event-loop.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_NESTEDEVENTLOOPCHECK_H
#define COROLINT_CHECKS_NESTEDEVENTLOOPCHECK_H

#include "CoroLintCheck.h"
#include "analysis/EffectSummaries.h"
#include "analysis/KnowledgeThreads.h"
#include "analysis/KnownCalls.h"
#include "analysis/TaskTypes.h"
#include <memory>

namespace corolint {

class NestedEventLoopCheck : public CoroLintCheck {
public:
  NestedEventLoopCheck(llvm::StringRef Name,
                       clang::tidy::ClangTidyContext *Context);

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void onStartOfTranslationUnit() override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  /// A loop entry found in code.
  struct LoopEntry {
    KnownCall Call;
    const Known<LoopEntryEntry> *Entry;
  };
  using Summaries = EffectSummaries<LoopEntry>;

  std::optional<LoopEntry> findEntry(const clang::Stmt *S) const;
  void reportDirect(const LoopEntry &Found, const BodyContext &Where,
                    bool Parenthesise);
  void reportThroughHelper(const clang::Expr *Call,
                           const Summaries::Chain &Chain);
  /// The edits that await what \p Found waits for, or why there are none.
  llvm::SmallVector<clang::FixItHint, 1> awaitInstead(const LoopEntry &Found,
                                                      const BodyContext &Where,
                                                      bool Parenthesise,
                                                      std::string &WhyNot);

  const unsigned MaxHelperDepth;
  std::unique_ptr<KnowledgeThreads> Threads;
  std::unique_ptr<Summaries> HelperSummaries;
  std::unique_ptr<TaskTypeClassifier> Classifier;
  clang::ASTContext *AST = nullptr;
};

} // namespace corolint

#endif // COROLINT_CHECKS_NESTEDEVENTLOOPCHECK_H
