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
                                         const ASTContext &AST) {
  llvm::SmallVector<FixItHint, 2> Fix;
  if (!needsParenthesesToAwait(Written)) {
    Fix.push_back(
        FixItHint::CreateInsertion(Written->getBeginLoc(), "co_await "));
    return Fix;
  }
  Fix.push_back(
      FixItHint::CreateInsertion(Written->getBeginLoc(), "co_await ("));
  Fix.push_back(FixItHint::CreateInsertion(
      Lexer::getLocForEndOfToken(Written->getEndLoc(), 0,
                                 AST.getSourceManager(), AST.getLangOpts()),
      ")"));
  return Fix;
}

} // namespace corolint
