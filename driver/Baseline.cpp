//===--- Baseline.cpp - Adopting corolint on code with findings -----------===//

#include "Baseline.h"
#include "FindingKey.h"
#include "OutputFiles.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace clang::tidy;

namespace corolint {

namespace {

llvm::Error badBaseline(llvm::StringRef Path, llvm::StringRef Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "'" + Path +
                                     "' is not a corolint baseline: " + Why);
}

} // namespace

llvm::Error writeBaseline(llvm::StringRef Path, llvm::StringRef SourceRoot,
                          llvm::ArrayRef<ClangTidyError> Errors) {
  FindingKeys Keys(SourceRoot);
  std::vector<FindingKey> Entries;
  for (const ClangTidyError &Error : Errors)
    Entries.push_back(Keys.of(Error));
  llvm::sort(Entries);
  llvm::json::Array Findings;
  for (const FindingKey &E : Entries)
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

llvm::Expected<BaselineMatch>
applyBaseline(llvm::StringRef Path, llvm::StringRef SourceRoot,
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
  std::map<FindingKey, unsigned> Recorded;
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
  FindingKeys Keys(SourceRoot);
  BaselineMatch Match;
  llvm::erase_if(Errors, [&](const ClangTidyError &Error) {
    auto It = Recorded.find(Keys.of(Error));
    if (It == Recorded.end() || It->second == 0)
      return false;
    --It->second;
    ++Match.Removed;
    return true;
  });
  for (const auto &[Key, Left] : Recorded)
    Match.Unused.insert(Match.Unused.end(), Left, Key);
  return Match;
}

} // namespace corolint
