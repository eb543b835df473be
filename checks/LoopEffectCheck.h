//===--- LoopEffectCheck.h - Checks for effects on an event loop -*- C++
//-*-===//
//
// coro-blocking-call and coro-nested-event-loop look for one effect each on
// the coroutine's event loop (a blocking call, a loop entry). Both walk the
// project's functions in loop context, report an effect found in place, and
// report a call to a helper whose effect summary has one. This base does all
// of that once; a check brings the detector and the two reports.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_LOOPEFFECTCHECK_H
#define COROLINT_CHECKS_LOOPEFFECTCHECK_H

#include "CoroLintCheck.h"
#include "analysis/EffectSummaries.h"
#include "analysis/KnowledgeThreads.h"
#include "analysis/LoopCalls.h"
#include "analysis/TaskTypes.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <memory>
#include <string>

namespace corolint {

template <typename Effect> class LoopEffectCheck : public CoroLintCheck {
public:
  LoopEffectCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : CoroLintCheck(Name, Context),
        MaxHelperDepth(Options.get(MaxHelperDepthOption, 4U)) {}

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    CoroLintCheck::storeOptions(Opts);
    Options.store(Opts, MaxHelperDepthOption, MaxHelperDepth);
  }

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override {
    if (Knowledge)
      Finder->addMatcher(projectFunctionDefinitions().bind("function"), this);
  }

  void onStartOfTranslationUnit() override {
    if (!Knowledge)
      return;
    Threads = std::make_unique<KnowledgeThreads>(*Knowledge);
    Classifier = std::make_unique<TaskTypeClassifier>(
        *Knowledge, llvm::ArrayRef<TaskTypeEntry>(),
        llvm::ArrayRef<std::string>());
    HelperSummaries = std::make_unique<Summaries>(
        [this](const clang::Stmt *S, const BodyContext &, bool Discarded) {
          return findEffect(S, Discarded);
        },
        Threads.get(), MaxHelperDepth);
  }

  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override {
    const auto *Function =
        Result.Nodes.getNodeAs<clang::FunctionDecl>("function");
    if (!HelperSummaries || !Function ||
        !Function->doesThisDeclarationHaveABody())
      return;
    AST = Result.Context;
    forEachInLoopContext(Function, Threads.get(),
                         [&](const LoopStatement &At) { visit(At); });
  }

protected:
  using Summaries = EffectSummaries<Effect>;

  /// Reports what one statement in loop context does: its own effect, or the
  /// effect of the helper it calls.
  virtual void visit(const LoopStatement &At) {
    if (std::optional<Effect> Found = findEffect(At.S, At.Discarded)) {
      reportDirect(*Found, At);
      return;
    }
    if (const typename Summaries::Chain *Chain = helperEffect(At.S))
      reportThroughHelper(llvm::cast<clang::Expr>(At.S), *Chain, At.Where);
  }

  /// The effect summary of the helper \p S calls, if it has an effect.
  const typename Summaries::Chain *helperEffect(const clang::Stmt *S) {
    const clang::FunctionDecl *Callee = followableCallee(S);
    return Callee ? HelperSummaries->find(Callee) : nullptr;
  }

  /// The effect of one statement, if it has one. \p Discarded says whether
  /// the statement is an expression whose value is thrown away.
  virtual std::optional<Effect> findEffect(const clang::Stmt *S,
                                           bool Discarded) const = 0;
  virtual void reportDirect(const Effect &Found, const LoopStatement &At) = 0;
  virtual void reportThroughHelper(const clang::Expr *Call,
                                   const typename Summaries::Chain &Chain,
                                   const BodyContext &Where) = 0;

  /// The task type of the coroutine whose loop runs \p Where.
  std::optional<TaskTypeInfo> coroutineTask(const BodyContext &Where) {
    return Classifier->classifyCoroutineReturn(Where.Runner->getReturnType(),
                                               *AST);
  }

  /// How the coroutine whose loop runs \p Where moves work off its loop:
  /// its task type's `offload_with`, or general advice.
  std::string offloadAdvice(const BodyContext &Where) {
    std::optional<TaskTypeInfo> Task = coroutineTask(Where);
    if (Task && Task->Entry && !Task->Entry->OffloadWith.empty())
      return Task->Entry->OffloadWith;
    return "run it on a thread pool and await the result";
  }

  /// How that coroutine lets its loop run other work in the middle of its
  /// own (its task type's `yield_with`), or empty.
  std::string yieldAdvice(const BodyContext &Where) {
    std::optional<TaskTypeInfo> Task = coroutineTask(Where);
    return Task && Task->Entry ? Task->Entry->YieldWith : std::string();
  }

  clang::ASTContext *AST = nullptr;
  std::unique_ptr<TaskTypeClassifier> Classifier;

private:
  static constexpr llvm::StringLiteral MaxHelperDepthOption = "MaxHelperDepth";

  const unsigned MaxHelperDepth;
  std::unique_ptr<KnowledgeThreads> Threads;
  std::unique_ptr<Summaries> HelperSummaries;
};

} // namespace corolint

#endif // COROLINT_CHECKS_LOOPEFFECTCHECK_H
