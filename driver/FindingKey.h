//===--- FindingKey.h - What identifies a finding across edits --*- C++ -*-===//
//
// A finding is the same finding after code above it moves it down a few
// lines: it is identified by its check, its file (relative to the source
// root), the text of the flagged line with its white space normalised, and
// its message. Baselines match findings by this key, and SARIF's
// partialFingerprints carry a hash of it, so code scanning keeps one alert
// across line moves.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_FINDINGKEY_H
#define COROLINT_DRIVER_FINDINGKEY_H

#include "DiagnosticPaths.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <string>
#include <tuple>

namespace corolint {

struct FindingKey {
  std::string Check;
  std::string File;
  std::string Code;
  std::string Message;
  bool operator<(const FindingKey &Other) const {
    return std::tie(Check, File, Code, Message) <
           std::tie(Other.Check, Other.File, Other.Code, Other.Message);
  }
  bool operator==(const FindingKey &Other) const {
    return std::tie(Check, File, Code, Message) ==
           std::tie(Other.Check, Other.File, Other.Code, Other.Message);
  }
};

/// Makes the keys of findings, reading each source file once.
class FindingKeys {
public:
  explicit FindingKeys(llvm::StringRef SourceRoot) : Root(SourceRoot) {}

  /// Every field as JSON stores it: a line or a path that is not UTF-8
  /// (Latin-1 source, say) has U+FFFD in place of its bad bytes.
  FindingKey of(const clang::tidy::ClangTidyError &Error);

private:
  std::string Root;
  SourceTexts Texts;
};

/// A hash of \p Key, as 32 hex digits.
std::string fingerprint(const FindingKey &Key);

} // namespace corolint

#endif // COROLINT_DRIVER_FINDINGKEY_H
