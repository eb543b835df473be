//===--- DeclNames.h - Names as the knowledge files write them -*- C++ -*-===//

#ifndef COROLINT_ANALYSIS_DECLNAMES_H
#define COROLINT_ANALYSIS_DECLNAMES_H

#include "clang/AST/Decl.h"
#include <string>

namespace corolint {

/// The fully qualified name of \p D as knowledge files spell it: namespaces and
/// enclosing classes joined by `::`, without template arguments, inline or
/// anonymous namespaces (`std::__1::function<void()>` gives `std::function`,
/// `unifex::_task::_task<int>::type` gives `unifex::_task::_task::type`).
/// Empty for unnamed declarations and for those local to a function.
std::string knowledgeName(const clang::NamedDecl *D);

} // namespace corolint

#endif // COROLINT_ANALYSIS_DECLNAMES_H
