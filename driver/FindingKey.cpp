//===--- FindingKey.cpp - What identifies a finding across edits ----------===//

#include "FindingKey.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/xxhash.h"

namespace corolint {

namespace {

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

} // namespace

FindingKey FindingKeys::of(const clang::tidy::ClangTidyError &Error) {
  FindingKey Result{Error.DiagnosticName, "", "",
                    asJson(Error.Message.Message)};
  if (Error.Message.FilePath.empty())
    return Result;
  std::string Path =
      absoluteDiagnosticPath(Error.Message.FilePath, Error.BuildDirectory);
  Result.File = asJson(relativeToRoot(Path, Root).value_or(Path));
  Result.Code =
      asJson(normalisedLine(Texts.text(Path), Error.Message.FileOffset));
  return Result;
}

std::string fingerprint(const FindingKey &Key) {
  // NUL separates the fields: no field contains one once it is JSON text.
  std::string Joined =
      Key.Check + '\0' + Key.File + '\0' + Key.Code + '\0' + Key.Message;
  llvm::XXH128_hash_t Hash =
      llvm::xxh3_128bits(llvm::arrayRefFromStringRef(Joined));
  return llvm::utohexstr(Hash.high64, /*LowerCase=*/true, 16) +
         llvm::utohexstr(Hash.low64, /*LowerCase=*/true, 16);
}

} // namespace corolint
