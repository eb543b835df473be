//===--- SummaryFiles.h - Linked summaries read back by the checks -*- C++
//-*-===//
//
// The `SummaryFiles` check option (';'-separated paths, read with
// getLocalOrGlobal like KnowledgeFiles) names files that `corolint
// --export-summaries` wrote. The plugin and single-file runs read them to
// follow calls into functions defined in files they do not parse. A chain
// that passes through a file whose content changed since is not trusted.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SUMMARYFILES_H
#define COROLINT_ANALYSIS_SUMMARYFILES_H

#include "analysis/CrossFileSummaries.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace corolint {

/// The CheckOption key naming linked summary files.
inline constexpr llvm::StringLiteral SummaryFilesOption = "SummaryFiles";

/// The summaries in the files \p OptionValue names, merged (a later file's
/// chain for a function replaces an earlier one's). Each distinct value is
/// read once per process. Null for an empty value.
llvm::Expected<std::shared_ptr<const crossfile::LinkedSummaries>>
loadSummaryFiles(llvm::StringRef OptionValue);

/// Whether \p Key is the SummaryFiles option, global or a check's own.
bool isSummaryFilesKey(llvm::StringRef Key);

/// What decides the findings read through the summary files \p OptionValue
/// names: their text, and the content hash of every file they name now (a
/// changed file makes its chains stale). For the driver's result cache.
std::string summaryFilesFingerprint(llvm::StringRef OptionValue);

/// Whether every file \p Path passes through (its calls, effect and guards)
/// still has the content it had when \p Linked was written.
bool isFresh(const crossfile::Chain &Path,
             const crossfile::LinkedSummaries &Linked);

} // namespace corolint

#endif // COROLINT_ANALYSIS_SUMMARYFILES_H
