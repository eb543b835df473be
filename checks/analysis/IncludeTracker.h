//===--- IncludeTracker.h - Which headers a translation unit has -*- C++
//-*-===//
//
// A fix-it that brings in a new API must bring its header, unless the
// translation unit already includes it (directly or through another header:
// `asio.hpp` includes them all). The tracker records every `#include` the
// preprocessor sees, and where each file's last one ends, so that an inserted
// include goes below the others, once per file.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_INCLUDETRACKER_H
#define COROLINT_ANALYSIS_INCLUDETRACKER_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <optional>

namespace corolint {

class IncludeTracker {
public:
  /// The callbacks to register with the preprocessor of each translation
  /// unit; they start the tracker afresh.
  std::unique_ptr<clang::PPCallbacks>
  callbacks(const clang::SourceManager &SM, const clang::LangOptions &LangOpts);

  /// The insertion of `#include <Header>` into the file holding \p Where,
  /// below the last `#include` above \p Where (or at the top), if the
  /// translation unit does not have the header yet and no earlier fix-it
  /// inserts it into that file.
  std::optional<clang::FixItHint> insertInclude(llvm::StringRef Header,
                                                clang::SourceLocation Where);

private:
  friend class IncludeRecorder;
  const clang::SourceManager *SM = nullptr;
  /// Every header seen: as spelled, and as resolved paths.
  llvm::StringSet<> Spelled;
  std::vector<std::string> Paths;
  /// Where the line below each `#include` of each file starts (after its
  /// continuations and any block comment opened on it), in order.
  llvm::DenseMap<clang::FileID, std::vector<clang::SourceLocation>>
      AfterIncludes;
  /// Headers a fix-it inserts already, per file.
  llvm::DenseMap<clang::FileID, llvm::StringSet<>> Inserted;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_INCLUDETRACKER_H
