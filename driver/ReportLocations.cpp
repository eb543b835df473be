//===--- ReportLocations.cpp - Where findings are, for reports ------------===//

#include "ReportLocations.h"
#include "llvm/ADT/StringExtras.h"

namespace corolint {

Position ReportLocations::position(llvm::StringRef Absolute, unsigned Offset) {
  llvm::StringRef Text = Texts.text(Absolute);
  Position Result;
  if (Text.empty())
    return Result;
  Offset = std::min<size_t>(Offset, Text.size());
  llvm::StringRef Before = Text.take_front(Offset);
  Result.Line = 1 + Before.count('\n');
  llvm::StringRef LineStart = Before.substr(Before.rfind('\n') + 1);
  // Count code points, not bytes: columns are characters.
  Result.Column = 1;
  for (char C : LineStart)
    if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
      ++Result.Column;
  return Result;
}

std::optional<Place>
ReportLocations::place(const clang::tooling::DiagnosticMessage &Message,
                       llvm::StringRef BuildDirectory) {
  if (Message.FilePath.empty())
    return std::nullopt;
  Place Result;
  Result.Absolute = absolute(Message.FilePath, BuildDirectory);
  std::optional<std::string> Relative = underRoot(Result.Absolute);
  Result.UnderRoot = Relative.has_value();
  Result.Shown = Relative.value_or(Result.Absolute);
  unsigned Offset = Message.FileOffset;
  Result.Start = position(Result.Absolute, Offset);
  // The flagged code: the range the check gave that starts here (clang
  // underlines it with ~), else the identifier here, else one character.
  unsigned Length = 0;
  for (const clang::tooling::FileByteRange &Range : Message.Ranges)
    if (Range.FileOffset == Offset && Range.Length &&
        absolute(Range.FilePath, BuildDirectory) == Result.Absolute) {
      Length = Range.Length;
      break;
    }
  if (!Length) {
    llvm::StringRef Rest = Texts.text(Result.Absolute).substr(Offset);
    Length =
        Rest.take_while([](char C) { return llvm::isAlnum(C) || C == '_'; })
            .size();
    if (!Length && !Rest.empty() && Rest.front() != '\n')
      Length = 1;
  }
  Result.End = position(Result.Absolute, Offset + Length);
  return Result;
}

std::string
ReportLocations::fingerprintOf(const clang::tidy::ClangTidyError &Error) {
  std::string Hash = fingerprint(Keys.of(Error));
  unsigned Occurrence = ++Occurrences[Hash];
  return Hash + ":" + std::to_string(Occurrence);
}

} // namespace corolint
