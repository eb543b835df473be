//===--- Worklist.h - Walks that do not recurse -----------------*- C++ -*-===//
//
// Code nests as deep as it is written: `1 + 1 + ... + 1` with 40,000 terms is
// a chain of 40,000 operators, each the left operand of the next, and clang
// takes it without recursing once per level. A walk that did would overflow
// the native stack. So every walk over statements and expressions keeps its
// pending steps on the heap, in a Worklist: walkStmts for a plain walk,
// evaluateAndOr for a condition over a tree, and the Worklist itself for a
// walk with steps of its own (the body walk of FunctionBodies.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_WORKLIST_H
#define COROLINT_ANALYSIS_WORKLIST_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <optional>

namespace corolint {

/// The pending steps of a depth-first walk.
template <typename Step> class Worklist {
public:
  /// Schedules \p Next: it runs after the step running now returns, after
  /// the steps that one scheduled before it, and before any step pending
  /// from earlier; the order of the calls a recursive walk would make.
  void then(Step Next) { Scheduled.push_back(std::move(Next)); }

  /// Runs the steps scheduled, and those they schedule, with \p Run until
  /// none is left (true) or Run returns false for one (false).
  template <typename Fn> bool run(Fn Run) {
    for (;;) {
      while (!Scheduled.empty())
        Pending.push_back(Scheduled.pop_back_val());
      if (Pending.empty())
        return true;
      Step Current = Pending.pop_back_val();
      if (!Run(Current)) {
        Pending.clear();
        Scheduled.clear();
        return false;
      }
    }
  }

private:
  /// The next step last.
  llvm::SmallVector<Step, 16> Pending;
  llvm::SmallVector<Step, 4> Scheduled;
};

/// What a walk does after visiting a statement.
enum class Walk {
  Into, ///< Visits its children next.
  Over, ///< Leaves its children out.
  Stop, ///< Ends the walk.
};

/// Calls \p Visit for \p Root and every statement under it, each before its
/// children and those in order (null children are left out), as its
/// result says. Returns false if the walk was stopped.
template <typename Fn> bool walkStmts(const clang::Stmt *Root, Fn Visit) {
  if (!Root)
    return true;
  Worklist<const clang::Stmt *> Work;
  Work.then(Root);
  return Work.run([&](const clang::Stmt *S) {
    Walk Next = Visit(S);
    if (Next == Walk::Into)
      for (const clang::Stmt *Child : S->children())
        if (Child)
          Work.then(Child);
    return Next != Walk::Stop;
  });
}

/// How the parts of a node decide its value.
enum class Junction { All, Any };

/// The value of a condition over a tree of nodes: `a && b` holding says
/// what either operand says; a block never completes when one statement
/// after its last label does not. \p Decide(Node, Parts, Of) returns the
/// value of a node it decides alone; otherwise it puts the nodes that decide
/// it in Parts, sets Of to whether all of them or any one must hold, and
/// returns nothing. Every part is decided (there is no short cut), so Decide
/// must have no effects.
template <typename Node, typename Fn>
bool evaluateAndOr(const Node &Root, Fn Decide) {
  struct Step {
    Node At;
    /// A step that combines the values of the last Parts nodes decided.
    bool Combines = false;
    unsigned Parts = 0;
    Junction Of = Junction::All;
  };
  llvm::SmallVector<bool, 8> Values;
  llvm::SmallVector<Node, 4> Parts;
  Worklist<Step> Work;
  Work.then({Root});
  Work.run([&](const Step &Current) {
    if (Current.Combines) {
      auto First = Values.end() - Current.Parts;
      bool Value =
          Current.Of == Junction::All
              ? std::all_of(First, Values.end(), [](bool B) { return B; })
              : std::any_of(First, Values.end(), [](bool B) { return B; });
      Values.erase(First, Values.end());
      Values.push_back(Value);
      return true;
    }
    Parts.clear();
    Junction Of = Junction::All;
    if (std::optional<bool> Value = Decide(Current.At, Parts, Of)) {
      Values.push_back(*Value);
      return true;
    }
    for (const Node &Part : Parts)
      Work.then({Part});
    Work.then({Node(), true, static_cast<unsigned>(Parts.size()), Of});
    return true;
  });
  return Values.back();
}

} // namespace corolint

#endif // COROLINT_ANALYSIS_WORKLIST_H
