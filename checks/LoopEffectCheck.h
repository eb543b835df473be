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
#include "analysis/Readiness.h"
#include "analysis/TaskTypes.h"
#include "clang/AST/ASTLambda.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <algorithm>
#include <memory>
#include <string>

namespace corolint {

template <typename Effect> class LoopEffectCheck : public CoroLintCheck {
public:
  LoopEffectCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : CoroLintCheck(Name, Context),
        MaxHelperDepth(std::min(Options.get(MaxHelperDepthOption, 4U),
                                MaxHelperDepthLimit)) {}

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    CoroLintCheck::storeOptions(Opts);
    Options.store(Opts, MaxHelperDepthOption, MaxHelperDepth);
  }

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override {
    if (!Knowledge)
      return;
    Finder->addMatcher(projectFunctionDefinitions().bind("function"), this);
    Finder->addMatcher(projectTemplateInstantiations().bind("instance"), this);
  }

  void onStartOfTranslationUnit() override {
    if (!Knowledge)
      return;
    Threads = std::make_unique<KnowledgeThreads>(*Knowledge);
    Classifier = std::make_unique<TaskTypeClassifier>(
        *Knowledge, llvm::ArrayRef<TaskTypeEntry>(),
        llvm::ArrayRef<std::string>());
    HelperSummaries = std::make_unique<Summaries>(
        [this](const clang::Stmt *S, const BodyContext &Where, bool Discarded) {
          return detect(S, Where, Discarded);
        },
        [this](const Effect &Found) { return resultPassedIn(Found); },
        [this](const clang::Stmt *S) { return followsInto(S); }, Threads.get(),
        Knowledge.get(), MaxHelperDepth);
  }

  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override {
    const auto *Function =
        Result.Nodes.getNodeAs<clang::FunctionDecl>("function");
    // Only a coroutine is loop context of its own; helpers are followed
    // into their instantiations already.
    const auto *Instantiated =
        Result.Nodes.getNodeAs<clang::FunctionDecl>("instance");
    if (Instantiated && (!isCoroutine(Instantiated) ||
                         !hasCallsResolvedPerInstantiation(Instantiated)))
      return;
    if (Instantiated)
      Function = Instantiated;
    if (!HelperSummaries || !Function ||
        !Function->doesThisDeclarationHaveABody())
      return;
    AST = Result.Context;
    Instance = Instantiated;
    forEachInLoopContext(Function, Threads.get(),
                         [&](const LoopStatement &At) { visit(At); });
    Instance = nullptr;
  }

protected:
  using Summaries = EffectSummaries<Effect>;

  /// Reports what one statement in loop context does: its own effect, or the
  /// effect of the helper it calls.
  virtual void visit(const LoopStatement &At) {
    if (std::optional<Effect> Found = detect(At.S, At.Where, At.Discarded)) {
      // In an instantiation, a wait on a result the coroutine was given is
      // left alone: generic code's callers (test harnesses, combinators)
      // often pass results that are complete, and this one is not seen.
      if (Instance && resultPassedIn(*Found))
        return;
      if (claimFinding(At.S->getBeginLoc(), *AST)) {
        reportDirect(*Found, At);
        noteInstantiation();
      }
      return;
    }
    // A helper called on a cold path does not do the loop's work.
    if (At.Where.Cold)
      return;
    // In an instantiation, only a chain that holds on every path is
    // reported: a condition left undecided is a guess about generic code.
    if (std::optional<typename Summaries::Applied> Through = helperEffect(At);
        Through && (!Instance || Through->Undecided.empty()) &&
        claimFinding(At.S->getBeginLoc(), *AST)) {
      reportThroughHelper(llvm::cast<clang::Expr>(At.S), *Through->Path,
                          At.Where);
      noteUndecided(*Through);
      noteInstantiation();
    }
  }

  /// How the helper \p At calls has the effect, if it has it on a path
  /// this call can take.
  std::optional<typename Summaries::Applied>
  helperEffect(const LoopStatement &At) {
    const clang::FunctionDecl *Callee = followedCallee(At.S, Threads.get());
    // In an instantiation, a lambda called through a template parameter
    // (`work()` in `offload(F work)`) came from the caller, whose own walk
    // judges it where it is written.
    if (!Callee || (Instance && clang::isLambdaCallOperator(Callee)) ||
        !followsInto(At.S))
      return std::nullopt;
    return HelperSummaries->find(Callee, llvm::cast<clang::Expr>(At.S),
                                 At.Where.Function);
  }

  /// One note per condition a finding through a helper holds under: the
  /// reader judges whether the call meets it.
  void noteUndecided(const typename Summaries::Applied &Through) {
    for (const typename Summaries::Guard &Undecided : Through.Undecided)
      diag(Undecided.Condition.Tested->getBeginLoc(),
           "%0 does this only when %1", clang::DiagnosticIDs::Note)
          << describeFunction(Through.Path->Hops[Undecided.Hop].Function)
          << describeCondition(Undecided.Condition, *AST);
  }

  /// Whether a call with no effect of its own is followed into its callee.
  virtual bool followsInto(const clang::Stmt *S) const { return true; }

  /// The effect of one statement, if it has one. \p Discarded says whether
  /// the statement is an expression whose value is thrown away.
  virtual std::optional<Effect> findEffect(const clang::Stmt *S,
                                           bool Discarded) const = 0;
  /// The call of \p Found if it waits for a result (`f.get()`), which it
  /// does not when the result is complete already; null otherwise.
  virtual const KnownCall *waitCall(const Effect &Found) const {
    return nullptr;
  }
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
  /// The effect of \p S at \p Where, but no wait on a result that is
  /// complete there (Readiness.h).
  std::optional<Effect> detect(const clang::Stmt *S, const BodyContext &Where,
                               bool Discarded) const {
    std::optional<Effect> Found = findEffect(S, Discarded);
    const KnownCall *Wait = Found ? waitCall(*Found) : nullptr;
    if (!Wait || !Wait->Subject)
      return Found;
    if (conditionsSayComplete(resultVariable(Wait->Subject), Where.Conditions,
                              *Knowledge))
      return std::nullopt;
    CallFrame Here{Where.Function, nullptr, nullptr};
    if (HelperSummaries->evaluator(*AST).isComplete(Wait->Subject, &Here))
      return std::nullopt;
    return Found;
  }

  /// The result \p Found waits on, when it is a parameter of the function
  /// that waits: whether it is complete is up to the callers.
  const clang::Expr *resultPassedIn(const Effect &Found) const {
    const KnownCall *Wait = waitCall(Found);
    if (!Wait || !Wait->Subject ||
        !llvm::isa_and_nonnull<clang::ParmVarDecl>(
            resultVariable(containerOf(Wait->Subject))) ||
        !subjectIsOneOf(Wait->Subject, Knowledge->resultClasses()))
      return nullptr;
    return Wait->Subject;
  }

  static constexpr llvm::StringLiteral MaxHelperDepthOption = "MaxHelperDepth";
  /// Larger values are taken as this: each level is a frame of the helper
  /// search, which follows call cycles around until the depth runs out, so
  /// an unbounded depth (4294967295) would overflow the stack.
  static constexpr unsigned MaxHelperDepthLimit = 32;

  const unsigned MaxHelperDepth;
  std::unique_ptr<KnowledgeThreads> Threads;
  std::unique_ptr<Summaries> HelperSummaries;
};

} // namespace corolint

#endif // COROLINT_CHECKS_LOOPEFFECTCHECK_H
