//===--- DiscardedExprs.cpp - Expressions whose value is thrown away ------===//

#include "analysis/DiscardedExprs.h"
#include "analysis/Worklist.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace corolint {

using FoundFn = llvm::function_ref<void(const Expr *, bool)>;

/// \p E is discarded; report it, or what inside it is discarded in turn.
static void expandDiscarded(const Expr *Whole, FoundFn Found) {
  // Each expression, with whether it is cast to void.
  Worklist<std::pair<const Expr *, bool>> Work;
  Work.then({Whole, false});
  Work.run([&](std::pair<const Expr *, bool> Discarded) {
    auto [E, CastToVoid] = Discarded;
    if (!E)
      return true;
    // Cleanups and temporaries wrap the expression the user wrote (a cast to
    // void included); they are not part of what is discarded.
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Binary = dyn_cast<BinaryOperator>(E);
        Binary && Binary->getOpcode() == BO_Comma) {
      Work.then({Binary->getLHS(), false});
      Work.then({Binary->getRHS(), CastToVoid});
    } else if (const auto *Conditional = dyn_cast<ConditionalOperator>(E)) {
      Work.then({Conditional->getTrueExpr(), CastToVoid});
      Work.then({Conditional->getFalseExpr(), CastToVoid});
    } else if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
               Cast && Cast->getType()->isVoidType()) {
      Work.then({Cast->getSubExpr(), true});
    } else {
      Found(E, CastToVoid);
    }
    return true;
  });
}

static void expandDiscardedStmt(const Stmt *S, FoundFn Found) {
  if (const auto *E = dyn_cast_or_null<Expr>(S))
    expandDiscarded(E, Found);
}

void forEachDiscardedExpr(const Stmt *S, FoundFn Found) {
  if (const auto *Block = dyn_cast<CompoundStmt>(S)) {
    for (const Stmt *Child : Block->body())
      expandDiscardedStmt(Child, Found);
  } else if (const auto *If = dyn_cast<IfStmt>(S)) {
    expandDiscardedStmt(If->getInit(), Found);
    expandDiscardedStmt(If->getThen(), Found);
    expandDiscardedStmt(If->getElse(), Found);
  } else if (const auto *Switch = dyn_cast<SwitchStmt>(S)) {
    expandDiscardedStmt(Switch->getInit(), Found);
  } else if (const auto *For = dyn_cast<ForStmt>(S)) {
    expandDiscardedStmt(For->getInit(), Found);
    expandDiscardedStmt(For->getInc(), Found);
    expandDiscardedStmt(For->getBody(), Found);
  } else if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(S)) {
    expandDiscardedStmt(RangeFor->getInit(), Found);
    expandDiscardedStmt(RangeFor->getBody(), Found);
  } else if (const auto *While = dyn_cast<WhileStmt>(S)) {
    expandDiscardedStmt(While->getBody(), Found);
  } else if (const auto *Do = dyn_cast<DoStmt>(S)) {
    expandDiscardedStmt(Do->getBody(), Found);
  } else if (const auto *Case = dyn_cast<SwitchCase>(S)) {
    expandDiscardedStmt(Case->getSubStmt(), Found);
  } else if (const auto *Label = dyn_cast<LabelStmt>(S)) {
    expandDiscardedStmt(Label->getSubStmt(), Found);
  } else if (const auto *Attributed = dyn_cast<AttributedStmt>(S)) {
    expandDiscardedStmt(Attributed->getSubStmt(), Found);
  }
}

const Expr *ignoreTemporaryWrappers(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
        Construct && Construct->isElidable() && Construct->getNumArgs() == 1)
      Next = Construct->getArg(0);
    // `auto t{f()};` initialises from a one-element list of the same type.
    if (const auto *List = dyn_cast<InitListExpr>(Next);
        List && List->getNumInits() == 1 && !List->getType().isNull() &&
        List->getType().getCanonicalType().getUnqualifiedType() ==
            List->getInit(0)->getType().getCanonicalType().getUnqualifiedType())
      Next = List->getInit(0);
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

bool isMoveOrForward(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  return Callee && Callee->isInStdNamespace() && Callee->getIdentifier() &&
         Call->getNumArgs() == 1 &&
         (Callee->getName() == "move" || Callee->getName() == "forward");
}

const Expr *ignorePassing(const Expr *E) {
  while (E) {
    const Expr *Next = ignoreTemporaryWrappers(E)->IgnoreParens();
    if (const auto *Cast = dyn_cast<CastExpr>(Next);
        Cast && (isa<ImplicitCastExpr, CXXFunctionalCastExpr>(Cast)) &&
        (Cast->getCastKind() == CK_NoOp ||
         Cast->getCastKind() == CK_LValueToRValue ||
         Cast->getCastKind() == CK_DerivedToBase ||
         Cast->getCastKind() == CK_UncheckedDerivedToBase ||
         Cast->getCastKind() == CK_ConstructorConversion))
      Next = Cast->getSubExpr();
    else if (const auto *Call = dyn_cast<CallExpr>(Next);
             Call && isMoveOrForward(Call))
      Next = Call->getArg(0);
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
             Construct && Construct->getNumArgs() == 1 &&
             Construct->getConstructor()->isCopyOrMoveConstructor())
      Next = Construct->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

void DiscardTracker::note(const Stmt *S) {
  forEachDiscardedExpr(S, [&](const Expr *E, bool) {
    Discarded.insert(ignoreTemporaryWrappers(E));
  });
}

bool DiscardTracker::isDiscarded(const Stmt *S) const {
  const auto *E = dyn_cast<Expr>(S);
  return E && Discarded.count(E);
}

} // namespace corolint
