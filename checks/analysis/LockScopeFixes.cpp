//===--- LockScopeFixes.cpp - Ending a lock before a suspension -----------===//

#include "analysis/LockScopeFixes.h"
#include "analysis/SourceText.h"
#include "analysis/Worklist.h"
#include "compat/AstCompat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace corolint {

namespace {

/// The block (not in a lambda) that has \p Child as one of its own
/// statements. (A search of the body, not the AST's parent map, which would
/// cost every file with a finding a map of all its nodes.)
const CompoundStmt *blockHolding(const Stmt *Root, const Stmt *Child) {
  const CompoundStmt *Found = nullptr;
  walkStmts(Root, [&](const Stmt *S) {
    if (isa<LambdaExpr>(S))
      return Walk::Over;
    if (const auto *Block = dyn_cast<CompoundStmt>(S);
        Block && llvm::is_contained(Block->body(), Child)) {
      Found = Block;
      return Walk::Stop;
    }
    return Walk::Into;
  });
  return Found;
}

/// Whether \p S is the statement `<Suspension>;`: the expression alone,
/// its value discarded.
bool isDiscardedSuspension(const Stmt *S, const Expr *Suspension) {
  const auto *E = dyn_cast<Expr>(S);
  return E && E->IgnoreImplicit()->IgnoreParens() == Suspension;
}

/// Whether the awaited operand \p Operand reads nothing the lock may protect
/// and nothing declared after \p GuardStart: no member, no `this`, no
/// reference or pointer, no global that is not const, no lambda.
bool touchesOnlyLocalValues(const Stmt *Operand, SourceLocation GuardStart,
                            const SourceManager &SM) {
  return walkStmts(Operand, [&](const Stmt *S) {
    if (isa<CXXThisExpr, LambdaExpr>(S))
      return Walk::Stop;
    const auto *Ref = dyn_cast<DeclRefExpr>(S);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var)
      return Walk::Into;
    QualType Type = Var->getType();
    bool Allowed =
        !Type->isReferenceType() && !Type->isPointerType() &&
        (Var->hasGlobalStorage()
             ? !Var->isLocalVarDeclOrParm() && Type.isConstQualified()
             : SM.isBeforeInTranslationUnit(Var->getLocation(), GuardStart));
    return Allowed ? Walk::Into : Walk::Stop;
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
endLockBeforeSuspension(const SuspensionUnderLock &Under, const Stmt *Body,
                        ASTContext &AST) {
  if (Under.Held.size() != 1 || !Under.Held.front().ByGuard)
    return {};
  const auto *Guard = dyn_cast<VarDecl>(Under.Held.front().Holder);
  const auto *Declaration =
      dyn_cast_or_null<DeclStmt>(Under.Held.front().TakenAt);
  const Expr *Operand = operandOf(Under.Suspension);
  const CompoundStmt *Block =
      Declaration ? blockHolding(Body, Declaration) : nullptr;
  if (!Guard || !Declaration || !Declaration->isSingleDecl() || !Operand ||
      !Block || !isDiscardedSuspension(Block->body_back(), Under.Suspension) ||
      Guard->getDeclContext()->isDependentContext())
    return {};
  const Stmt *Statement = Block->body_back();
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
