//===--- SharedWalks.h - The one walk of a function every check reads -*- C++
//-*-===//
//
// DESIGN.md's one analysis pass: the code of a translation unit is walked
// once, whatever the number of checks that read it. One matcher finds what
// is walked (the project's function definitions as written, the
// instantiations of its templates, and initializers outside functions); each
// is walked once (forEachStmtInBody), and every reader that wants it reads
// each statement with its context. The effect summaries of a helper reached
// before its definition ask for its walk (a helper walk); a later walk of the
// same function leaves out the readers that have read it.
//
// A check adds a reader, not a walk. Readers with the same knowledge share
// walks (other knowledge sees other offload points, so it walks apart); the
// walks live as long as a check of the translation unit holds them.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SHAREDWALKS_H
#define COROLINT_ANALYSIS_SHAREDWALKS_H

#include "analysis/FunctionBodies.h"
#include "analysis/KnowledgeThreads.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <vector>

namespace corolint {

/// What one walk is of.
struct WalkedCode {
  enum class Kind {
    /// A function definition of the project, as written.
    AsWritten,
    /// An implicit instantiation of one of the project's templates.
    Instantiation,
    /// A default member initializer or a namespace-scope variable's.
    Initializer,
    /// A function an effect summary needs before its own walk came.
    Helper,
  };
  Kind What;
  /// Null for an initializer.
  const clang::FunctionDecl *Function;
  clang::ASTContext &AST;
};

/// One statement of a walk.
struct WalkedStatement {
  const WalkedCode &Code;
  const clang::Stmt *S;
  const BodyContext &Where;
  /// S is an expression whose value is thrown away.
  bool Discarded;
  /// S is the operand of `.`, `->`, `[]`, a call or a postfix `++`/`--`, where
  /// `co_await` in front of it needs parentheses around the await.
  bool PostfixOperand;
};

/// Reads the walks it wants. A walk can begin inside another (a helper's,
/// asked for while a statement is read): readers keep per-walk state by
/// the WalkedCode, or take no helper walks.
class WalkReader {
public:
  virtual ~WalkReader() = default;
  /// Whether it reads the statements of \p Code; nothing else is called for
  /// this walk if not.
  virtual bool beginWalk(const WalkedCode &Code) = 0;
  virtual void read(const WalkedStatement &At) = 0;
  virtual void endWalk(const WalkedCode &Code) {}
  /// Around each translation unit, for the readers added with the matcher
  /// (the checks, which the matcher finder no longer calls).
  virtual void beginUnit() {}
  virtual void endUnit() {}
};

class SharedWalks : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  /// The walks of the readers with \p Knowledge, made on first use.
  static std::shared_ptr<SharedWalks>
  join(const std::shared_ptr<const KnowledgeBase> &Knowledge);

  explicit SharedWalks(std::shared_ptr<const KnowledgeBase> Knowledge)
      : Knowledge(std::move(Knowledge)), Threads(*this->Knowledge) {}

  const ThreadModel *threads() const { return &Threads; }

  /// Adds \p Reader, and the matcher of what is walked to \p Finder once.
  void addReader(WalkReader *Reader,
                 clang::ast_matchers::MatchFinder *Finder = nullptr);
  void removeReader(WalkReader *Reader);

  /// Walks \p Function for \p Asking, which needs its statements now: with
  /// every reader that has not read it, unless \p Asking has (then for
  /// \p Asking alone, again).
  void walkHelper(const clang::FunctionDecl *Function, WalkReader *Asking);

  /// Whether the instantiation \p Instance leaves something to judge: its
  /// template has a call or construction that depends on a parameter.
  bool hasCallsResolvedPerInstantiation(const clang::FunctionDecl *Instance);

  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;
  llvm::StringRef getID() const override { return "corolint-shared-walks"; }

private:
  /// Forgets the walks of another translation unit.
  void enterUnit(const clang::ASTContext &AST);
  /// Walks \p Code for those of \p Readers that want it.
  void walk(const WalkedCode &Code, llvm::ArrayRef<WalkReader *> Readers,
            const clang::Expr *Initializer = nullptr);
  /// The readers that have not read \p Function.
  llvm::SmallVector<WalkReader *, 8>
  notYetRead(const clang::FunctionDecl *Function);

  std::shared_ptr<const KnowledgeBase> Knowledge;
  KnowledgeThreads Threads;
  std::vector<WalkReader *> Readers;
  /// The readers added with the matcher, told of each translation unit.
  std::vector<WalkReader *> UnitReaders;
  const clang::ast_matchers::MatchFinder *MatchingFor = nullptr;
  const clang::ASTContext *Unit = nullptr;
  /// The readers that have read (or are reading) each function walked.
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::SmallVector<WalkReader *, 8>>
      ReadBy;
  llvm::DenseMap<const clang::FunctionDecl *, bool> DependentCalls;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_SHAREDWALKS_H
