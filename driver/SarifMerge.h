//===--- SarifMerge.h - One SARIF report from the shards' ------*- C++ -*-===//
//
// `corolint --merge-sarif a.sarif b.sarif ... --output all.sarif`: the
// reports of a sharded run made one, so that code scanning receives a single
// upload under one category. Runs of the same tool become one run; rules are
// united by id (results' ruleIndex renumbered); a result that two shards both
// report (a finding in a header both include) is kept once.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_SARIFMERGE_H
#define COROLINT_DRIVER_SARIFMERGE_H

#include "llvm/Support/Error.h"
#include <string>

namespace corolint {

/// The SARIF files \p Paths merged, as text. Fails, naming the file, on one
/// that cannot be read or is not SARIF 2.1.0.
llvm::Expected<std::string> mergeSarifFiles(llvm::ArrayRef<std::string> Paths);

} // namespace corolint

#endif // COROLINT_DRIVER_SARIFMERGE_H
