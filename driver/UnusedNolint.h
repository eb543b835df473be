//===--- UnusedNolint.h - NOLINT comments that silence nothing --*- C++ -*-===//
//
// --report-unused-nolint: a NOLINT, NOLINTNEXTLINE or NOLINTBEGIN comment
// that names a corolint check which reports nothing where the comment
// reaches is dead weight that hides the next real finding there. clang-tidy
// does not say which comment silenced what, so the consumer records every
// finding before NOLINT is applied, and a comment is used when one of them
// lands where it reaches, of a check it names. Only comments that name
// corolint checks (coro-*) that are enabled are judged: a bare NOLINT, or
// one naming other tools' checks, may be there for clang-tidy.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_UNUSEDNOLINT_H
#define COROLINT_DRIVER_UNUSEDNOLINT_H

#include "RecordingConsumer.h"
#include <vector>

namespace corolint {

/// The unused NOLINT comments of \p Text, the absolute file \p File, as
/// warnings named corolint-unused-nolint. \p EnabledChecks are the checks
/// that ran on it.
std::vector<clang::tidy::ClangTidyError>
unusedNolintComments(llvm::StringRef File, llvm::StringRef Text,
                     llvm::ArrayRef<RawFinding> Recorded,
                     llvm::ArrayRef<std::string> EnabledChecks);

} // namespace corolint

#endif // COROLINT_DRIVER_UNUSEDNOLINT_H
