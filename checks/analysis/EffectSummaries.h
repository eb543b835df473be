//===--- EffectSummaries.h - What calling a function does -------*- C++ -*-===//
//
// DESIGN.md's effect summaries: for a function defined in the translation
// unit, whether the code that runs when it is called (its own code, not code
// it hands to another thread) has an effect (blocks, runs an event loop, does
// CPU-heavy work), directly or through further such functions, through which
// chain of calls, and under which guards. Each check brings the detector for
// its effect; the walk, the call graph and the search are shared.
//
// A function's own code is read in the one walk of it (SharedWalks.h), or
// walked when first needed if that has not come yet: its effects and its
// calls, each with the conditions of the path to it; code on a cold path
// (ending the process, unlikely, an assertion's failure report) is left out.
// The chains from a function are found once per depth (so recursion ends at
// the depth bound), each keeping the conditions its calls' arguments do not
// decide: a chain that a call rules out is dropped where it is combined, and
// what is left is decided again at each call site (see GuardEvaluation.h).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_EFFECTSUMMARIES_H
#define COROLINT_ANALYSIS_EFFECTSUMMARIES_H

#include "analysis/DiscardedExprs.h"
#include "analysis/ExternalCalls.h"
#include "analysis/FunctionBodies.h"
#include "analysis/GuardEvaluation.h"
#include "analysis/SharedWalks.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace corolint {

template <typename Effect> class EffectSummaries : public WalkReader {
public:
  /// Finds an effect in one statement of a function's own code. \p Discarded
  /// says whether the statement is an expression whose value is thrown away.
  using Detector = std::function<std::optional<Effect>(
      const clang::Stmt *, const BodyContext &, bool Discarded)>;

  struct Hop {
    const clang::FunctionDecl *Function;
    /// The call in Function to the next hop's function; null in the last hop,
    /// whose function has the effect itself.
    const clang::Expr *Call;
  };
  /// A condition of hop Hop's function under which the chain's path runs.
  struct Guard {
    PathCondition Condition;
    unsigned Hop;
  };
  struct Chain {
    /// From the function asked about to the one with the effect.
    std::vector<Hop> Hops;
    Effect Direct;
    /// The conditions the chain itself does not decide, outermost first.
    std::vector<Guard> Guards;
  };
  /// A chain as it applies to one call: the conditions that call leaves
  /// undecided.
  struct Applied {
    const Chain *Path;
    std::vector<Guard> Undecided;
  };

  /// The result an effect waits on, if it is a wait on a result that may be
  /// complete (Readiness.h); null otherwise.
  using WaitSubject = std::function<const clang::Expr *(const Effect &)>;

  /// Whether the check follows a call into its callee: a wait that is a
  /// loop entry is coro-nested-event-loop's finding, not a helper whose
  /// insides block.
  using FollowTest = std::function<bool(const clang::Stmt *)>;

  /// Summaries that read the own-code walks of \p Walks.
  EffectSummaries(Detector Detect, WaitSubject WaitsOn, FollowTest Follows,
                  std::shared_ptr<SharedWalks> Walks,
                  const KnowledgeBase *Knowledge, unsigned MaxDepth)
      : Detect(std::move(Detect)), WaitsOn(std::move(WaitsOn)),
        Follows(std::move(Follows)), Walks(std::move(Walks)),
        Threads(this->Walks->threads()), Knowledge(Knowledge),
        MaxDepth(MaxDepth) {
    this->Walks->addReader(this);
  }
  ~EffectSummaries() override { Walks->removeReader(this); }
  EffectSummaries(const EffectSummaries &) = delete;
  EffectSummaries &operator=(const EffectSummaries &) = delete;

  /// The evaluator of this translation unit's guards.
  GuardEvaluator &evaluator(const clang::ASTContext &AST) {
    if (!Evaluator)
      Evaluator = std::make_unique<GuardEvaluator>(AST, Recursive, Knowledge);
    return *Evaluator;
  }

  /// How the call \p Call to \p Callee, written in \p Caller's code, has the
  /// effect: a chain without conditions if there is one, else the shortest
  /// whose conditions the call does not rule out, with the conditions it
  /// leaves undecided. Nothing when no path the call can take has it.
  std::optional<Applied> find(const clang::FunctionDecl *Callee,
                              const clang::Expr *Call,
                              const clang::FunctionDecl *Caller) {
    if (MaxDepth == 0)
      return std::nullopt;
    const std::vector<Chain> &Chains = chainsFrom(Callee, MaxDepth);
    std::optional<Applied> Best;
    CallFrame Root{Caller, nullptr, nullptr};
    for (const Chain &Candidate : Chains) {
      std::vector<Guard> Undecided;
      if (!decide(Candidate,
                  CallFrame{Candidate.Hops.front().Function, Call, &Root},
                  Undecided))
        continue;
      if (Undecided.empty())
        return Applied{&Candidate, {}};
      if (!Best)
        Best = Applied{&Candidate, std::move(Undecided)};
    }
    return Best;
  }

  /// How \p Function has the effect whoever calls it: a chain on every path
  /// if there is one, else the best whose conditions no call can decide
  /// (they test none of its parameters, nor its object), with them. A chain
  /// under a condition a caller could rule out is left out: a caller in
  /// another file, whose arguments are not seen, may well rule it out.
  std::optional<Applied> forEveryCaller(const clang::FunctionDecl *Function) {
    if (MaxDepth == 0)
      return std::nullopt;
    for (const Chain &Candidate : chainsFrom(Function, MaxDepth)) {
      std::vector<Guard> Undecided;
      if (decide(Candidate, CallFrame{Function, nullptr, nullptr}, Undecided,
                 /*ForEveryCaller=*/true))
        return Applied{&Candidate, std::move(Undecided)};
    }
    return std::nullopt;
  }

  /// A call to a function defined in another file, and how \p Function
  /// reaches it: the hops through this file's functions, the last of which
  /// makes the call.
  struct ExternalPath {
    std::vector<Hop> Prefix;
    const clang::FunctionDecl *Callee;
  };

  /// The calls to functions defined elsewhere that \p Function makes on
  /// every path, itself or through functions of this file, each by its
  /// shortest way (a breadth-first search: cycles end); once per function.
  const std::vector<ExternalPath> &
  externalCallsFrom(const clang::FunctionDecl *Function) {
    auto [Known, Inserted] = ExternalCalls.try_emplace(Function);
    if (Inserted)
      Known->second = searchExternalCalls(Function);
    return Known->second;
  }

private:
  std::vector<ExternalPath>
  searchExternalCalls(const clang::FunctionDecl *Function) {
    struct Reached {
      const clang::FunctionDecl *Function;
      size_t From;             // Index of the caller in Order.
      const clang::Expr *Call; // The caller's call to Function.
    };
    std::vector<Reached> Order{{Function, 0, nullptr}};
    llvm::DenseSet<const clang::FunctionDecl *> Seen{Function};
    std::vector<ExternalPath> Paths;
    llvm::DenseSet<const clang::FunctionDecl *> Called;
    auto PathTo = [&](size_t Index) {
      std::vector<Hop> Hops;
      for (; Index != 0; Index = Order[Index].From)
        Hops.push_back({Order[Order[Index].From].Function, Order[Index].Call});
      std::reverse(Hops.begin(), Hops.end());
      return Hops;
    };
    for (size_t Index = 0;
         Index < Order.size() && Paths.size() < MaxExternalCalls; ++Index) {
      std::vector<Hop> Prefix = PathTo(Index);
      if (Prefix.size() + 1 >= MaxDepth)
        continue; // The call's own chain would have no room.
      const OwnCode &Code = ownCode(Order[Index].Function);
      for (const Site &External : Code.External)
        if (Called.insert(External.Callee).second) {
          std::vector<Hop> Hops = Prefix;
          Hops.push_back({Order[Index].Function, External.Call});
          Paths.push_back({std::move(Hops), External.Callee});
        }
      for (const Site &Call : Code.Calls)
        if (Call.Conditions.empty() && Seen.insert(Call.Callee).second)
          Order.push_back({Call.Callee, Index, Call.Call});
    }
    return Paths;
  }

  /// How many calls to other files externalCallsFrom reports.
  static constexpr size_t MaxExternalCalls = 32;

  /// How many effects of one function's own code, and how many chains from
  /// one function, are kept when none is unconditional.
  static constexpr size_t MaxAlternatives = 4;

  struct Site {
    const clang::Expr *Call;
    const clang::FunctionDecl *Callee;
    std::vector<PathCondition> Conditions;
  };
  struct OwnCode {
    /// Its effects: one without conditions, or the first few with them.
    std::vector<std::pair<Effect, std::vector<PathCondition>>> Effects;
    /// Its calls to followable functions, each with its conditions.
    std::vector<Site> Calls;
    /// Its calls on every path to functions defined in other files.
    std::vector<Site> External;
  };

  const OwnCode &ownCode(const clang::FunctionDecl *Function) {
    auto Known = OwnCodes.find(Function);
    if (Known != OwnCodes.end())
      return Known->second;
    Walks->walkHelper(Function, this);
    return OwnCodes[Function];
  }

  /// Reads the walk of every function but a coroutine, which no summary
  /// follows into (its callers get a task), unless one is asked for.
  bool beginWalk(const WalkedCode &Code) override {
    if (!Code.Function ||
        (Code.What != WalkedCode::Kind::Helper && isCoroutine(Code.Function)))
      return false;
    InProgress[&Code] = OwnCode();
    return true;
  }

  /// A function's own code is known when its walk ends: one asked for while
  /// it is being read is walked again, whole.
  void endWalk(const WalkedCode &Code) override {
    auto Walked = InProgress.find(&Code);
    OwnCodes.try_emplace(Code.Function, std::move(Walked->second));
    InProgress.erase(Walked);
  }

  /// Records one statement of a function's own code: its effect, with the
  /// conditions of its path (one without conditions, or the first few with
  /// them), and its call to a followable function or one defined elsewhere.
  void read(const WalkedStatement &At) override {
    const clang::FunctionDecl *Function = At.Code.Function;
    const clang::Stmt *S = At.S;
    const BodyContext &Where = At.Where;
    if (!Where.runsWhenCalled(Function) || Where.Cold)
      return;
    OwnCode &Code = InProgress[&At.Code];
    bool Unconditional =
        !Code.Effects.empty() && Code.Effects.front().second.empty();
    if (!Unconditional && Code.Effects.size() < MaxAlternatives)
      if (std::optional<Effect> Found = Detect(S, Where, At.Discarded)) {
        std::vector<PathCondition> Conditions(Where.Conditions.begin(),
                                              Where.Conditions.end());
        // A wait on a result passed in blocks only if that is not
        // complete: the callers' arguments decide.
        if (const clang::Expr *Subject = WaitsOn ? WaitsOn(*Found) : nullptr)
          Conditions.push_back(pending(Subject));
        if (Conditions.empty())
          Code.Effects.clear();
        Code.Effects.push_back({std::move(*Found), std::move(Conditions)});
      }
    if (const clang::FunctionDecl *Callee = followedCallee(S, Threads);
        Callee && Follows(S)) {
      if (Callee == Function)
        Recursive.insert(Function);
      else
        Code.Calls.push_back(
            {llvm::cast<clang::Expr>(S), Callee,
             std::vector<PathCondition>(Where.Conditions.begin(),
                                        Where.Conditions.end())});
    } else if (const clang::FunctionDecl *Elsewhere = calleeDefinedElsewhere(S);
               Elsewhere && Where.Conditions.empty() && Follows(S)) {
      Code.External.push_back({llvm::cast<clang::Expr>(S), Elsewhere, {}});
    }
  }

  static PathCondition pending(const clang::Expr *Subject) {
    PathCondition Condition;
    Condition.What = PathCondition::Kind::Pending;
    Condition.Tested = Subject;
    return Condition;
  }

  static void addGuards(std::vector<Guard> &Guards,
                        llvm::ArrayRef<PathCondition> Conditions,
                        unsigned Hop) {
    for (const PathCondition &Condition : Conditions)
      Guards.push_back({Condition, Hop});
  }

  /// Decides \p Path's guards with \p First as the frame of its first hop:
  /// false if one is ruled out (or, \p ForEveryCaller, if a call into First
  /// could decide one that is left), else the undecided ones in
  /// \p Undecided.
  bool decide(const Chain &Path, const CallFrame &First,
              std::vector<Guard> &Undecided, bool ForEveryCaller = false) {
    if (Path.Guards.empty())
      return true;
    std::vector<CallFrame> Frames{First};
    Frames.reserve(Path.Hops.size());
    for (size_t Index = 1; Index < Path.Hops.size(); ++Index)
      Frames.push_back({Path.Hops[Index].Function, Path.Hops[Index - 1].Call,
                        &Frames[Index - 1]});
    GuardEvaluator &Evaluate = evaluator(First.Function->getASTContext());
    for (const Guard &Condition : Path.Guards) {
      bool CallerDecides = false;
      std::optional<bool> Holds =
          Evaluate.holds(Condition.Condition, Frames[Condition.Hop],
                         ForEveryCaller ? &CallerDecides : nullptr);
      if ((Holds && !*Holds) || (!Holds && CallerDecides))
        return false;
      if (!Holds)
        Undecided.push_back(Condition);
    }
    return true;
  }

  /// The chains of at most \p Depth functions from \p Function, best first:
  /// one without guards alone, or the few shortest with guards.
  const std::vector<Chain> &chainsFrom(const clang::FunctionDecl *Function,
                                       unsigned Depth) {
    auto Key = std::make_pair(Function, Depth);
    auto Memo = Chains.find(Key);
    if (Memo != Chains.end())
      return Memo->second;
    // A function already being searched calls itself through this one: it
    // and those it called on the way are recursive.
    if (auto Open = llvm::find(Searching, Function); Open != Searching.end()) {
      Recursive.insert(Open, Searching.end());
    }
    Searching.push_back(Function);
    std::vector<Chain> Found;
    const OwnCode &Code = ownCode(Function);
    for (const auto &[Direct, Conditions] : Code.Effects) {
      Chain Own{{{Function, nullptr}}, Direct, {}};
      addGuards(Own.Guards, Conditions, 0);
      Found.push_back(std::move(Own));
    }
    if (Depth > 1)
      for (const Site &Call : Code.Calls)
        for (const Chain &Tail : chainsFrom(Call.Callee, Depth - 1)) {
          Chain Longer{{{Function, Call.Call}}, Tail.Direct, {}};
          llvm::append_range(Longer.Hops, Tail.Hops);
          addGuards(Longer.Guards, Call.Conditions, 0);
          for (const Guard &Condition : Tail.Guards)
            Longer.Guards.push_back({Condition.Condition, Condition.Hop + 1});
          std::vector<Guard> Undecided;
          if (!decide(Longer, CallFrame{Function, nullptr, nullptr}, Undecided))
            continue; // The call's arguments rule this path out.
          Longer.Guards = std::move(Undecided);
          Found.push_back(std::move(Longer));
        }
    Searching.pop_back();
    std::stable_sort(Found.begin(), Found.end(),
                     [](const Chain &A, const Chain &B) {
                       return std::make_pair(!A.Guards.empty(), A.Hops.size()) <
                              std::make_pair(!B.Guards.empty(), B.Hops.size());
                     });
    if (!Found.empty() && Found.front().Guards.empty())
      Found.resize(1);
    else if (Found.size() > MaxAlternatives)
      Found.resize(MaxAlternatives);
    return Chains[Key] = std::move(Found);
  }

  Detector Detect;
  WaitSubject WaitsOn;
  FollowTest Follows;
  std::shared_ptr<SharedWalks> Walks;
  const ThreadModel *Threads;
  const KnowledgeBase *Knowledge;
  unsigned MaxDepth;
  /// Node-based: chainsFrom holds one function's own code while a deeper
  /// search adds others'.
  std::unordered_map<const clang::FunctionDecl *, OwnCode> OwnCodes;
  /// The own code of each function being walked, by walk (one can begin
  /// inside another).
  std::map<const WalkedCode *, OwnCode> InProgress;
  std::map<std::pair<const clang::FunctionDecl *, unsigned>, std::vector<Chain>>
      Chains;
  std::unordered_map<const clang::FunctionDecl *, std::vector<ExternalPath>>
      ExternalCalls;
  llvm::SmallVector<const clang::FunctionDecl *, 8> Searching;
  llvm::DenseSet<const clang::FunctionDecl *> Recursive;
  std::unique_ptr<GuardEvaluator> Evaluator;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_EFFECTSUMMARIES_H
