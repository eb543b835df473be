//===--- IncludeTracker.cpp - Which headers a translation unit has --------===//

#include "analysis/IncludeTracker.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Token.h"

using namespace clang;

namespace corolint {

namespace {

/// Where the directive holding \p HashLoc goes on after its file name: right
/// after the name, or the `#` when the name is not written in the file.
SourceLocation afterFileName(SourceLocation HashLoc,
                             CharSourceRange FilenameRange,
                             const SourceManager &SM) {
  SourceLocation End = SM.getExpansionLoc(FilenameRange.getEnd());
  return SM.getFileID(End) == SM.getFileID(HashLoc) ? End : HashLoc;
}

/// The end-of-directive token of the directive that goes on at \p From. The
/// lexer reads comments (also ones running onto later lines) and backslash
/// continuations as part of the directive, as the preprocessor does; the
/// token is the line break that ends it, or empty at the end of the file.
Token endOfDirective(SourceLocation From, const SourceManager &SM,
                     const LangOptions &LangOpts) {
  auto [Id, Offset] = SM.getDecomposedLoc(From);
  StringRef Buffer = SM.getBufferData(Id);
  Lexer Raw(SM.getLocForStartOfFile(Id), LangOpts, Buffer.begin(),
            Buffer.begin() + Offset, Buffer.end());
  Raw.setParsingPreprocessorDirective(true);
  Token Tok;
  do
    Raw.LexFromRawLexer(Tok);
  while (!Tok.isOneOf(tok::eod, tok::eof));
  return Tok;
}

/// The line break \p Text uses: the one that ends its first line.
StringRef lineBreakOf(StringRef Text) {
  size_t Newline = Text.find('\n');
  if (Newline != StringRef::npos && Newline > 0 && Text[Newline - 1] == '\r')
    return "\r\n";
  return "\n";
}

} // namespace

class IncludeRecorder : public PPCallbacks {
public:
  IncludeRecorder(IncludeTracker &Tracker, const LangOptions &LangOpts)
      : Tracker(Tracker), LangOpts(LangOpts) {}

  void InclusionDirective(SourceLocation HashLoc, const Token &,
                          StringRef FileName, bool,
                          CharSourceRange FilenameRange,
                          OptionalFileEntryRef File, StringRef, StringRef,
                          const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    Tracker.Spelled.insert(FileName);
    if (File)
      Tracker.Paths.push_back(File->getName().str());
    const SourceManager &SM = *Tracker.SM;
    Token End =
        endOfDirective(afterFileName(HashLoc, FilenameRange, SM), SM, LangOpts);
    // A directive that ends the file (an end token of length 0, not a line
    // break) has no code below it to need a header.
    if (End.getLength() != 0)
      Tracker.AfterIncludes[SM.getFileID(HashLoc)].push_back(End.getEndLoc());
  }

private:
  IncludeTracker &Tracker;
  const LangOptions &LangOpts;
};

std::unique_ptr<PPCallbacks>
IncludeTracker::callbacks(const SourceManager &SourceMgr,
                          const LangOptions &LangOpts) {
  SM = &SourceMgr;
  Spelled.clear();
  Paths.clear();
  AfterIncludes.clear();
  Inserted.clear();
  return std::make_unique<IncludeRecorder>(*this, LangOpts);
}

std::optional<FixItHint> IncludeTracker::insertInclude(StringRef Header,
                                                       SourceLocation Where) {
  if (!SM || Spelled.contains(Header))
    return std::nullopt;
  std::string Suffix = ("/" + Header).str();
  for (const std::string &Path : Paths)
    if (StringRef(Path).ends_with(Suffix))
      return std::nullopt;
  FileID Id = SM->getFileID(SM->getExpansionLoc(Where));
  if (!Inserted[Id].insert(Header).second)
    return std::nullopt;
  StringRef LineBreak = lineBreakOf(SM->getBufferData(Id));
  std::string Text = ("#include <" + Header + ">" + LineBreak).str();
  // Below the last `#include` above the code that needs the header: one
  // below that code would come too late for it.
  unsigned Use = SM->getFileOffset(SM->getExpansionLoc(Where));
  SourceLocation Below = SM->getLocForStartOfFile(Id);
  for (SourceLocation Point : AfterIncludes.lookup(Id))
    if (SM->getFileOffset(Point) <= Use)
      Below = Point;
  return FixItHint::CreateInsertion(Below, Text);
}

} // namespace corolint
