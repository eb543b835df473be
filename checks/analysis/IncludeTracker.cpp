//===--- IncludeTracker.cpp - Which headers a translation unit has --------===//

#include "analysis/IncludeTracker.h"
#include "clang/Lex/Token.h"

using namespace clang;

namespace corolint {

class IncludeRecorder : public PPCallbacks {
public:
  explicit IncludeRecorder(IncludeTracker &Tracker) : Tracker(Tracker) {}

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
    SourceLocation End = SM.getExpansionLoc(FilenameRange.getEnd());
    FileID Id = SM.getFileID(End);
    unsigned Line = SM.getExpansionLineNumber(End);
    SourceLocation Next = SM.translateLineCol(Id, Line + 1, 1);
    // translateLineCol clamps to the end of a file with no next line.
    if (Next.isValid() && SM.getExpansionLineNumber(Next) == Line + 1)
      Tracker.AfterLastInclude[Id] = Next;
    (void)HashLoc;
  }

private:
  IncludeTracker &Tracker;
};

std::unique_ptr<PPCallbacks>
IncludeTracker::callbacks(const SourceManager &SourceMgr) {
  SM = &SourceMgr;
  Spelled.clear();
  Paths.clear();
  AfterLastInclude.clear();
  Inserted.clear();
  return std::make_unique<IncludeRecorder>(*this);
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
  auto After = AfterLastInclude.find(Id);
  SourceLocation At = After != AfterLastInclude.end()
                          ? After->second
                          : SM->getLocForStartOfFile(Id);
  return FixItHint::CreateInsertion(At, ("#include <" + Header + ">\n").str());
}

} // namespace corolint
