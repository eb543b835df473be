//===--- LoopCalls.cpp - Calls on an event loop, and how to name them -----===//

#include "analysis/LoopCalls.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/SourceText.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace corolint {

std::string describeFunction(const FunctionDecl *Function) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function);
      Method && Method->getParent()->isLambda())
    return "the lambda";
  // Short, as the user would write it in the file: `Class::method`, `name`.
  std::string Name = Function->getNameAsString();
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function))
    Name = Method->getParent()->getNameAsString() + "::" + Name;
  return "'" + Name + "'";
}

/// The type a construction makes, as a C++ programmer writes it:
/// `std::unique_lock<SpinLock>`. (Printed for C, LLVM 22 puts `class` before
/// every class name.)
static std::string constructedType(const CXXConstructExpr *Construct) {
  static const PrintingPolicy CxxPolicy = [] {
    LangOptions Cxx;
    Cxx.CPlusPlus = true;
    return PrintingPolicy(Cxx);
  }();
  return "'" +
         Construct->getType().getUnqualifiedType().getAsString(CxxPolicy) + "'";
}

std::string describeCalled(const Expr *Call, const FunctionDecl *Function,
                           const ASTContext &AST) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    return constructedType(Construct);
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
      Operator && Operator->getOperator() == OO_Call)
    if (std::optional<std::string> Text =
            shortText(Operator->getArg(0)->IgnoreImplicit(), AST))
      return "'" + *Text + "'";
  return describeFunction(Function);
}

std::string describeKnownCall(const KnownCall &Call,
                              llvm::StringRef EntryName) {
  if (Call.Destroyed)
    return "destroying '" + Call.Destroyed->getName().str() + "'";
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call.Call))
    return "constructing " + constructedType(Construct);
  return "'" + EntryName.str() + "'";
}

std::string describeKnownCallAsAction(const KnownCall &Call,
                                      llvm::StringRef EntryName) {
  if (Call.Destroyed)
    return "destroys '" + Call.Destroyed->getName().str() + "'";
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call.Call))
    return "constructs " + constructedType(Construct);
  return "calls '" + EntryName.str() + "'";
}

} // namespace corolint
