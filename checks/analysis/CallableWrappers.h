//===--- CallableWrappers.h - Callables and what calling them gives -*- C++
//-*-===//

#ifndef COROLINT_ANALYSIS_CALLABLEWRAPPERS_H
#define COROLINT_ANALYSIS_CALLABLEWRAPPERS_H

#include "knowledge/Knowledge.h"
#include "clang/AST/Type.h"

namespace corolint {

/// Whether \p Type is a callback wrapper the knowledge lists (such as
/// `std::function`) whose signature returns `void`, so that whatever the
/// wrapped callable returns is thrown away.
bool isVoidCallbackWrapper(clang::QualType Type,
                           const KnowledgeBase &Knowledge);

/// What calling an object of type \p Callable returns: for a function pointer
/// or reference its return type, for a class (a lambda closure included) the
/// return type of its only `operator()`. Null when that is not one type.
clang::QualType callResultType(clang::QualType Callable);

} // namespace corolint

#endif // COROLINT_ANALYSIS_CALLABLEWRAPPERS_H
