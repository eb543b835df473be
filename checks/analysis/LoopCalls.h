//===--- LoopCalls.h - Calls on an event loop, and how to name them -*- C++
//-*-//
//
// What the checks that look for effects on the event loop share: the walk
// over the statements of a function that run in loop context, with what each
// check needs to know about the statement's parent, and the words their
// messages use for calls and functions.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_LOOPCALLS_H
#define COROLINT_ANALYSIS_LOOPCALLS_H

#include "analysis/FunctionBodies.h"
#include "analysis/KnownCalls.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/ASTContext.h"
#include <string>

namespace corolint {

/// A statement in loop context.
struct LoopStatement {
  const clang::Stmt *S;
  const BodyContext &Where;
  /// S is an expression whose value is thrown away.
  bool Discarded;
  /// S is the operand of `.`, `->`, `[]`, a call or a postfix `++`/`--`, where
  /// `co_await` in front of it needs parentheses around the await.
  bool PostfixOperand;
};

/// How messages name a function of a chain: `'backoff'`, `'Config::reload'`,
/// `the lambda`.
std::string describeFunction(const clang::FunctionDecl *Function);

/// How a warning names the function \p Call calls: as describeFunction, but a
/// lambda by the expression it is called through (`'retry'`) and a
/// construction by its type (`'Config'`).
std::string describeCalled(const clang::Expr *Call,
                           const clang::FunctionDecl *Function,
                           const clang::ASTContext &AST);

/// How messages name a call a knowledge entry matched:
/// `'std::this_thread::sleep_for'` (the entry's name \p EntryName), or
/// `constructing 'std::ifstream'` (the type as the user wrote it).
std::string describeKnownCall(const KnownCall &Call, llvm::StringRef EntryName);

/// The same call as a verb phrase: `calls 'compress2'`, `constructs
/// 'std::regex'`.
std::string describeKnownCallAsAction(const KnownCall &Call,
                                      llvm::StringRef EntryName);

} // namespace corolint

#endif // COROLINT_ANALYSIS_LOOPCALLS_H
