//===--- Knowledge.h - What corolint knows about frameworks ----*- C++ -*-===//
//
// Framework knowledge is data: each framework is described by one YAML file
// (see docs/knowledge-format.md). This header is the in-memory model of those
// files and the lookups the checks make on it.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_KNOWLEDGE_KNOWLEDGE_H
#define COROLINT_KNOWLEDGE_KNOWLEDGE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace corolint {

/// Whether a task runs before anyone awaits it.
enum class TaskLaziness {
  Lazy,  ///< Suspends at its start: it never runs unless awaited or started.
  Eager, ///< Runs at once: dropping it loses its result and its errors.
};

/// A coroutine return type ("task type") of a framework.
struct TaskTypeEntry {
  /// Fully qualified name without template arguments, e.g. `asio::awaitable`;
  /// an alias template or typedef name works as well as a class name.
  std::string Name;
  TaskLaziness Laziness = TaskLaziness::Lazy;
  /// What to do with such a task in code that cannot await it, shown in notes,
  /// e.g. `asio::co_spawn(executor, <task>, asio::detached)`.
  std::string HandleWith;
};

/// A type-erased callable class whose first template argument is its call
/// signature (`std::function<void(int)>`). A task-returning callable stored in
/// one with a `void` result has its task dropped by every caller.
struct CallbackWrapperEntry {
  std::string Name;
};

/// The contents of one knowledge file.
struct FrameworkKnowledge {
  std::string Framework;
  /// Where it came from: `embedded:<file>` or the path given by the user.
  std::string Source;
  std::vector<TaskTypeEntry> TaskTypes;
  std::vector<CallbackWrapperEntry> CallbackWrappers;
};

/// A task type as the checks see it: the entry and its framework.
struct KnownTaskType {
  const TaskTypeEntry *Entry;
  llvm::StringRef Framework;
  llvm::StringRef Source;
};

/// All knowledge in effect: embedded files first, then user files in order.
/// A later entry with the same name replaces an earlier one, so a user file
/// can correct what a built-in file says.
class KnowledgeBase {
public:
  void add(FrameworkKnowledge Framework);

  const KnownTaskType *findTaskType(llvm::StringRef QualifiedName) const;
  bool isCallbackWrapper(llvm::StringRef QualifiedName) const;

  /// The task types in effect, sorted by name.
  std::vector<KnownTaskType> taskTypes() const;
  /// The callback wrappers in effect, sorted by name.
  std::vector<std::string> callbackWrappers() const;

  llvm::ArrayRef<FrameworkKnowledge> frameworks() const { return Frameworks; }

private:
  void rebuildIndex();

  // The index points into Frameworks and is rebuilt on every add, which
  // happens only while loading.
  std::vector<FrameworkKnowledge> Frameworks;
  llvm::StringMap<KnownTaskType> TaskTypes;
  llvm::StringMap<bool> CallbackWrappers;
};

} // namespace corolint

#endif // COROLINT_KNOWLEDGE_KNOWLEDGE_H
