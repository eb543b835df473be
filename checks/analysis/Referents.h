//===--- Referents.h - What a reference argument refers to -----*- C++ -*-===//
//
// A coroutine that takes a reference, a view (`std::string_view`) or a
// pointer keeps it in its frame. What the argument refers to decides whether
// it can outlive the full expression of the call: a temporary dies at its
// end, a local variable at the end of its scope; anything else (a member, a
// global, what a reference parameter of the caller refers to) is not judged.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_REFERENTS_H
#define COROLINT_ANALYSIS_REFERENTS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>

namespace corolint {

/// How a parameter refers to data it does not own.
enum class ReferenceKind {
  Reference, ///< `T &`, `const T &`, `T &&`.
  View,      ///< A view class of the knowledge (`std::string_view`).
  Pointer,   ///< A pointer to an object.
};

/// How a parameter of type \p Type refers to data, if it does: views are the
/// classes \p ViewTypes names (through sugar and template arguments).
std::optional<ReferenceKind>
referenceKind(clang::QualType Type, llvm::ArrayRef<std::string> ViewTypes);

/// What an argument refers to, when its lifetime is known at the call.
struct Referent {
  enum KindType {
    Temporary, ///< Destroyed at the end of the full expression.
    Local,     ///< A local variable (or by-value parameter) of the caller.
  } Kind;
  /// The temporary, or the reference to the variable, as written.
  const clang::Expr *Where = nullptr;
  /// The local variable.
  const clang::VarDecl *Var = nullptr;
};

/// What argument \p Arg, passed to a parameter of kind \p Kind, refers to:
/// a temporary of the call's full expression, or a local variable of
/// \p Caller (not static, not a reference). Unset when neither is certain.
std::optional<Referent> referentOf(const clang::Expr *Arg, ReferenceKind Kind,
                                   llvm::ArrayRef<std::string> ViewTypes,
                                   const clang::FunctionDecl *Caller);

/// What the object of a member call \p Object refers to, as the implicit
/// object parameter of the callee (a reference to it).
std::optional<Referent> objectReferentOf(const clang::Expr *Object,
                                         llvm::ArrayRef<std::string> ViewTypes,
                                         const clang::FunctionDecl *Caller);

} // namespace corolint

#endif // COROLINT_ANALYSIS_REFERENTS_H
