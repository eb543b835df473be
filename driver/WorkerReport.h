//===--- WorkerReport.h - What a worker process hands back -------*- C++
//-*-===//
//
// With several files, corolint lints each one in a worker process of its
// own (ParallelRun.h). A worker hands the parent every diagnostic (with its
// notes, fixes and ranges) and the fingerprints of the files its fixes edit,
// in a small length-prefixed binary form: source text, file names and fix
// texts are bytes, not necessarily UTF-8, and must arrive unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_WORKERREPORT_H
#define COROLINT_DRIVER_WORKERREPORT_H

#include "ContentFingerprint.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace corolint {

struct WorkerReport {
  std::vector<clang::tidy::ClangTidyError> Errors;
  ParsedContents Parsed;
  /// What the worker's clang-tidy did not show (NOLINT, header filter...).
  clang::tidy::ClangTidyStats Stats;
  /// What the file exports to the others (crossfile::UnitFacts, serialized);
  /// empty when the run links nothing.
  std::string CrossFileFacts;
};

/// The bytes of \p Report.
std::string serializeWorkerReport(const WorkerReport &Report);

/// Reads a report back; a report that is cut short or inconsistent is an
/// error, never a partial list.
llvm::Expected<WorkerReport> parseWorkerReport(llvm::StringRef Bytes);

} // namespace corolint

#endif // COROLINT_DRIVER_WORKERREPORT_H
