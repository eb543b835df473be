//===--- CrossFileLink.h - Findings through other files --------*- C++ -*-===//
//
// After a run over several files, the parent links what each worker
// exported (CrossFileSummaries.h) and turns the candidates the workers
// reported, loop-context calls into functions defined in other files, into
// findings with one note per hop, or drops them. Candidates travel as the
// diagnostics of their checks, so NOLINT, header filters and
// warnings-as-errors have applied to them already.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_CROSSFILELINK_H
#define COROLINT_DRIVER_CROSSFILELINK_H

#include "analysis/CrossFileSummaries.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace corolint {

/// Links the serialized facts of each file. A file whose facts cannot be
/// read is named on \p Log and left out.
crossfile::LinkedSummaries linkUnitFacts(llvm::ArrayRef<std::string> Serialized,
                                         llvm::raw_ostream &Log);

/// Turns every candidate in \p Errors into its finding, or removes it when
/// no linked chain of its check starts at its callee. A finding that NOLINT
/// or the header filter hides is counted in \p Stats instead.
void resolveCandidates(std::vector<clang::tidy::ClangTidyError> &Errors,
                       const crossfile::LinkedSummaries &Linked,
                       clang::tidy::ClangTidyStats &Stats);

/// Says, for --verbose, which functions are not followed because two files
/// define them differently.
void reportBreaches(const crossfile::LinkedSummaries &Linked,
                    llvm::raw_ostream &Log);

} // namespace corolint

#endif // COROLINT_DRIVER_CROSSFILELINK_H
