//===--- WorkerReport.h - What a worker process hands back -------*- C++
//-*-===//
//
// With several files, corolint lints each one in a worker process of its
// own (ParallelRun.h). A worker writes its findings to a report file in the
// YAML clang-apply-replacements reads (every diagnostic, with its notes and
// fixes), and the parent reads them back as clang-tidy errors, so that
// printing and fixing go through clang-tidy's own code exactly as in a
// single-process run.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_WORKERREPORT_H
#define COROLINT_DRIVER_WORKERREPORT_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace corolint {

/// Writes \p Errors, found in \p MainFile, to \p Path.
llvm::Error
writeWorkerReport(llvm::StringRef Path, llvm::StringRef MainFile,
                  const std::vector<clang::tidy::ClangTidyError> &Errors);

/// Reads a report back. Which warnings are errors is decided again by the
/// parent's \p Context (a report does not record it).
llvm::Expected<std::vector<clang::tidy::ClangTidyError>>
readWorkerReport(llvm::StringRef Path, clang::tidy::ClangTidyContext &Context);

} // namespace corolint

#endif // COROLINT_DRIVER_WORKERREPORT_H
