//===--- GuardEvaluation.h - Deciding a guard at a call site ----*- C++ -*-===//
//
// A path condition of a helper (`enc != encoding::none`, `level >=
// Level::Fatal`, `pattern.find('{') != npos`) decided from what the calls
// leading to it pass: literals, enumerators, constants, default arguments,
// string literals, and the members that a constructor written at the call
// site sets from them. Anything else is not known, and a condition that tests
// it is not decided.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_GUARDEVALUATION_H
#define COROLINT_ANALYSIS_GUARDEVALUATION_H

#include "analysis/PathConditions.h"
#include "knowledge/Knowledge.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>

namespace corolint {

/// A function of a chain of calls, with the call that entered it.
struct CallFrame {
  const clang::FunctionDecl *Function = nullptr;
  /// The call into Function (a CallExpr or CXXConstructExpr), written in the
  /// caller's code; null when the caller is not known.
  const clang::Expr *Call = nullptr;
  const CallFrame *Caller = nullptr;
};

class GuardEvaluator {
public:
  /// \p Recursive lists the functions that call themselves, directly or not:
  /// their parameters take many values, so none is known.
  /// \p Knowledge says which results are complete (Readiness.h).
  GuardEvaluator(const clang::ASTContext &AST,
                 const llvm::DenseSet<const clang::FunctionDecl *> &Recursive,
                 const KnowledgeBase *Knowledge)
      : AST(AST), Recursive(Recursive), Knowledge(Knowledge) {}

  /// Whether \p Condition, a condition of \p Frame's function, holds there:
  /// nothing when what it tests is not known. \p CallerDecides, if given, is
  /// set when the answer may change with a call into the frames' outermost
  /// function (one whose Call is null): it needed that function's
  /// parameters or object, which only a call knows, or the condition names
  /// them (see namesCallInputs) where evaluation gave up before.
  std::optional<bool> holds(const PathCondition &Condition,
                            const CallFrame &Frame,
                            bool *CallerDecides = nullptr);

  /// The value of an expression, as far as it is known.
  struct Value {
    enum class Kind { Unknown, Integer, String };
    Kind What = Kind::Unknown;
    uint64_t Bits = 0;
    bool Unsigned = false;
    std::string Text;
  };

  Value evaluate(const clang::Expr *E, const CallFrame *Frame,
                 unsigned Depth = 0);

  /// Whether \p Subject, a result a wait is made on in \p Frame's function,
  /// is complete there: made ready, an element of an awaited combinator's
  /// value, or (through parameters) such a result passed in.
  bool isComplete(const clang::Expr *Subject, const CallFrame *Frame,
                  unsigned Depth = 0);

private:
  /// Where an object was made: a construction or an aggregate's braces, and
  /// the frame whose code made it.
  struct Origin {
    const clang::Expr *Made = nullptr;
    const CallFrame *Frame = nullptr;
  };
  /// Frames made while evaluating (calls to getters, constructors): kept
  /// until the evaluator is gone, as origins point to them.
  const CallFrame *makeFrame(const clang::FunctionDecl *Function,
                             const clang::Expr *Call, const CallFrame *Caller);

  Value parameter(const clang::ParmVarDecl *Param, const CallFrame *Frame,
                  unsigned Depth);
  Value variable(const clang::VarDecl *Var, const clang::Expr *Ref,
                 const CallFrame *Frame, unsigned Depth);
  Value member(const clang::FieldDecl *Field, const Origin &Object,
               unsigned Depth);
  Value call(const clang::CallExpr *Call, const CallFrame *Frame,
             unsigned Depth);
  Value construction(const clang::CXXConstructExpr *Construct,
                     const CallFrame *Frame, unsigned Depth);
  Value binary(const clang::BinaryOperator *Binary, const CallFrame *Frame,
               unsigned Depth);
  std::optional<Origin> originOf(const clang::Expr *Object,
                                 const CallFrame *Frame, unsigned Depth);
  std::optional<Origin> originOfThis(const CallFrame *Frame, unsigned Depth);
  /// The argument \p Frame's call passes for parameter \p Index.
  const clang::Expr *argument(const CallFrame &Frame, unsigned Index) const;
  /// Whether \p D (a variable, parameter or member) may be changed in
  /// \p Function's own code.
  bool isWritten(const clang::ValueDecl *D,
                 const clang::FunctionDecl *Function);
  /// Whether a member function of \p Field's class (other than its
  /// constructors) may change it: then what a constructor set is not known.
  bool isChangedByMembers(const clang::FieldDecl *Field);
  /// Whether \p Frame lacks the call that would tell the value of \p Param
  /// (null: `this`), noted in NeedsCall: a caller could decide what this
  /// evaluation cannot.
  bool lacksCall(const CallFrame *Frame, const clang::ParmVarDecl *Param);
  std::optional<bool> decide(const PathCondition &Condition,
                             const CallFrame &Frame);
  /// Whether \p E, in \p Frame's function, names a parameter or the object
  /// of the outermost frame's function: itself, through a local variable
  /// that only names another (`auto q = p;`), or through the argument or
  /// object a call of the frames passes. What a local computes from them
  /// (`std::ifstream in(path)`) is left to evaluation.
  bool namesCallInputs(const clang::Expr *E, const CallFrame &Frame,
                       unsigned Depth = 0) const;

  const clang::ASTContext &AST;
  const llvm::DenseSet<const clang::FunctionDecl *> &Recursive;
  const KnowledgeBase *Knowledge;
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::DenseSet<const clang::ValueDecl *>>
      Written;
  std::vector<std::unique_ptr<CallFrame>> Frames;
  /// Whether the condition being decided needed a call that is not known.
  bool NeedsCall = false;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_GUARDEVALUATION_H
