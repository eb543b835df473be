//===--- LockScopeFixes.cpp - Ending a lock before a suspension -----------===//

#include "analysis/LockScopeFixes.h"
#include "analysis/SourceText.h"
#include "compat/AstCompat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace corolint {

namespace {

/// The statement of \p Block that holds \p E, if \p E is in \p Block's own
/// statements (not nested in a lambda or another statement's block).
const Stmt *statementIn(const Expr *E, const CompoundStmt *&Block,
                        ASTContext &AST) {
  const Stmt *Current = E;
  while (true) {
    DynTypedNodeList Parents = AST.getParents(*Current);
    if (Parents.size() != 1)
      return nullptr;
    const auto *Parent = Parents[0].get<Stmt>();
    if (!Parent)
      return nullptr;
    if (const auto *Compound = dyn_cast<CompoundStmt>(Parent)) {
      Block = Compound;
      return Current;
    }
    // Only what wraps the expression's value, which is discarded.
    if (!isa<ExprWithCleanups, ParenExpr, ImplicitCastExpr>(Parent))
      return nullptr;
    Current = Parent;
  }
}

/// Whether the awaited operand \p Operand reads nothing the lock may protect
/// and nothing declared after \p GuardStart: no member, no `this`, no
/// reference or pointer, no global that is not const, no lambda.
bool touchesOnlyLocalValues(const Stmt *Operand, SourceLocation GuardStart,
                            const SourceManager &SM) {
  if (isa<CXXThisExpr, LambdaExpr>(Operand))
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Operand)) {
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl())) {
      QualType Type = Var->getType();
      if (Type->isReferenceType() || Type->isPointerType())
        return false;
      if (Var->hasGlobalStorage())
        return Var->isLocalVarDeclOrParm() ? false : Type.isConstQualified();
      if (!SM.isBeforeInTranslationUnit(Var->getLocation(), GuardStart))
        return false;
    }
  }
  return llvm::all_of(Operand->children(), [&](const Stmt *Child) {
    return !Child || touchesOnlyLocalValues(Child, GuardStart, SM);
  });
}

const Expr *operandOf(const Expr *Suspension) {
  if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(Suspension))
    return compat::writtenOperand(*Suspend);
  return nullptr;
}

/// Whether the guard class of \p Guard has a public `unlock()`.
bool hasUnlock(const VarDecl *Guard) {
  const CXXRecordDecl *Class = Guard->getType()->getAsCXXRecordDecl();
  if (!Class || !Class->hasDefinition())
    return false;
  for (const NamedDecl *Found :
       Class->lookup(&Guard->getASTContext().Idents.get("unlock")))
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Found);
        Method && Method->getNumParams() == 0 &&
        Method->getAccess() == AS_public)
      return true;
  return false;
}

} // namespace

llvm::SmallVector<FixItHint, 2>
endLockBeforeSuspension(const SuspensionUnderLock &Under, ASTContext &AST) {
  if (Under.Held.size() != 1 || !Under.Held.front().ByGuard)
    return {};
  const auto *Guard = dyn_cast<VarDecl>(Under.Held.front().Holder);
  const auto *Declaration =
      dyn_cast_or_null<DeclStmt>(Under.Held.front().TakenAt);
  const Expr *Operand = operandOf(Under.Suspension);
  const CompoundStmt *Block = nullptr;
  const Stmt *Statement = statementIn(Under.Suspension, Block, AST);
  if (!Guard || !Declaration || !Declaration->isSingleDecl() || !Operand ||
      !Statement || Block->body_empty() || Block->body_back() != Statement ||
      Guard->getDeclContext()->isDependentContext())
    return {};
  // The guard is declared in the same block, with nothing declared or
  // labelled between it and the suspension.
  auto Position = llvm::find(Block->body(), Declaration);
  if (Position == Block->body_end())
    return {};
  for (auto It = std::next(Position); *It != Statement; ++It)
    if (isa<DeclStmt, LabelStmt, SwitchCase>(*It))
      return {};
  const SourceManager &SM = AST.getSourceManager();
  SourceLocation GuardStart = Declaration->getBeginLoc();
  SourceLocation At = Statement->getBeginLoc();
  if (GuardStart.isMacroID() || At.isMacroID() ||
      !touchesOnlyLocalValues(Operand, GuardStart, SM))
    return {};

  llvm::StringRef Break = lineBreakAt(At, SM);
  std::string Indent = lineIndentation(At, SM).str();
  bool OwnLine = isFirstOnLine(At, SM);
  if (hasUnlock(Guard))
    return {FixItHint::CreateInsertion(
        At, Guard->getName().str() + ".unlock();" +
                (OwnLine ? (Break + Indent).str() : std::string(" ")))};
  if (!isFirstOnLine(GuardStart, SM) || !OwnLine)
    return {FixItHint::CreateInsertion(GuardStart, "{ "),
            FixItHint::CreateInsertion(At, "} ")};
  return {
      FixItHint::CreateInsertion(
          GuardStart, ("{" + Break + lineIndentation(GuardStart, SM)).str()),
      FixItHint::CreateInsertion(
          At.getLocWithOffset(-static_cast<int>(Indent.size())),
          (Indent + "}" + Break).str())};
}

} // namespace corolint
