//===--- FunctionEnds.h - How a function's body ends ------------*- C++ -*-===//
//
// A function that is not a coroutine must return a value on every path when
// it returns one: control that reaches the closing brace of such a body is
// undefined behaviour. coro-task-not-coroutine asks what a body does there.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_FUNCTIONENDS_H
#define COROLINT_ANALYSIS_FUNCTIONENDS_H

#include "clang/AST/Decl.h"

namespace corolint {

/// The statements of a body that say what kind of function it is, its own
/// only (not those of lambdas or local classes written in it).
struct OwnStatements {
  /// A `return` statement, reachable or not.
  bool HasReturn = false;
  /// A `co_await`, `co_yield` or `co_return`: the function was written as a
  /// coroutine, even if the compiler could not make it one.
  bool HasCoroutineKeyword = false;
};

OwnStatements ownStatements(const clang::FunctionDecl *Function);

/// The same, from the body's text: the keywords spelled in it (lambdas' and
/// local classes' included; macro bodies not). For a file with errors, where
/// Clang may drop a statement it could not compile (LLVM 22 drops
/// `co_return undeclared;` whole), the AST no longer says what was written.
OwnStatements spelledStatements(const clang::FunctionDecl *Function);

/// Whether some path of \p Function's body reaches its closing brace: it
/// neither returns, throws, calls a function that does not return nor loops
/// for ever. Decided on Clang's CFG, as -Wreturn-type decides it (constant
/// conditions and switches over every enumerator included); false when the
/// CFG cannot be built.
bool mayFallOffEnd(const clang::FunctionDecl *Function);

} // namespace corolint

#endif // COROLINT_ANALYSIS_FUNCTIONENDS_H
