//===--- Knowledge.cpp - What corolint knows about frameworks -------------===//

#include "knowledge/Knowledge.h"
#include "llvm/ADT/STLExtras.h"

namespace corolint {

void KnowledgeBase::add(FrameworkKnowledge Framework) {
  Frameworks.push_back(std::move(Framework));
  rebuildIndex();
}

void KnowledgeBase::rebuildIndex() {
  TaskTypes.clear();
  CallbackWrappers.clear();
  // Later files win: assignment replaces what an earlier file said.
  for (const FrameworkKnowledge &File : Frameworks) {
    for (const TaskTypeEntry &Entry : File.TaskTypes)
      TaskTypes[Entry.Name] =
          KnownTaskType{&Entry, File.Framework, File.Source};
    for (const CallbackWrapperEntry &Entry : File.CallbackWrappers)
      CallbackWrappers[Entry.Name] = true;
  }
}

const KnownTaskType *
KnowledgeBase::findTaskType(llvm::StringRef QualifiedName) const {
  auto It = TaskTypes.find(QualifiedName);
  return It == TaskTypes.end() ? nullptr : &It->second;
}

std::vector<KnownTaskType> KnowledgeBase::taskTypes() const {
  std::vector<KnownTaskType> Result;
  for (const auto &Item : TaskTypes)
    Result.push_back(Item.second);
  llvm::sort(Result, [](const KnownTaskType &A, const KnownTaskType &B) {
    return A.Entry->Name < B.Entry->Name;
  });
  return Result;
}

std::vector<std::string> KnowledgeBase::callbackWrappers() const {
  std::vector<std::string> Result;
  for (const auto &Item : CallbackWrappers)
    Result.push_back(Item.first().str());
  llvm::sort(Result);
  return Result;
}

bool KnowledgeBase::isCallbackWrapper(llvm::StringRef QualifiedName) const {
  return CallbackWrappers.count(QualifiedName) != 0;
}

} // namespace corolint
