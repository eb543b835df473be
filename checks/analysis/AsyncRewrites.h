//===--- AsyncRewrites.h - Blocking calls to their awaited twins -*- C++
//-*-===//
//
// The fix-its of coro-blocking-call: a knowledge file's RewriteEntry applied
// to one call, as edits of the text the user wrote. Every condition under
// which the result might not compile or might behave differently refuses the
// rewrite, with the reason for the note.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_ASYNCREWRITES_H
#define COROLINT_ANALYSIS_ASYNCREWRITES_H

#include "analysis/IncludeTracker.h"
#include "analysis/KnownCalls.h"
#include "knowledge/Knowledge.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace corolint {

struct Rewrite {
  llvm::SmallVector<clang::FixItHint, 4> Fix;
  /// Why there is no fix, when Fix is empty.
  std::string WhyNot;
};

/// The edits that turn \p Call into `co_await <its async twin>` as \p Entry
/// says, where whyCannotAwaitAt() has allowed `co_await`. \p Parenthesise is
/// set when the call is the operand of a postfix expression (`r.resolve(h,
/// s).begin()`), where `co_await` needs parentheses.
Rewrite rewriteCall(const RewriteEntry &Entry, const KnownCall &Call,
                    bool Parenthesise, const clang::ASTContext &AST,
                    IncludeTracker &Includes);

} // namespace corolint

#endif // COROLINT_ANALYSIS_ASYNCREWRITES_H
