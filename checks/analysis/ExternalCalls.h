//===--- ExternalCalls.h - Calls into other translation units ---*- C++ -*-===//
//
// The AST side of CrossFileSummaries.h: which calls go to a function defined
// in another file, the name (USR) that file knows it by, and places in files
// as the summaries keep them.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_EXTERNALCALLS_H
#define COROLINT_ANALYSIS_EXTERNALCALLS_H

#include "analysis/CrossFileSummaries.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include <string>

namespace corolint {

/// The function \p S calls or constructs with, if its definition is not in
/// this translation unit but may be in another file of the project: declared
/// in the project's code (ProjectCode.h), visible to other files, called
/// directly (not through a virtual call, whose target is not known).
const clang::FunctionDecl *calleeDefinedElsewhere(const clang::Stmt *S);

/// Whether other files can call \p Definition and it is worth a summary: the
/// main file defines it, with external linkage, and it is neither a coroutine
/// (calling one runs none of its body), a template nor a lambda.
bool isExportedDefinition(const clang::FunctionDecl *Definition);

/// The name every translation unit knows \p Function by; empty if none.
std::string usrOf(const clang::FunctionDecl *Function);

/// A hash of \p Definition's text: two files defining one function the
/// same way (an inline function of a header) agree on it.
uint64_t definitionHash(const clang::FunctionDecl *Definition);

/// \p Loc as a place in a file (where it is expanded), recording the file's
/// content hash in \p Facts when given.
crossfile::Place placeOf(clang::SourceLocation Loc,
                         const clang::SourceManager &SM,
                         crossfile::UnitFacts *Facts = nullptr);

/// The location of \p At in this translation unit, loading its file if the
/// unit has not; invalid if the file cannot be read or is shorter.
clang::SourceLocation locationOf(const crossfile::Place &At,
                                 clang::SourceManager &SM);

} // namespace corolint

#endif // COROLINT_ANALYSIS_EXTERNALCALLS_H
