//===--- TaskTypes.h - Which types are coroutine tasks ---------*- C++ -*-===//
//
// A type is a task when a knowledge file (or the TaskTypes option) names it,
// at any level of its sugar (alias templates, typedefs, the class itself), or,
// failing that, when it is a class with a nested `promise_type` that can be
// awaited. For such inferred tasks the laziness comes from what
// `promise_type::initial_suspend()` returns.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_TASKTYPES_H
#define COROLINT_ANALYSIS_TASKTYPES_H

#include "knowledge/Knowledge.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <optional>

namespace corolint {

struct TaskTypeInfo {
  /// Unset when an inferred task's initial_suspend() says neither.
  std::optional<TaskLaziness> Laziness;
  /// The knowledge entry; null for an inferred task.
  const TaskTypeEntry *Entry = nullptr;
  /// The framework of the knowledge entry; empty for an inferred task.
  llvm::StringRef Framework;
  /// The class (template) of an inferred task, which identifies its
  /// "framework" when two inferred tasks are compared.
  const clang::Decl *InferredFrom = nullptr;

  /// Whether a task of this type can be awaited by a coroutine returning a
  /// task of type \p Coroutine, as far as corolint can be certain.
  bool isAwaitableFrom(const TaskTypeInfo &Coroutine) const;
};

class TaskTypeClassifier {
public:
  /// \p ExtraTaskTypes come from the TaskTypes option (`name` or
  /// `name=eager`); \p IgnoredTaskTypes are never tasks.
  TaskTypeClassifier(const KnowledgeBase &Knowledge,
                     llvm::ArrayRef<TaskTypeEntry> ExtraTaskTypes,
                     llvm::ArrayRef<std::string> IgnoredTaskTypes);

  /// Forgets what it learnt about the previous translation unit's types.
  void reset() {
    Cache.clear();
    CoroutineReturnCache.clear();
  }

  /// The task \p Type is, if it is one that the checks report on.
  std::optional<TaskTypeInfo> classify(clang::QualType Type,
                                       const clang::ASTContext &Context);

  /// The task type a coroutine returns, to decide what it can await. Unlike
  /// classify(), IgnoredTaskTypes do not apply: ignoring a type silences
  /// findings about it, it does not change the coroutines that return it.
  std::optional<TaskTypeInfo>
  classifyCoroutineReturn(clang::QualType Type,
                          const clang::ASTContext &Context);

private:
  /// What a name means: an ignored type, a task, or nothing known.
  enum class NameMatch { None, Ignored, Task };
  using CacheMap =
      llvm::DenseMap<const clang::Type *, std::optional<TaskTypeInfo>>;

  NameMatch lookup(const clang::NamedDecl *D, TaskTypeInfo &Info,
                   bool HonourIgnored) const;
  std::optional<TaskTypeInfo> classifyCached(clang::QualType Type,
                                             const clang::ASTContext &Context,
                                             bool HonourIgnored,
                                             CacheMap &Cache);
  std::optional<TaskTypeInfo> classifyUncached(clang::QualType Type,
                                               const clang::ASTContext &Context,
                                               bool HonourIgnored);

  const KnowledgeBase &Knowledge;
  llvm::StringMap<TaskTypeEntry> ExtraTaskTypes;
  llvm::StringSet<> IgnoredTaskTypes;
  CacheMap Cache;
  CacheMap CoroutineReturnCache;
};

/// Whether awaiting a task of \p TaskType gives `void`: true or false when
/// its class template's first argument or its promise says so, unset when
/// neither does.
std::optional<bool> hasVoidResult(clang::QualType TaskType);

/// Whether \p Type is an awaiter that is not a task: a class that can be
/// awaited (`await_ready`/`await_suspend`/`await_resume`, its own or a
/// base's, or an `operator co_await`) and has no `promise_type`.
bool isPlainAwaiter(clang::QualType Type);

/// Parses the TaskTypes option: `ns::Name` (lazy) or `ns::Name=eager`,
/// separated by ';'. Items with another suffix are reported in \p Errors.
std::vector<TaskTypeEntry> parseTaskTypesOption(llvm::StringRef Value,
                                                std::string &Errors);

} // namespace corolint

#endif // COROLINT_ANALYSIS_TASKTYPES_H
