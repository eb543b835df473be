//===--- Baseline.cpp - Adopting corolint on code with findings -----------===//

#include "Baseline.h"
#include "DiagnosticPaths.h"
#include "OutputFiles.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <tuple>

using namespace clang::tidy;

namespace corolint {

namespace {

/// What a baseline records of a finding.
struct Entry {
  std::string Check;
  std::string File;
  std::string Code;
  std::string Message;
  bool operator<(const Entry &Other) const {
    return std::tie(Check, File, Code, Message) <
           std::tie(Other.Check, Other.File, Other.Code, Other.Message);
  }
};

/// The line at \p Offset, its runs of white space made one space.
std::string normalisedLine(llvm::StringRef Text, size_t Offset) {
  Offset = std::min(Offset, Text.size());
  size_t Start = Text.rfind('\n', Offset == 0 ? 0 : Offset - 1);
  Start = (Start == llvm::StringRef::npos || Offset == 0) ? 0 : Start + 1;
  llvm::StringRef Line = Text.substr(Start);
  Line = Line.take_until([](char C) { return C == '\n'; });
  std::string Result;
  bool Space = false;
  for (char C : Line.trim()) {
    if (llvm::isSpace(C)) {
      Space = true;
      continue;
    }
    if (Space)
      Result += ' ';
    Space = false;
    Result += C;
  }
  return Result;
}

std::string asJson(std::string Text) {
  return llvm::json::isUTF8(Text) ? Text : llvm::json::fixUTF8(Text);
}

class EntryMaker {
public:
  explicit EntryMaker(llvm::StringRef SourceRoot) : Root(SourceRoot) {}

  /// Every field as JSON stores it: a line or a path that is not UTF-8
  /// (Latin-1 source, say) is written with U+FFFD in place of its bad bytes,
  /// so it is compared that way too.
  Entry make(const ClangTidyError &Error) {
    Entry Result{Error.DiagnosticName, "", "", asJson(Error.Message.Message)};
    if (Error.Message.FilePath.empty())
      return Result;
    std::string Path =
        absoluteDiagnosticPath(Error.Message.FilePath, Error.BuildDirectory);
    Result.File = asJson(relativeToRoot(Path, Root).value_or(Path));
    Result.Code =
        asJson(normalisedLine(Texts.text(Path), Error.Message.FileOffset));
    return Result;
  }

private:
  std::string Root;
  SourceTexts Texts;
};

llvm::Error badBaseline(llvm::StringRef Path, llvm::StringRef Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "'" + Path +
                                     "' is not a corolint baseline: " + Why);
}

} // namespace

llvm::Error writeBaseline(llvm::StringRef Path, llvm::StringRef SourceRoot,
                          llvm::ArrayRef<ClangTidyError> Errors) {
  EntryMaker Maker(SourceRoot);
  std::vector<Entry> Entries;
  for (const ClangTidyError &Error : Errors)
    Entries.push_back(Maker.make(Error));
  llvm::sort(Entries);
  llvm::json::Array Findings;
  for (const Entry &E : Entries)
    Findings.push_back(llvm::json::Object{{"check", E.Check},
                                          {"file", E.File},
                                          {"code", E.Code},
                                          {"message", E.Message}});
  llvm::json::Object Baseline{{"corolint_baseline", 1},
                              {"findings", std::move(Findings)}};
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Baseline))) << "\n";
  OS.flush();
  return writeWholeFile(Path, Text);
}

llvm::Expected<unsigned> applyBaseline(llvm::StringRef Path,
                                       llvm::StringRef SourceRoot,
                                       std::vector<ClangTidyError> &Errors) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(
        Buffer.getError(), "cannot read the baseline '%s': %s",
        Path.str().c_str(), Buffer.getError().message().c_str());
  auto Parsed = llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed)
    return badBaseline(Path, llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Root = Parsed->getAsObject();
  const llvm::json::Array *Findings =
      Root ? Root->getArray("findings") : nullptr;
  if (!Root || !Root->getInteger("corolint_baseline") || !Findings)
    return badBaseline(Path, "it needs 'corolint_baseline' and 'findings'");
  std::map<Entry, unsigned> Recorded;
  for (const llvm::json::Value &Item : *Findings) {
    const llvm::json::Object *Object = Item.getAsObject();
    auto Field = [&](llvm::StringRef Key) -> std::optional<std::string> {
      if (!Object)
        return std::nullopt;
      if (auto Text = Object->getString(Key))
        return Text->str();
      return std::nullopt;
    };
    auto Check = Field("check"), File = Field("file"), Code = Field("code"),
         Message = Field("message");
    if (!Check || !File || !Code || !Message)
      return badBaseline(Path, "a finding needs 'check', 'file', 'code' and "
                               "'message'");
    ++Recorded[{*Check, *File, *Code, *Message}];
  }
  EntryMaker Maker(SourceRoot);
  unsigned Removed = 0;
  llvm::erase_if(Errors, [&](const ClangTidyError &Error) {
    auto It = Recorded.find(Maker.make(Error));
    if (It == Recorded.end() || It->second == 0)
      return false;
    --It->second;
    ++Removed;
    return true;
  });
  return Removed;
}

} // namespace corolint
