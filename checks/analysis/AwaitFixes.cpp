//===--- AwaitFixes.cpp - Fix-its that await an expression ----------------===//

#include "analysis/AwaitFixes.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace corolint {

std::string whyCannotAwaitAt(const Expr *Written, const BodyContext &Where) {
  if (!Where.IsCoroutine)
    return Where.Lambda ? "the call is in a lambda that is not a coroutine"
                        : "the function is not a coroutine";
  if (Where.InCatchHandler)
    return "'co_await' is not allowed in a catch handler";
  if (Written->getBeginLoc().isMacroID() || Written->getEndLoc().isMacroID())
    return "the call is written in a macro";
  return "";
}

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
