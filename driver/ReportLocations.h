//===--- ReportLocations.h - Where findings are, for reports ----*- C++ -*-===//
//
// Machine-readable reports name a finding's file relative to the source root
// and its place as a line and a column in characters (Unicode code points),
// with the end of the code it flags. clang-tidy records byte offsets and
// ranges; this turns them into that, reading each file once, and keys each
// finding for fingerprints (FindingKey.h).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_REPORTLOCATIONS_H
#define COROLINT_DRIVER_REPORTLOCATIONS_H

#include "DiagnosticPaths.h"
#include "FindingKey.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>

namespace corolint {

struct Position {
  unsigned Line = 1;
  unsigned Column = 1; ///< In Unicode code points, from 1.
};

/// A message's place: its file, and where the code it flags starts and ends
/// (the end is one past the last character).
struct Place {
  std::string Absolute;
  std::string Shown; ///< Relative to the source root, if it is under it.
  bool UnderRoot = false;
  Position Start;
  Position End;
};

class ReportLocations {
public:
  explicit ReportLocations(llvm::StringRef SourceRoot)
      : Root(SourceRoot), Keys(SourceRoot) {}

  llvm::StringRef sourceRoot() const { return Root; }

  /// Where \p Message is; none when it has no file. The end is that of the
  /// message's range that starts at its location, else of the identifier
  /// there, else one character on.
  std::optional<Place> place(const clang::tooling::DiagnosticMessage &Message,
                             llvm::StringRef BuildDirectory);

  /// The absolute, normalised path of a diagnostic's file.
  std::string absolute(llvm::StringRef Path, llvm::StringRef BuildDirectory) {
    return absoluteDiagnosticPath(Path, BuildDirectory);
  }
  /// \p Absolute relative to the source root, if it is under it.
  std::optional<std::string> underRoot(llvm::StringRef Absolute) {
    return relativeToRoot(Absolute, Root);
  }
  Position position(llvm::StringRef Absolute, unsigned Offset);

  /// A fingerprint of \p Error that survives line moves: the hash of its
  /// FindingKey, with `:N` for the N-th finding with the same key.
  std::string fingerprintOf(const clang::tidy::ClangTidyError &Error);

private:
  std::string Root;
  SourceTexts Texts;
  FindingKeys Keys;
  llvm::StringMap<unsigned> Occurrences;
};

} // namespace corolint

#endif // COROLINT_DRIVER_REPORTLOCATIONS_H
