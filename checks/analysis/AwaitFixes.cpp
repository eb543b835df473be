//===--- AwaitFixes.cpp - Fix-its that await an expression ----------------===//

#include "analysis/AwaitFixes.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace corolint {

bool needsParenthesesToAwait(const Expr *Written) {
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Written))
    return Operator->isInfixBinaryOp();
  return isa<BinaryOperator, ConditionalOperator>(Written);
}

llvm::SmallVector<FixItHint, 2> awaitFix(const Expr *Written,
                                         const ASTContext &AST,
                                         SourceLocation ReplaceFrom) {
  bool Parenthesise = needsParenthesesToAwait(Written);
  llvm::StringRef Opening = Parenthesise ? "co_await (" : "co_await ";
  llvm::SmallVector<FixItHint, 2> Fix;
  if (ReplaceFrom.isValid())
    Fix.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(ReplaceFrom, Written->getBeginLoc()),
        Opening));
  else
    Fix.push_back(FixItHint::CreateInsertion(Written->getBeginLoc(), Opening));
  if (Parenthesise)
    Fix.push_back(FixItHint::CreateInsertion(
        Lexer::getLocForEndOfToken(Written->getEndLoc(), 0,
                                   AST.getSourceManager(), AST.getLangOpts()),
        ")"));
  return Fix;
}

} // namespace corolint
