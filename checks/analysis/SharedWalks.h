//===--- SharedWalks.h - The walks of a function every check reads -*- C++
//-*-===//
//
// DESIGN.md's one analysis pass: a function's code is walked once per
// translation unit, whatever the number of checks that read it. Two walks
// are shared:
// - the loop-context walk (LoopCalls.h) of each project function, read by
//   the checks for effects on the loop (StatementReader);
// - the own-code walk of a function a summary needs (EffectSummaries.h),
//   made when one check's summaries first ask for it and read by every
//   check's summaries at once (OwnCodeReader).
// A check adds a reader, not a walk. Readers with the same knowledge share
// walks (other knowledge sees other offload points, so it walks apart); the
// walks live as long as a check of the translation unit holds them.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SHAREDWALKS_H
#define COROLINT_ANALYSIS_SHAREDWALKS_H

#include "analysis/FunctionBodies.h"
#include "analysis/KnowledgeThreads.h"
#include "analysis/LoopCalls.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <vector>

namespace corolint {

/// Reads the statements of the loop-context walk.
class StatementReader {
public:
  virtual ~StatementReader() = default;
  /// Before the statements of one function; \p Instance is the template
  /// instantiation walked, or null for code as written.
  virtual void beginFunction(clang::ASTContext &AST,
                             const clang::FunctionDecl *Instance) = 0;
  virtual void read(const LoopStatement &At) = 0;
  virtual void endFunction() {}
};

/// Reads the statements of a function's own-code walk (its body, and a
/// constructor's written member initializers).
class OwnCodeReader {
public:
  virtual ~OwnCodeReader() = default;
  virtual void beginOwnCode(const clang::FunctionDecl *Function) = 0;
  /// \p Discarded: S is an expression whose value is thrown away.
  virtual void readOwnCode(const clang::FunctionDecl *Function,
                           const clang::Stmt *S, const BodyContext &Where,
                           bool Discarded) = 0;
};

class SharedWalks {
public:
  /// The walks of the readers with \p Knowledge, made on first use.
  static std::shared_ptr<SharedWalks>
  join(const std::shared_ptr<const KnowledgeBase> &Knowledge);

  explicit SharedWalks(std::shared_ptr<const KnowledgeBase> Knowledge)
      : Knowledge(std::move(Knowledge)), Threads(*this->Knowledge) {}

  const ThreadModel *threads() const { return &Threads; }

  void addReader(StatementReader *Reader) {
    StatementReaders.push_back(Reader);
  }
  void addReader(OwnCodeReader *Reader) { OwnCodeReaders.push_back(Reader); }
  void removeReader(StatementReader *Reader);
  void removeReader(OwnCodeReader *Reader);

  /// Walks \p Function's loop context (\p Instance: the instantiation it
  /// is, or null) for every statement reader, once per translation unit.
  void walkLoopContext(clang::ASTContext &AST,
                       const clang::FunctionDecl *Function,
                       const clang::FunctionDecl *Instance);

  /// Walks \p Function's own code for every own-code reader, once per
  /// translation unit; again for \p Asking alone if it has been walked.
  void walkOwnCode(const clang::FunctionDecl *Function, OwnCodeReader *Asking);

private:
  /// Forgets the walks of another translation unit.
  void enterUnit(const clang::ASTContext &AST);

  std::shared_ptr<const KnowledgeBase> Knowledge;
  KnowledgeThreads Threads;
  std::vector<StatementReader *> StatementReaders;
  std::vector<OwnCodeReader *> OwnCodeReaders;
  const clang::ASTContext *Unit = nullptr;
  llvm::DenseSet<const clang::FunctionDecl *> LoopContextWalked;
  llvm::DenseSet<const clang::FunctionDecl *> OwnCodeWalked;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_SHAREDWALKS_H
