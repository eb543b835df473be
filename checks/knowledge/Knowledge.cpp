//===--- Knowledge.cpp - What corolint knows about frameworks -------------===//

#include "knowledge/Knowledge.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"

namespace corolint {

void KnowledgeBase::add(FrameworkKnowledge Framework) {
  Frameworks.push_back(std::move(Framework));
  rebuildIndex();
}

llvm::StringRef categoryName(BlockingCategory Category) {
  for (const auto &[Known, Name] : BlockingCategoryNames)
    if (Known == Category)
      return Name;
  llvm_unreachable("a category without a name");
}

/// The last component of a qualified name: `sleep_for` of
/// `std::this_thread::sleep_for`.
static llvm::StringRef lastComponent(llvm::StringRef Name) {
  size_t Colon = Name.rfind("::");
  return Colon == llvm::StringRef::npos ? Name : Name.drop_front(Colon + 2);
}

static std::string rewriteKey(llvm::StringRef Call, llvm::StringRef In) {
  return (Call + llvm::Twine(" in ") + In).str();
}

/// Files are read in order and a later file's entries for a name replace an
/// earlier file's; entries of one file for the same name accumulate.
template <typename Entry>
static void
indexMultiEntries(const FrameworkKnowledge &File,
                  const std::vector<Entry> &Entries,
                  llvm::StringMap<std::vector<Known<Entry>>> &Index) {
  llvm::StringSet<> SeenInFile;
  for (const Entry &Item : Entries) {
    auto &Slot = Index[Item.Name];
    if (SeenInFile.insert(Item.Name).second)
      Slot.clear();
    Slot.push_back(Known<Entry>{&Item, File.Framework, File.Source});
  }
}

/// For lists where a name has one entry: a later file's replaces it.
template <typename Entry>
static void indexSingleEntries(const FrameworkKnowledge &File,
                               const std::vector<Entry> &Entries,
                               llvm::StringMap<Known<Entry>> &Index) {
  for (const Entry &Item : Entries)
    Index.insert_or_assign(Item.Name,
                           Known<Entry>{&Item, File.Framework, File.Source});
}

void KnowledgeBase::rebuildIndex() {
  TaskTypes.clear();
  CallbackWrappers.clear();
  BlockingCalls.clear();
  OffloadPoints.clear();
  LoopEntries.clear();
  ResumePoints.clear();
  Rewrites.clear();
  CpuHeavyCalls.clear();
  YieldPoints.clear();
  AtomicTypes.clear();
  AssertionMacros.clear();
  ReadyResults.clear();
  InMemoryStreams.clear();
  NonBlockingModes.clear();
  StartTags.clear();
  LockGuards.clear();
  AsyncMutexes.clear();
  ReadyAwaitables.clear();
  ViewTypes.clear();
  TaskStarters.clear();
  CallIdentifiers.clear();
  // Later files win: assignment replaces what an earlier file said.
  for (const FrameworkKnowledge &File : Frameworks) {
    for (const TaskTypeEntry &Entry : File.TaskTypes)
      TaskTypes[Entry.Name] =
          KnownTaskType{&Entry, File.Framework, File.Source};
    for (const CallbackWrapperEntry &Entry : File.CallbackWrappers)
      CallbackWrappers[Entry.Name] = true;
    indexMultiEntries(File, File.BlockingCalls, BlockingCalls);
    indexMultiEntries(File, File.OffloadPoints, OffloadPoints);
    indexMultiEntries(File, File.LoopEntries, LoopEntries);
    indexMultiEntries(File, File.ResumePoints, ResumePoints);
    indexMultiEntries(File, File.CpuHeavyCalls, CpuHeavyCalls);
    indexSingleEntries(File, File.YieldPoints, YieldPoints);
    indexSingleEntries(File, File.AtomicTypes, AtomicTypes);
    indexSingleEntries(File, File.AssertionMacros, AssertionMacros);
    indexSingleEntries(File, File.ReadyResults, ReadyResults);
    indexSingleEntries(File, File.InMemoryStreams, InMemoryStreams);
    indexSingleEntries(File, File.NonBlockingModes, NonBlockingModes);
    indexSingleEntries(File, File.StartTags, StartTags);
    indexSingleEntries(File, File.LockGuards, LockGuards);
    indexSingleEntries(File, File.AsyncMutexes, AsyncMutexes);
    indexSingleEntries(File, File.ReadyAwaitables, ReadyAwaitables);
    indexSingleEntries(File, File.ViewTypes, ViewTypes);
    indexSingleEntries(File, File.TaskStarters, TaskStarters);
    for (const RewriteEntry &Entry : File.Rewrites)
      Rewrites.insert_or_assign(
          rewriteKey(Entry.Call, Entry.In),
          Known<RewriteEntry>{&Entry, File.Framework, File.Source});
  }
  for (const auto &Item : BlockingCalls)
    CallIdentifiers.insert(lastComponent(Item.first()));
  for (const auto &Item : OffloadPoints)
    CallIdentifiers.insert(lastComponent(Item.first()));
  for (const auto &Item : ResumePoints)
    CallIdentifiers.insert(lastComponent(Item.first()));
  for (const auto &Item : LoopEntries)
    CallIdentifiers.insert(lastComponent(Item.first()));
  for (const auto &Item : CpuHeavyCalls)
    CallIdentifiers.insert(lastComponent(Item.first()));
  for (const auto &Item : YieldPoints)
    CallIdentifiers.insert(lastComponent(Item.first()));
  for (const auto &Item : ReadyResults)
    CallIdentifiers.insert(lastComponent(Item.first()));
  for (const auto &Item : NonBlockingModes)
    CallIdentifiers.insert(lastComponent(Item.first()));
  for (const auto &Item : TaskStarters)
    CallIdentifiers.insert(lastComponent(Item.first()));
  ResultClassNames.clear();
  for (const auto &Item : ReadyResults)
    if (Item.second.Item->Kind == ReadyKind::Test) {
      llvm::StringRef Owner = Item.first().rsplit("::").first;
      if (Owner != Item.first() && !llvm::is_contained(ResultClassNames, Owner))
        ResultClassNames.push_back(Owner.str());
    }
  InMemoryStreamNames.clear();
  for (const auto &Item : InMemoryStreams)
    InMemoryStreamNames.push_back(Item.first().str());
  llvm::sort(InMemoryStreamNames);
  ViewTypeNames.clear();
  for (const auto &Item : ViewTypes)
    ViewTypeNames.push_back(Item.first().str());
  llvm::sort(ViewTypeNames);
  AtomicTypeNames.clear();
  for (const auto &Item : AtomicTypes)
    AtomicTypeNames.push_back(Item.first().str());
  llvm::sort(AtomicTypeNames);
}

/// The entries \p Index has for \p Key, from a map to lists of entries or
/// to single entries.
template <typename Value>
static llvm::ArrayRef<Value>
findAll(const llvm::StringMap<std::vector<Value>> &Index, llvm::StringRef Key) {
  auto It = Index.find(Key);
  return It == Index.end() ? llvm::ArrayRef<Value>()
                           : llvm::ArrayRef(It->second);
}
template <typename Value>
static llvm::ArrayRef<Value> findAll(const llvm::StringMap<Value> &Index,
                                     llvm::StringRef Key) {
  auto It = Index.find(Key);
  return It == Index.end() ? llvm::ArrayRef<Value>()
                           : llvm::ArrayRef<Value>(It->second);
}
template <typename Value>
static const Value *findOne(const llvm::StringMap<Value> &Index,
                            llvm::StringRef Key) {
  llvm::ArrayRef<Value> Found = findAll(Index, Key);
  return Found.empty() ? nullptr : &Found.front();
}

llvm::ArrayRef<Known<BlockingCallEntry>>
KnowledgeBase::findBlockingCalls(llvm::StringRef QualifiedName) const {
  return findAll(BlockingCalls, QualifiedName);
}

llvm::ArrayRef<Known<OffloadPointEntry>>
KnowledgeBase::findOffloadPoints(llvm::StringRef QualifiedName) const {
  return findAll(OffloadPoints, QualifiedName);
}

llvm::ArrayRef<Known<LoopEntryEntry>>
KnowledgeBase::findLoopEntries(llvm::StringRef QualifiedName) const {
  return findAll(LoopEntries, QualifiedName);
}

const Known<StartTagEntry> *
KnowledgeBase::findStartTag(llvm::StringRef QualifiedName) const {
  return findOne(StartTags, QualifiedName);
}

const Known<LockGuardEntry> *
KnowledgeBase::findLockGuard(llvm::StringRef QualifiedName) const {
  return findOne(LockGuards, QualifiedName);
}

const Known<AsyncMutexEntry> *
KnowledgeBase::findAsyncMutex(llvm::StringRef QualifiedName) const {
  return findOne(AsyncMutexes, QualifiedName);
}

const Known<TaskStarterEntry> *
KnowledgeBase::findTaskStarter(llvm::StringRef QualifiedName) const {
  return findOne(TaskStarters, QualifiedName);
}

llvm::ArrayRef<Known<ResumePointEntry>>
KnowledgeBase::findResumePoints(llvm::StringRef QualifiedName) const {
  return findAll(ResumePoints, QualifiedName);
}

llvm::ArrayRef<Known<CpuHeavyCallEntry>>
KnowledgeBase::findCpuHeavyCalls(llvm::StringRef QualifiedName) const {
  return findAll(CpuHeavyCalls, QualifiedName);
}

const Known<ReadyResultEntry> *
KnowledgeBase::findReadyResult(llvm::StringRef QualifiedName) const {
  return findOne(ReadyResults, QualifiedName);
}

bool KnowledgeBase::isYieldPoint(llvm::StringRef QualifiedName) const {
  return YieldPoints.count(QualifiedName) != 0;
}

const Known<RewriteEntry> *
KnowledgeBase::findRewrite(llvm::StringRef Call, llvm::StringRef In) const {
  return findOne(Rewrites, rewriteKey(Call, In));
}

const KnownTaskType *
KnowledgeBase::findTaskType(llvm::StringRef QualifiedName) const {
  return findOne(TaskTypes, QualifiedName);
}

std::vector<std::string> KnowledgeBase::callbackWrappers() const {
  std::vector<std::string> Result;
  for (const auto &Item : CallbackWrappers)
    Result.push_back(Item.first().str());
  llvm::sort(Result);
  return Result;
}

/// The entries of \p Index in key order, each key's entries in file order.
template <typename Value>
static auto sortedEntries(const llvm::StringMap<Value> &Index) {
  std::vector<llvm::StringRef> Keys;
  for (const auto &Item : Index)
    Keys.push_back(Item.first());
  llvm::sort(Keys);
  std::vector<typename decltype(findAll(Index, ""))::value_type> Result;
  for (llvm::StringRef Key : Keys)
    llvm::append_range(Result, findAll(Index, Key));
  return Result;
}

std::vector<KnownTaskType> KnowledgeBase::taskTypes() const {
  return sortedEntries(TaskTypes);
}
std::vector<Known<BlockingCallEntry>> KnowledgeBase::blockingCalls() const {
  return sortedEntries(BlockingCalls);
}
std::vector<Known<OffloadPointEntry>> KnowledgeBase::offloadPoints() const {
  return sortedEntries(OffloadPoints);
}
std::vector<Known<ResumePointEntry>> KnowledgeBase::resumePoints() const {
  return sortedEntries(ResumePoints);
}
std::vector<Known<RewriteEntry>> KnowledgeBase::rewrites() const {
  return sortedEntries(Rewrites);
}
std::vector<Known<LoopEntryEntry>> KnowledgeBase::loopEntries() const {
  return sortedEntries(LoopEntries);
}

std::vector<Known<CpuHeavyCallEntry>> KnowledgeBase::cpuHeavyCalls() const {
  return sortedEntries(CpuHeavyCalls);
}
std::vector<Known<YieldPointEntry>> KnowledgeBase::yieldPoints() const {
  return sortedEntries(YieldPoints);
}
std::vector<Known<AtomicTypeEntry>> KnowledgeBase::atomicTypeEntries() const {
  return sortedEntries(AtomicTypes);
}
std::vector<Known<AssertionMacroEntry>> KnowledgeBase::assertionMacros() const {
  return sortedEntries(AssertionMacros);
}
std::vector<Known<ReadyResultEntry>> KnowledgeBase::readyResults() const {
  return sortedEntries(ReadyResults);
}
std::vector<Known<InMemoryStreamEntry>>
KnowledgeBase::inMemoryStreamEntries() const {
  return sortedEntries(InMemoryStreams);
}

std::vector<Known<NonBlockingModeEntry>>
KnowledgeBase::nonBlockingModes() const {
  return sortedEntries(NonBlockingModes);
}
std::vector<Known<StartTagEntry>> KnowledgeBase::startTags() const {
  return sortedEntries(StartTags);
}

std::vector<Known<LockGuardEntry>> KnowledgeBase::lockGuards() const {
  return sortedEntries(LockGuards);
}

std::vector<Known<AsyncMutexEntry>> KnowledgeBase::asyncMutexes() const {
  return sortedEntries(AsyncMutexes);
}

std::vector<Known<ReadyAwaitableEntry>>
KnowledgeBase::readyAwaitables() const {
  return sortedEntries(ReadyAwaitables);
}

std::vector<Known<ViewTypeEntry>> KnowledgeBase::viewTypeEntries() const {
  return sortedEntries(ViewTypes);
}

std::vector<Known<TaskStarterEntry>> KnowledgeBase::taskStarters() const {
  return sortedEntries(TaskStarters);
}

bool KnowledgeBase::isCallbackWrapper(llvm::StringRef QualifiedName) const {
  return CallbackWrappers.count(QualifiedName) != 0;
}

} // namespace corolint
