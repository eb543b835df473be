//===--- Readiness.cpp - Waits on results that are complete already -------===//

#include "analysis/Readiness.h"
#include "analysis/DeclNames.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/KnownCalls.h"
#include "analysis/Worklist.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace corolint {

/// \p E past parentheses, implicit conversions, temporaries and moves.
static const Expr *bare(const Expr *E) {
  return E ? ignorePassing(E)->IgnoreParenImpCasts() : nullptr;
}

const ValueDecl *resultVariable(const Expr *Subject) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(bare(Subject));
  return Ref ? Ref->getDecl() : nullptr;
}

const Expr *containerOf(const Expr *E) {
  while (E) {
    E = bare(E);
    const Expr *Next = nullptr;
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E);
        Operator && Operator->getOperator() == OO_Subscript)
      Next = Operator->getArg(0);
    else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
      Next = Subscript->getBase();
    else if (const auto *Member = dyn_cast<MemberExpr>(E);
             Member && isa<FieldDecl>(Member->getMemberDecl()))
      Next = Member->getBase();
    else if (const auto *Call = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      bool ElementAccess =
          Callee && Callee->getIdentifier() &&
          (Callee->getName() == "get" || Callee->getName() == "at" ||
           Callee->getName() == "front" || Callee->getName() == "back");
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
          Member && ElementAccess && Callee->getName() != "get")
        Next = Member->getImplicitObjectArgument();
      else if (!isa<CXXMemberCallExpr>(Call) && ElementAccess &&
               Callee->isInStdNamespace() && Call->getNumArgs() == 1)
        Next = Call->getArg(0); // std::get<N>(tuple)
    }
    if (!Next)
      return E;
    E = Next;
  }
  return E;
}

const ReadyResultEntry *readyEntry(const Expr *E, ReadyKind Kind,
                                   const KnowledgeBase &Knowledge) {
  std::optional<KnownCall> Call = asKnownCall(bare(E), Knowledge);
  if (!Call)
    return nullptr;
  for (const std::string &Name : Call->Names)
    if (const Known<ReadyResultEntry> *Entry = Knowledge.findReadyResult(Name);
        Entry && Entry->Item->Kind == Kind)
      return Entry->Item;
  return nullptr;
}

/// The readiness test \p E makes on \p Result, if it is one.
static const ReadyResultEntry *testOn(const Expr *E, const ValueDecl *Result,
                                      const KnowledgeBase &Knowledge) {
  const ReadyResultEntry *Entry = readyEntry(E, ReadyKind::Test, Knowledge);
  if (!Entry)
    return nullptr;
  std::optional<KnownCall> Call = asKnownCall(bare(E), Knowledge);
  return Call && resultVariable(Call->Subject) == Result ? Entry : nullptr;
}

/// Whether \p Value names one of \p Entry's ready statuses.
static bool isReadyValue(const Expr *Value, const ReadyResultEntry &Entry) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(bare(Value));
  return Ref &&
         llvm::is_contained(Entry.ReadyValues, knowledgeName(Ref->getDecl()));
}

/// Whether \p Condition, being \p Outcome, says that \p Result is complete.
static bool claimsComplete(const Expr *Condition, bool Outcome,
                           const ValueDecl *Result,
                           const KnowledgeBase &Knowledge) {
  // A test, and whether it holds; `a && b && ...` can have thousands.
  using Claim = std::pair<const Expr *, bool>;
  auto Decide = [&](const Claim &Part, llvm::SmallVectorImpl<Claim> &Parts,
                    Junction &Of) -> std::optional<bool> {
    // Past `static_cast<bool>(...)` too.
    const Expr *Tested = bare(Part.first)->IgnoreParenCasts();
    bool Holds = Part.second;
    if (const auto *Not = dyn_cast<UnaryOperator>(Tested);
        Not && Not->getOpcode() == UO_LNot) {
      Parts.push_back({Not->getSubExpr(), !Holds});
      return std::nullopt;
    }
    const Expr *Left = nullptr, *Right = nullptr;
    bool Equal = false;
    if (const auto *Binary = dyn_cast<BinaryOperator>(Tested)) {
      if (Binary->isLogicalOp()) {
        Parts.append({{Binary->getLHS(), Holds}, {Binary->getRHS(), Holds}});
        // `a && b` holding: both hold; `a || b` failing: both fail. `a && b`
        // failing, `a || b` holding: one of them does, so both must say
        // complete.
        Of = (Binary->getOpcode() == BO_LAnd) == Holds ? Junction::Any
                                                       : Junction::All;
        return std::nullopt;
      }
      if (Binary->isEqualityOp()) {
        Left = Binary->getLHS();
        Right = Binary->getRHS();
        Equal = Binary->getOpcode() == BO_EQ;
      }
    } else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Tested);
               Operator && Operator->getNumArgs() == 2 &&
               (Operator->getOperator() == OO_EqualEqual ||
                Operator->getOperator() == OO_ExclaimEqual)) {
      Left = Operator->getArg(0);
      Right = Operator->getArg(1);
      Equal = Operator->getOperator() == OO_EqualEqual;
    }
    if (Left && Right) {
      if (Equal != Holds)
        return false;
      for (auto [Test, Value] :
           {std::pair(Left, Right), std::pair(Right, Left)})
        if (const ReadyResultEntry *Entry = testOn(Test, Result, Knowledge))
          if (isReadyValue(Value, *Entry))
            return true;
      return false;
    }
    const ReadyResultEntry *Entry = testOn(Tested, Result, Knowledge);
    return Entry && Entry->ReadyValues.empty() && Holds;
  };
  return evaluateAndOr(Claim{Condition, Outcome}, Decide);
}

bool conditionsSayComplete(const ValueDecl *Result,
                           llvm::ArrayRef<PathCondition> Conditions,
                           const KnowledgeBase &Knowledge) {
  if (!Result)
    return false;
  return llvm::any_of(Conditions, [&](const PathCondition &Condition) {
    return Condition.What == PathCondition::Kind::Boolean &&
           claimsComplete(Condition.Tested, Condition.Holds, Result, Knowledge);
  });
}

} // namespace corolint
