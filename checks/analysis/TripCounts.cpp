//===--- TripCounts.cpp - Loops that run a known number of times ----------===//

#include "analysis/TripCounts.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace corolint {

namespace {

/// Wide enough for any difference of two 64-bit bounds.
using Wide = __int128;

std::optional<Wide> constantValue(const Expr *E, const ASTContext &AST) {
  if (!E || E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  Expr::EvalResult Result;
  if (!E->EvaluateAsInt(Result, AST))
    return std::nullopt;
  const llvm::APSInt &Value = Result.Val.getInt();
  if (Value.getSignificantBits() > 64)
    return std::nullopt;
  return Value.isSigned() ? Wide(Value.getExtValue())
                          : Wide(Value.getZExtValue());
}

/// The variable \p E reads or names, through parentheses and conversions.
const VarDecl *counterIn(const Expr *E) {
  if (!E)
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// The counter and its start from a for-init: `int i = 0` or `i = 0`.
std::optional<std::pair<const VarDecl *, Wide>>
counterStart(const Stmt *Init, const ASTContext &AST) {
  if (const auto *Declaration = dyn_cast_or_null<DeclStmt>(Init)) {
    const auto *Var = Declaration->isSingleDecl()
                          ? dyn_cast<VarDecl>(Declaration->getSingleDecl())
                          : nullptr;
    if (!Var || !Var->getType()->isIntegerType())
      return std::nullopt;
    if (std::optional<Wide> Start = constantValue(Var->getInit(), AST))
      return std::make_pair(Var, *Start);
    return std::nullopt;
  }
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(Init);
      Assign && Assign->getOpcode() == BO_Assign)
    if (const VarDecl *Var = counterIn(Assign->getLHS()))
      if (std::optional<Wide> Start = constantValue(Assign->getRHS(), AST))
        return std::make_pair(Var, *Start);
  return std::nullopt;
}

/// The step an increment adds to \p Counter: `++i`, `i--`, `i += 2`.
std::optional<Wide> counterStep(const Expr *Inc, const VarDecl *Counter,
                                const ASTContext &AST) {
  if (!Inc)
    return std::nullopt;
  Inc = Inc->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(Inc)) {
    if (counterIn(Unary->getSubExpr()) != Counter)
      return std::nullopt;
    if (Unary->isIncrementOp())
      return 1;
    if (Unary->isDecrementOp())
      return -1;
    return std::nullopt;
  }
  if (const auto *Compound = dyn_cast<CompoundAssignOperator>(Inc)) {
    if (counterIn(Compound->getLHS()) != Counter)
      return std::nullopt;
    std::optional<Wide> By = constantValue(Compound->getRHS(), AST);
    if (!By)
      return std::nullopt;
    if (Compound->getOpcode() == BO_AddAssign)
      return *By;
    if (Compound->getOpcode() == BO_SubAssign)
      return -*By;
  }
  return std::nullopt;
}

/// The count of `for (i = Start; i <Op> Bound; i += Step)`.
std::optional<uint64_t> countFrom(Wide Start, BinaryOperatorKind Op, Wide Bound,
                                  Wide Step) {
  if (Step == 0)
    return std::nullopt;
  // Normalise to a counter that goes up: `i > b` with `--i` mirrors `i < b`.
  if (Step < 0) {
    Start = -Start;
    Bound = -Bound;
    Step = -Step;
    switch (Op) {
    case BO_GT:
      Op = BO_LT;
      break;
    case BO_GE:
      Op = BO_LE;
      break;
    case BO_NE:
      break;
    default:
      return std::nullopt; // Counting away from the bound.
    }
  }
  Wide Span = Bound - Start;
  switch (Op) {
  case BO_LT:
    return Span <= 0 ? 0 : uint64_t((Span + Step - 1) / Step);
  case BO_LE:
    return Span < 0 ? 0 : uint64_t(Span / Step + 1);
  case BO_NE:
    if (Span < 0 || Span % Step != 0)
      return std::nullopt; // It would step over the bound.
    return uint64_t(Span / Step);
  default:
    return std::nullopt;
  }
}

/// Swaps the sides of a comparison: `b > i` is `i < b`.
BinaryOperatorKind mirrored(BinaryOperatorKind Op) {
  switch (Op) {
  case BO_LT:
    return BO_GT;
  case BO_GT:
    return BO_LT;
  case BO_LE:
    return BO_GE;
  case BO_GE:
    return BO_LE;
  default:
    return Op;
  }
}

std::optional<uint64_t> countingForTrips(const ForStmt *For,
                                         const ASTContext &AST) {
  auto Start = counterStart(For->getInit(), AST);
  const auto *Condition = dyn_cast_or_null<BinaryOperator>(
      For->getCond() ? For->getCond()->IgnoreParenImpCasts() : nullptr);
  if (!Start || !Condition || !Condition->isComparisonOp())
    return std::nullopt;
  const VarDecl *Counter = Start->first;
  BinaryOperatorKind Op = Condition->getOpcode();
  const Expr *BoundExpr = Condition->getRHS();
  if (counterIn(Condition->getLHS()) != Counter) {
    if (counterIn(Condition->getRHS()) != Counter)
      return std::nullopt;
    BoundExpr = Condition->getLHS();
    Op = mirrored(Op);
  }
  std::optional<Wide> Bound = constantValue(BoundExpr, AST);
  std::optional<Wide> Step = counterStep(For->getInc(), Counter, AST);
  if (!Bound || !Step)
    return std::nullopt;
  return countFrom(Start->second, Op, *Bound, *Step);
}

/// The number of elements of a built-in array or a `std::array`.
std::optional<uint64_t> elementCount(QualType Type, const ASTContext &AST) {
  Type = Type.getNonReferenceType();
  if (const auto *Array = AST.getAsConstantArrayType(Type))
    return Array->getZExtSize();
  // std::array<T, N> is the standard's fixed-size range.
  const auto *Specialization =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          Type->getAsCXXRecordDecl());
  if (!Specialization || !Specialization->isInStdNamespace() ||
      Specialization->getName() != "array")
    return std::nullopt;
  const TemplateArgumentList &Args = Specialization->getTemplateArgs();
  if (Args.size() != 2 || Args[1].getKind() != TemplateArgument::Integral)
    return std::nullopt;
  return Args[1].getAsIntegral().getZExtValue();
}

} // namespace

bool isLoop(const Stmt *S) {
  return isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt>(S);
}

std::optional<uint64_t> constantTripCount(const Stmt *Loop,
                                          const ASTContext &AST) {
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return countingForTrips(For, AST);
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop))
    return RangeFor->getRangeInit()
               ? elementCount(RangeFor->getRangeInit()->getType(), AST)
               : std::nullopt;
  if (const auto *Do = dyn_cast<DoStmt>(Loop)) {
    std::optional<Wide> Condition = constantValue(Do->getCond(), AST);
    if (Condition && *Condition == 0)
      return 1; // `do { ... } while (false)`, the macro idiom.
    return std::nullopt;
  }
  if (const auto *While = dyn_cast<WhileStmt>(Loop)) {
    std::optional<Wide> Condition = constantValue(While->getCond(), AST);
    if (Condition && *Condition == 0)
      return 0;
  }
  return std::nullopt;
}

} // namespace corolint
