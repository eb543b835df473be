//===--- ExitCodes.h - What corolint's exit status means --------*- C++ -*-===//
//
// Documented in the README. When several apply, the highest wins, except
// that usage errors stop the run before anything is linted.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_EXITCODES_H
#define COROLINT_DRIVER_EXITCODES_H

namespace corolint {

enum ExitCode : int {
  ExitClean = 0,          ///< No errors; warnings are allowed.
  ExitFindingAsError = 1, ///< A finding was promoted by --warnings-as-errors.
  ExitUsage = 2,          ///< Bad command line, config or knowledge file.
  ExitParseFailure = 3,   ///< A source file could not be parsed.
  /// A fix or an output file could not be written: the file was left as it
  /// was, and says so on stderr.
  ExitWriteFailure = 4,
};

} // namespace corolint

#endif // COROLINT_DRIVER_EXITCODES_H
