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
#include "analysis/CrossFileSummaries.h"
#include "analysis/EffectSummaries.h"
#include "analysis/ExternalCalls.h"
#include "analysis/KnowledgeThreads.h"
#include "analysis/LoopCalls.h"
#include "analysis/Readiness.h"
#include "analysis/SummaryFiles.h"
#include "analysis/TaskTypes.h"
#include "clang/AST/ASTLambda.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <algorithm>
#include <memory>
#include <string>

namespace corolint {

template <typename Effect>
class LoopEffectCheck : public CoroLintCheck, public WalkReader {
public:
  LoopEffectCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : CoroLintCheck(Name, Context),
        MaxHelperDepth(std::min(Options.get(MaxHelperDepthOption, 4U),
                                MaxHelperDepthLimit)),
        RawSummaryFiles(
            Options.getLocalOrGlobal(SummaryFilesOption, "").str()) {
    auto Loaded = loadSummaryFiles(RawSummaryFiles);
    if (Loaded)
      Linked = std::move(*Loaded);
    else
      configurationDiag("%0", clang::DiagnosticIDs::Error)
          << llvm::toString(Loaded.takeError());
  }

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    CoroLintCheck::storeOptions(Opts);
    Options.store(Opts, MaxHelperDepthOption, MaxHelperDepth);
    Options.store(Opts, SummaryFilesOption, RawSummaryFiles);
  }

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override {
    if (!Knowledge)
      return;
    readSharedWalks(Finder, this);
  }

  void beginUnit() override {
    if (!Walks)
      return;
    Threads = Walks->threads();
    Classifier = std::make_unique<TaskTypeClassifier>(
        *Knowledge, llvm::ArrayRef<TaskTypeEntry>(),
        llvm::ArrayRef<std::string>());
    HelperSummaries = std::make_unique<Summaries>(
        [this](const clang::Stmt *S, const BodyContext &Where, bool Discarded) {
          return detect(S, Where, Discarded);
        },
        [this](const Effect &Found) { return resultPassedIn(Found); },
        [this](const clang::Stmt *S) { return followsInto(S); }, Walks,
        Knowledge.get(), MaxHelperDepth);
  }

  /// Reads the project's functions as written and its initializers (a
  /// coroutine lambda in one), and the instantiations of coroutines whose
  /// calls the template's arguments decide: only a coroutine is loop
  /// context of its own, and helpers are followed into their
  /// instantiations already.
  bool beginWalk(const WalkedCode &Code) override {
    if (!HelperSummaries || Code.What == WalkedCode::Kind::Helper)
      return false;
    bool AsWritten = Code.What == WalkedCode::Kind::AsWritten;
    if (Code.What == WalkedCode::Kind::Instantiation &&
        (!isCoroutine(Code.Function) ||
         !Walks->hasCallsResolvedPerInstantiation(Code.Function)))
      return false;
    if (AsWritten && crossfile::exportTarget() &&
        isExportedDefinition(Code.Function))
      Exported.push_back(Code.Function);
    AST = &Code.AST;
    Instance =
        Code.What == WalkedCode::Kind::Instantiation ? Code.Function : nullptr;
    return true;
  }
  void read(const WalkedStatement &At) override {
    if (At.Where.inLoopContext())
      visit({At.S, At.Where, At.Discarded, At.PostfixOperand});
  }
  void endWalk(const WalkedCode &) override { Instance = nullptr; }

  void endUnit() override {
    if (crossfile::UnitFacts *Target = crossfile::exportTarget())
      exportSummaries(*Target);
    Exported.clear();
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
    std::optional<typename Summaries::Applied> Through = helperEffect(At);
    if (!Through) {
      // Templates are judged per instantiation only in this file.
      if (!Instance)
        reportAcrossFiles(At);
      return;
    }
    // In an instantiation, only a chain that holds on every path is
    // reported: a condition left undecided is a guess about generic code.
    if ((!Instance || Through->Undecided.empty()) &&
        claimFinding(At.S->getBeginLoc(), *AST)) {
      reportThroughHelper(llvm::cast<clang::Expr>(At.S), *Through, At.Where);
      noteInstantiation();
    }
  }

  /// What the last function of a chain does, as findings say it, and where.
  struct ChainEnd {
    crossfile::EffectEnd Text;
    clang::SourceLocation At;
  };
  /// A function of a chain, as findings name it, and its call to the next.
  struct NamedHop {
    std::string Function;
    clang::SourceLocation Call;
  };
  /// A condition a chain holds under, as its note says it, at the condition.
  struct NamedGuard {
    std::string Note;
    clang::SourceLocation At;
  };

  /// Reports the call \p Call to \p Callee, which has the effect through
  /// \p Hops (from Callee on) ending in \p End under \p Guards: the warning,
  /// one note per hop, one at the effect, the advice, and one note per
  /// condition (the reader judges whether the call meets it).
  void reportChain(const clang::Expr *Call, const clang::FunctionDecl *Callee,
                   llvm::ArrayRef<NamedHop> Hops, const ChainEnd &End,
                   llvm::ArrayRef<NamedGuard> Guards,
                   const BodyContext &Where) {
    diag(Call->getBeginLoc(), "%0 %1")
        << callHead(Call, Callee) << End.Text.Tail << Call->getSourceRange();
    for (size_t Index = 0; Index + 1 < Hops.size(); ++Index)
      diag(Hops[Index].Call, "%0", clang::DiagnosticIDs::Note)
          << crossfile::hopNote(Hops[Index].Function, Hops[Index + 1].Function);
    diag(End.At, "%0", clang::DiagnosticIDs::Note) << End.Text.Note;
    std::string Advice = crossfile::adviceNote(End.Text, offloadAdvice(Where));
    if (!Advice.empty())
      diag(Call->getBeginLoc(), "%0", clang::DiagnosticIDs::Note) << Advice;
    for (const NamedGuard &Condition : Guards)
      diag(Condition.At, "%0", clang::DiagnosticIDs::Note) << Condition.Note;
  }

  /// Reports a chain of this file's functions, as it applies to \p Call.
  void reportThroughHelper(const clang::Expr *Call,
                           const typename Summaries::Applied &Through,
                           const BodyContext &Where) {
    const typename Summaries::Chain &Chain = *Through.Path;
    std::vector<NamedHop> Hops;
    for (const typename Summaries::Hop &Step : Chain.Hops)
      Hops.push_back(
          {describeFunction(Step.Function),
           Step.Call ? Step.Call->getBeginLoc() : clang::SourceLocation()});
    std::vector<NamedGuard> Guards;
    for (const typename Summaries::Guard &Undecided : Through.Undecided)
      Guards.push_back({guardNote(Chain, Undecided),
                        Undecided.Condition.Tested->getBeginLoc()});
    reportChain(Call, Chain.Hops.front().Function, Hops,
                describeEnd(Chain.Direct, Chain.Hops.back().Function), Guards,
                Where);
  }

  /// The note on \p Undecided, a condition of \p Chain.
  static std::string guardNote(const typename Summaries::Chain &Chain,
                               const typename Summaries::Guard &Undecided) {
    const clang::FunctionDecl *Function = Chain.Hops[Undecided.Hop].Function;
    return crossfile::guardNote(
        describeFunction(Function),
        describeCondition(Undecided.Condition, Function->getASTContext()));
  }

  /// "call to 'f'" or "constructing 'T'": how a finding names the call.
  std::string callHead(const clang::Expr *Call,
                       const clang::FunctionDecl *Callee) const {
    return (llvm::isa<clang::CXXConstructExpr>(Call) ? "constructing "
                                                     : "call to ") +
           describeCalled(Call, Callee, *AST);
  }

  /// A call in loop context into functions defined in other files: in a
  /// worker of a run over a database, a candidate the driver links after
  /// the run; else a finding if the SummaryFiles say the callee has the
  /// effect.
  void reportAcrossFiles(const LoopStatement &At) {
    const auto *Call = llvm::dyn_cast<clang::Expr>(At.S);
    if (!Call || (!crossfile::exportTarget() && !Linked) || !followsInto(At.S))
      return;
    const clang::SourceManager &SM = AST->getSourceManager();
    std::vector<crossfile::ExternalCall> Through;
    const clang::FunctionDecl *Callee = followedCallee(At.S, Threads);
    if (Callee) {
      for (const typename Summaries::ExternalPath &Path :
           HelperSummaries->externalCallsFrom(Callee))
        Through.push_back(
            {exportHops(Path.Prefix, SM, nullptr), usrOf(Path.Callee)});
    } else if ((Callee = calleeDefinedElsewhere(At.S)) &&
               // A function that returns a task is, nearly always, a
               // coroutine: calling it runs none of its body.
               !Classifier->classify(Callee->getReturnType(), *AST)) {
      Through.push_back({{}, usrOf(Callee)});
    }
    llvm::erase_if(Through, [](const crossfile::ExternalCall &Call) {
      return Call.Callee.empty();
    });
    if (Through.empty())
      return;
    // Summaries read back are used first; what they do not settle is left
    // to the link after the run, when there is one.
    if (Linked && reportThroughSummaryFiles(Call, Callee, Through, At.Where))
      return;
    if (crossfile::exportTarget()) {
      crossfile::Candidate Candidate{getID().str(), callHead(Call, Callee),
                                     offloadAdvice(At.Where), MaxHelperDepth,
                                     std::move(Through)};
      diag(Call->getBeginLoc(), "%0")
          << crossfile::candidateMessage(Candidate) << Call->getSourceRange();
      return;
    }
  }

  /// Reports \p Call to \p Callee if the SummaryFiles give a chain through
  /// one of \p Through whose files did not change since.
  bool
  reportThroughSummaryFiles(const clang::Expr *Call,
                            const clang::FunctionDecl *Callee,
                            llvm::ArrayRef<crossfile::ExternalCall> Through,
                            const BodyContext &Where) {
    std::optional<crossfile::Chain> Path = Linked->resolve(
        getID(), Through, MaxHelperDepth,
        [&](const crossfile::Chain &Tail) { return isFresh(Tail, *Linked); });
    if (!Path)
      return false;
    clang::SourceManager &Sources = AST->getSourceManager();
    std::vector<NamedHop> Hops;
    for (const crossfile::Hop &Step : Path->Hops)
      Hops.push_back({Step.Function, locationOf(Step.Call, Sources)});
    ChainEnd End{Path->End, locationOf(Path->End.At, Sources)};
    std::vector<NamedGuard> Guards;
    for (const crossfile::Guard &Condition : Path->Guards)
      Guards.push_back({Condition.Note, locationOf(Condition.At, Sources)});
    // A place that cannot be shown is a summary that cannot be trusted.
    bool Placed = End.At.isValid() &&
                  llvm::all_of(llvm::ArrayRef(Hops).drop_back(),
                               [](const NamedHop &Step) {
                                 return Step.Call.isValid();
                               }) &&
                  llvm::all_of(Guards, [](const NamedGuard &Condition) {
                    return Condition.At.isValid();
                  });
    if (!Placed)
      return false;
    if (claimFinding(Call->getBeginLoc(), *AST))
      reportChain(Call, Callee, Hops, End, Guards, Where);
    return true;
  }

  /// The hops of \p Path as the summaries keep them.
  std::vector<crossfile::Hop>
  exportHops(llvm::ArrayRef<typename Summaries::Hop> Path,
             const clang::SourceManager &SM, crossfile::UnitFacts *Facts) {
    std::vector<crossfile::Hop> Hops;
    for (const typename Summaries::Hop &Step : Path)
      Hops.push_back({describeFunction(Step.Function),
                      Step.Call ? placeOf(Step.Call->getBeginLoc(), SM, Facts)
                                : crossfile::Place()});
    return Hops;
  }

  /// \p Own, a chain that holds for every caller, as the summaries keep it.
  crossfile::Chain exportChain(const typename Summaries::Applied &Own,
                               const clang::SourceManager &SM,
                               crossfile::UnitFacts &Target) {
    const typename Summaries::Chain &Chain = *Own.Path;
    ChainEnd End = describeEnd(Chain.Direct, Chain.Hops.back().Function);
    End.Text.At = placeOf(End.At, SM, &Target);
    crossfile::Chain Exported{
        exportHops(Chain.Hops, SM, &Target), std::move(End.Text), {}};
    for (const typename Summaries::Guard &Undecided : Own.Undecided)
      Exported.Guards.push_back(
          {guardNote(Chain, Undecided),
           placeOf(Undecided.Condition.Tested->getBeginLoc(), SM, &Target)});
    return Exported;
  }

  /// Hands what this file's exported functions do to the driver.
  void exportSummaries(crossfile::UnitFacts &Target) {
    for (const clang::FunctionDecl *Function : Exported) {
      std::string Usr = usrOf(Function);
      if (Usr.empty())
        continue;
      const clang::SourceManager &SM =
          Function->getASTContext().getSourceManager();
      crossfile::FunctionFacts &Facts = Target.function(Usr);
      Facts.Name = describeFunction(Function);
      Facts.File = placeOf(Function->getLocation(), SM, &Target).File;
      Facts.BodyHash = definitionHash(Function);
      crossfile::CheckFacts Mine;
      if (std::optional<typename Summaries::Applied> Own =
              HelperSummaries->forEveryCaller(Function))
        Mine.Own = exportChain(*Own, SM, Target);
      for (const typename Summaries::ExternalPath &Path :
           HelperSummaries->externalCallsFrom(Function))
        if (std::string Callee = usrOf(Path.Callee); !Callee.empty())
          Mine.Calls.push_back(
              {exportHops(Path.Prefix, SM, &Target), std::move(Callee)});
      if (Mine.Own || !Mine.Calls.empty())
        Facts.Checks[getID().str()] = std::move(Mine);
    }
  }

  /// How the helper \p At calls has the effect, if it has it on a path
  /// this call can take.
  std::optional<typename Summaries::Applied>
  helperEffect(const LoopStatement &At) {
    const clang::FunctionDecl *Callee = followedCallee(At.S, Threads);
    // In an instantiation, a lambda called through a template parameter
    // (`work()` in `offload(F work)`) came from the caller, whose own walk
    // judges it where it is written.
    if (!Callee || (Instance && clang::isLambdaCallOperator(Callee)) ||
        !followsInto(At.S))
      return std::nullopt;
    return HelperSummaries->find(Callee, llvm::cast<clang::Expr>(At.S),
                                 At.Where.Function);
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
  /// How a finding through helpers describes \p Found, the effect of their
  /// last function \p Last: the message's end, the note at the effect, the
  /// advice at the call.
  virtual ChainEnd describeEnd(const Effect &Found,
                               const clang::FunctionDecl *Last) const = 0;

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
  const std::string RawSummaryFiles;
  const ThreadModel *Threads = nullptr;
  std::unique_ptr<Summaries> HelperSummaries;
  /// The summaries of other files the SummaryFiles option names, if any.
  std::shared_ptr<const crossfile::LinkedSummaries> Linked;
  /// The functions this file defines for other files, when exporting.
  std::vector<const clang::FunctionDecl *> Exported;
};

} // namespace corolint

#endif // COROLINT_CHECKS_LOOPEFFECTCHECK_H
