//===--- SourceText.cpp - Quoting the user's code in messages -------------===//

#include "analysis/SourceText.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace corolint {

/// Longest text quoted in a message or note.
static constexpr size_t MaxQuotedText = 60;

std::optional<std::string> shortText(const Expr *E, const ASTContext &AST) {
  const SourceManager &SM = AST.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM,
      AST.getLangOpts());
  if (Range.isInvalid())
    return std::nullopt;
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, AST.getLangOpts());
  if (Text.empty() || Text.size() > MaxQuotedText || Text.contains('\n'))
    return std::nullopt;
  return Text.str();
}

} // namespace corolint
