//===--- EffectSummaries.h - What calling a function does -------*- C++ -*-===//
//
// DESIGN.md's effect summaries: for a function defined in the translation
// unit, whether the code that runs when it is called (its own code, not code
// it hands to another thread) has an effect (blocks, runs an event loop, does
// CPU-heavy work), directly or through further such functions, and through
// which chain of calls. Each check brings the detector for its effect; the
// walk, the call graph and the search are shared.
//
// A function's own code is walked once, when first needed. The chain found is
// a shortest one (breadth first, so cycles cannot loop), at most MaxDepth
// functions long, and it is remembered per function: a shortest chain from a
// function does not depend on who asks.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_EFFECTSUMMARIES_H
#define COROLINT_ANALYSIS_EFFECTSUMMARIES_H

#include "analysis/DiscardedExprs.h"
#include "analysis/FunctionBodies.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace corolint {

template <typename Effect> class EffectSummaries {
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
  struct Chain {
    /// From the function asked about to the one with the effect.
    std::vector<Hop> Hops;
    Effect Direct;
  };

  EffectSummaries(Detector Detect, const ThreadModel *Threads,
                  unsigned MaxDepth)
      : Detect(std::move(Detect)), Threads(Threads), MaxDepth(MaxDepth) {}

  /// A shortest chain by which calling \p Callee has the effect, or null.
  const Chain *find(const clang::FunctionDecl *Callee) {
    if (MaxDepth == 0)
      return nullptr;
    auto Memo = Chains.find(Callee);
    if (Memo != Chains.end())
      return Memo->second.get();
    std::unique_ptr<Chain> Found = search(Callee);
    return (Chains[Callee] = std::move(Found)).get();
  }

private:
  struct OwnCode {
    std::optional<Effect> Direct;
    /// Calls to followable functions, the first call to each.
    std::vector<std::pair<const clang::Expr *, const clang::FunctionDecl *>>
        Calls;
  };

  const OwnCode &ownCode(const clang::FunctionDecl *Function) {
    auto Known = OwnCodes.find(Function);
    if (Known != OwnCodes.end())
      return Known->second;
    OwnCode Code;
    llvm::DenseSet<const clang::FunctionDecl *> Called;
    DiscardTracker Discards;
    auto Visit = [&](const clang::Stmt *S, const BodyContext &Where) {
      Discards.note(S);
      if (!Where.runsWhenCalled(Function))
        return;
      if (!Code.Direct)
        Code.Direct = Detect(S, Where, Discards.isDiscarded(S));
      if (const clang::FunctionDecl *Callee = followableCallee(S))
        if (Callee != Function && Called.insert(Callee).second)
          Code.Calls.push_back({llvm::cast<clang::Expr>(S), Callee});
    };
    if (const auto *Constructor =
            llvm::dyn_cast<clang::CXXConstructorDecl>(Function))
      for (const clang::CXXCtorInitializer *Init : Constructor->inits())
        if (Init->isWritten())
          forEachStmtInInitializer(Init->getInit(), Constructor, Visit);
    forEachStmtInBody(Function, Visit, Threads);
    return OwnCodes[Function] = std::move(Code);
  }

  std::unique_ptr<Chain> search(const clang::FunctionDecl *Start) {
    struct Node {
      const clang::FunctionDecl *Function;
      int Parent;
      const clang::Expr *CallFromParent;
      unsigned Depth;
    };
    std::vector<Node> Nodes{{Start, -1, nullptr, 1}};
    llvm::DenseSet<const clang::FunctionDecl *> Seen{Start};
    int Best = -1;
    unsigned BestLength = MaxDepth + 1;
    const Chain *BestTail = nullptr; // A remembered chain the best ends with.
    for (size_t Index = 0; Index < Nodes.size(); ++Index) {
      Node Current = Nodes[Index];
      if (Current.Depth >= BestLength)
        break; // Breadth first: nothing later can be shorter.
      if (Index != 0) {
        auto Memo = Chains.find(Current.Function);
        if (Memo != Chains.end()) {
          const Chain *Tail = Memo->second.get();
          unsigned Length = Current.Depth - 1 + (Tail ? Tail->Hops.size() : 0);
          if (Tail && Length < BestLength) {
            Best = Index;
            BestLength = Length;
            BestTail = Tail;
          }
          continue;
        }
      }
      const OwnCode &Code = ownCode(Current.Function);
      if (Code.Direct) {
        Best = Index;
        BestLength = Current.Depth;
        BestTail = nullptr;
        continue;
      }
      if (Current.Depth == MaxDepth)
        continue;
      for (const auto &[Call, Callee] : Code.Calls)
        if (Seen.insert(Callee).second)
          Nodes.push_back(
              {Callee, static_cast<int>(Index), Call, Current.Depth + 1});
    }
    if (Best < 0)
      return nullptr;

    auto Result = std::make_unique<Chain>();
    std::vector<Hop> Reversed;
    const clang::Expr *CallToNext = nullptr;
    for (int Index = Best; Index >= 0; Index = Nodes[Index].Parent) {
      Reversed.push_back({Nodes[Index].Function, CallToNext});
      CallToNext = Nodes[Index].CallFromParent;
    }
    Result->Hops.assign(Reversed.rbegin(), Reversed.rend());
    if (BestTail) {
      // The best node's own hop is the remembered chain's first.
      Result->Hops.pop_back();
      Result->Hops.insert(Result->Hops.end(), BestTail->Hops.begin(),
                          BestTail->Hops.end());
      Result->Direct = BestTail->Direct;
    } else {
      Result->Direct = *ownCode(Nodes[Best].Function).Direct;
    }
    return Result;
  }

  Detector Detect;
  const ThreadModel *Threads;
  unsigned MaxDepth;
  llvm::DenseMap<const clang::FunctionDecl *, OwnCode> OwnCodes;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Chain>> Chains;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_EFFECTSUMMARIES_H
