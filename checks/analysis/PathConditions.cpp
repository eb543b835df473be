//===--- PathConditions.cpp - The conditions a statement runs under -------===//

#include "analysis/PathConditions.h"
#include "analysis/SourceText.h"
#include "analysis/Worklist.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"

using namespace clang;

namespace corolint {

bool callsNoReturn(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  if (!E)
    return false;
  const auto *Call = dyn_cast<CallExpr>(E->IgnoreImplicit()->IgnoreParens());
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Callee->isNoReturn();
}

bool neverCompletes(const Stmt *S) {
  auto Decide = [](const Stmt *Part, llvm::SmallVectorImpl<const Stmt *> &Parts,
                   Junction &Of) -> std::optional<bool> {
    if (!Part)
      return false;
    if (isa<ReturnStmt, CoreturnStmt, BreakStmt, ContinueStmt, GotoStmt,
            IndirectGotoStmt>(Part))
      return true;
    if (const auto *E = dyn_cast<Expr>(Part))
      return isa<CXXThrowExpr>(E->IgnoreImplicit()->IgnoreParens()) ||
             callsNoReturn(E);
    if (const auto *Attributed = dyn_cast<AttributedStmt>(Part)) {
      Parts.push_back(Attributed->getSubStmt());
      return std::nullopt;
    }
    if (const auto *If = dyn_cast<IfStmt>(Part)) {
      if (!If->getElse())
        return false;
      Parts.append({If->getThen(), If->getElse()});
      Of = Junction::All;
      return std::nullopt;
    }
    if (const auto *Block = dyn_cast<CompoundStmt>(Part)) {
      for (const Stmt *Child : Block->body()) {
        // A label after the exit can be jumped to: what follows it runs.
        if (isa<LabelStmt, SwitchCase>(Child))
          Parts.clear();
        Parts.push_back(Child);
      }
      Of = Junction::Any;
      return std::nullopt;
    }
    return false;
  };
  return evaluateAndOr(S, Decide);
}

int unlikelyBranchByExpect(const Expr *Condition) {
  const auto *Call = dyn_cast_or_null<CallExpr>(
      Condition ? Condition->IgnoreImplicit()->IgnoreParens() : nullptr);
  if (!Call || Call->getBuiltinCallee() != Builtin::BI__builtin_expect ||
      Call->getNumArgs() != 2)
    return -1;
  Expr::EvalResult Expected;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || Call->getArg(1)->isValueDependent() ||
      !Call->getArg(1)->EvaluateAsInt(Expected, Callee->getASTContext()))
    return -1;
  return Expected.Val.getInt().isZero() ? 1 : 0;
}

bool isMarkedUnlikely(const Stmt *Branch) {
  const auto *Attributed = dyn_cast_or_null<AttributedStmt>(Branch);
  return Attributed && llvm::any_of(Attributed->getAttrs(), [](const Attr *A) {
           return isa<UnlikelyAttr>(A);
         });
}

/// `'text'`, or `the condition` when it is too long to quote.
static std::string quoted(const Expr *E, const ASTContext &AST) {
  if (std::optional<std::string> Text = shortText(E, AST))
    return "'" + *Text + "'";
  return "the condition here";
}

std::string describeCondition(const PathCondition &Condition,
                              const ASTContext &AST) {
  std::string Tested = quoted(Condition.Tested, AST);
  if (Condition.What == PathCondition::Kind::Boolean) {
    if (!shortText(Condition.Tested, AST))
      return Condition.Holds ? "the condition here holds"
                             : "the condition here is false";
    return Condition.Holds ? Tested : Tested + " is false";
  }
  if (Condition.What == PathCondition::Kind::Pending)
    return Tested + " is not complete yet";
  std::string Values;
  for (size_t Index = 0; Index < Condition.Values.size(); ++Index) {
    if (Index != 0)
      Values += Index + 1 == Condition.Values.size()
                    ? (Condition.Holds ? " or " : " nor ")
                    : ", ";
    Values += quoted(Condition.Values[Index], AST);
  }
  if (Condition.Values.empty())
    return Tested + " has any value";
  if (Condition.Holds)
    return Tested + " is " + Values;
  return Tested + (Condition.Values.size() == 1 ? " is not " : " is neither ") +
         Values;
}

} // namespace corolint
