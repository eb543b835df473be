//===--- SourceText.cpp - Quoting the user's code in messages -------------===//

#include "analysis/SourceText.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/Basic/SourceManager.h"
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

std::string fullyQualifiedTypeName(QualType Type, const ASTContext &AST) {
  // Printed for C++ whatever the policy: LLVM 22 puts `class` before class
  // names printed for C.
  PrintingPolicy Policy(AST.getLangOpts());
  Policy.SuppressTagKeyword = true;
  return TypeName::getFullyQualifiedName(Type, AST, Policy);
}

/// The text of the line \p Loc is on, up to \p Loc.
static llvm::StringRef lineBefore(SourceLocation Loc, const SourceManager &SM) {
  auto [File, Offset] = SM.getDecomposedLoc(SM.getSpellingLoc(Loc));
  llvm::StringRef Before = SM.getBufferData(File).take_front(Offset);
  size_t LineStart = Before.rfind('\n');
  return LineStart == llvm::StringRef::npos ? Before
                                            : Before.drop_front(LineStart + 1);
}

llvm::StringRef lineIndentation(SourceLocation Loc, const SourceManager &SM) {
  auto [File, Offset] = SM.getDecomposedLoc(SM.getSpellingLoc(Loc));
  llvm::StringRef Buffer = SM.getBufferData(File);
  llvm::StringRef Line = Buffer.drop_front(Offset - lineBefore(Loc, SM).size());
  return Line.take_while([](char C) { return C == ' ' || C == '\t'; });
}

bool isFirstOnLine(SourceLocation Loc, const SourceManager &SM) {
  return lineBefore(Loc, SM).trim(" \t").empty();
}

llvm::StringRef lineBreakAt(SourceLocation Loc, const SourceManager &SM) {
  auto [File, Offset] = SM.getDecomposedLoc(SM.getSpellingLoc(Loc));
  llvm::StringRef After = SM.getBufferData(File).drop_front(Offset);
  size_t End = After.find('\n');
  return End != llvm::StringRef::npos && End > 0 && After[End - 1] == '\r'
             ? "\r\n"
             : "\n";
}

} // namespace corolint
