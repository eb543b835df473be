//===--- KnowledgeYaml.cpp - Reading and printing knowledge files ---------===//
//
// The schema of a knowledge file, as llvm::yaml traits. Unknown keys, missing
// required keys and bad values are errors with the file, line and column.
//
//===----------------------------------------------------------------------===//

#include "knowledge/KnowledgeYaml.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"

using corolint::AssertionMacroEntry;
using corolint::AsyncMutexEntry;
using corolint::ReadyAwaitableEntry;
using corolint::AtomicTypeEntry;
using corolint::BlockingCallEntry;
using corolint::BlockingCategory;
using corolint::CallbackWrapperEntry;
using corolint::CpuHeavyCallEntry;
using corolint::FrameworkKnowledge;
using corolint::InMemoryStreamEntry;
using corolint::Known;
using corolint::LockGuardEntry;
using corolint::LoopEntryAwait;
using corolint::LoopEntryEntry;
using corolint::LoopEntryKind;
using corolint::NonBlockingModeEntry;
using corolint::OffloadPointEntry;
using corolint::ReadyKind;
using corolint::ReadyResultEntry;
using corolint::ResumePointEntry;
using corolint::ResumeThread;
using corolint::RewriteEntry;
using corolint::StartTagEntry;
using corolint::TaskLaziness;
using corolint::TaskStarterEntry;
using corolint::TaskStarterKind;
using corolint::TaskTypeEntry;
using corolint::ViewTypeEntry;
using corolint::YieldPointEntry;

namespace {

/// An effective entry in the dump, with where it came from.
template <typename Entry> struct Dumped {
  Entry Item;
  std::string Framework;
  std::string Source;
};

template <typename Entry>
std::vector<Dumped<Entry>> dumpAll(const std::vector<Known<Entry>> &Entries) {
  std::vector<Dumped<Entry>> Result;
  for (const Known<Entry> &Item : Entries)
    Result.push_back({*Item.Item, Item.Framework.str(), Item.Source.str()});
  return Result;
}

struct DumpedKnowledge {
  std::vector<std::string> Sources;
  std::vector<Dumped<TaskTypeEntry>> TaskTypes;
  std::vector<std::string> CallbackWrappers;
  std::vector<Dumped<BlockingCallEntry>> BlockingCalls;
  std::vector<Dumped<OffloadPointEntry>> OffloadPoints;
  std::vector<Dumped<ResumePointEntry>> ResumePoints;
  std::vector<Dumped<RewriteEntry>> Rewrites;
  std::vector<Dumped<LoopEntryEntry>> LoopEntries;
  std::vector<Dumped<CpuHeavyCallEntry>> CpuHeavyCalls;
  std::vector<Dumped<YieldPointEntry>> YieldPoints;
  std::vector<Dumped<AtomicTypeEntry>> AtomicTypes;
  std::vector<Dumped<AssertionMacroEntry>> AssertionMacros;
  std::vector<Dumped<ReadyResultEntry>> ReadyResults;
  std::vector<Dumped<InMemoryStreamEntry>> InMemoryStreams;
  std::vector<Dumped<NonBlockingModeEntry>> NonBlockingModes;
  std::vector<Dumped<StartTagEntry>> StartTags;
  std::vector<Dumped<LockGuardEntry>> LockGuards;
  std::vector<Dumped<AsyncMutexEntry>> AsyncMutexes;
  std::vector<Dumped<ReadyAwaitableEntry>> ReadyAwaitables;
  std::vector<Dumped<ViewTypeEntry>> ViewTypes;
  std::vector<Dumped<TaskStarterEntry>> TaskStarters;
};

/// Names are fully qualified, without a leading `::` or template arguments.
/// An empty name is left to the caller: when the key is missing, llvm::yaml
/// has said so already, and a second message would only repeat it.
std::string validateQualifiedName(llvm::StringRef Name) {
  if (Name.empty())
    return "";
  if (Name.starts_with("::") || Name.ends_with("::"))
    return "'" + Name.str() +
           "' must be written without leading or trailing '::'";
  // The last component may be an operator: `std::basic_istream::operator>>`.
  std::string Scope = Name.str();
  size_t Last = Name.rfind("::");
  llvm::StringRef Tail =
      Last == llvm::StringRef::npos ? Name : Name.drop_front(Last + 2);
  if (Tail.starts_with("operator") && Tail.size() > 8 &&
      Tail.drop_front(8).find_first_not_of("<>=!+-*/%&|^~[]()") ==
          llvm::StringRef::npos)
    Scope = Name.drop_back(Tail.size() - 8).str();
  // Or a destructor: `std::jthread::~jthread`.
  else if (Tail.starts_with("~") && Last != llvm::StringRef::npos)
    Scope = (Name.take_front(Last + 2) + Tail.drop_front()).str();
  for (char C : Scope)
    if (!(llvm::isAlnum(C) || C == '_' || C == ':'))
      return "'" + Name.str() +
             "' is not a fully qualified name: use letters, digits, '_' and "
             "'::' only (no template arguments or spaces)";
  return "";
}

std::string validateQualifiedNames(llvm::ArrayRef<std::string> Names) {
  for (const std::string &Name : Names)
    if (std::string Error = validateQualifiedName(Name); !Error.empty())
      return Error;
  return "";
}

/// The check of an entry's name and the classes of its `on` list.
std::string validateNameAndOn(llvm::StringRef Name,
                              llvm::ArrayRef<std::string> On) {
  if (std::string Error = validateQualifiedName(Name); !Error.empty())
    return Error;
  return validateQualifiedNames(On);
}

} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(TaskTypeEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(CallbackWrapperEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(BlockingCallEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(OffloadPointEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(ResumePointEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(RewriteEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(LoopEntryEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<TaskTypeEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<LoopEntryEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<BlockingCallEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<OffloadPointEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<ResumePointEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<RewriteEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(CpuHeavyCallEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(YieldPointEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(AtomicTypeEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(AssertionMacroEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(ReadyResultEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(InMemoryStreamEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(NonBlockingModeEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(StartTagEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(LockGuardEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(AsyncMutexEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(ReadyAwaitableEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<CpuHeavyCallEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<YieldPointEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<AtomicTypeEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<AssertionMacroEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<ReadyResultEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<InMemoryStreamEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<NonBlockingModeEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<StartTagEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<LockGuardEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<AsyncMutexEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<ReadyAwaitableEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(ViewTypeEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(TaskStarterEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<ViewTypeEntry>)
LLVM_YAML_IS_SEQUENCE_VECTOR(Dumped<TaskStarterEntry>)

namespace llvm::yaml {

template <> struct ScalarEnumerationTraits<TaskLaziness> {
  static void enumeration(IO &Io, TaskLaziness &Value) {
    Io.enumCase(Value, "lazy", TaskLaziness::Lazy);
    Io.enumCase(Value, "eager", TaskLaziness::Eager);
  }
};

template <> struct ScalarEnumerationTraits<BlockingCategory> {
  static void enumeration(IO &Io, BlockingCategory &Value) {
    for (const auto &[Category, Name] : corolint::BlockingCategoryNames)
      Io.enumCase(Value, Name.data(), Category);
  }
};

template <> struct ScalarEnumerationTraits<ResumeThread> {
  static void enumeration(IO &Io, ResumeThread &Value) {
    Io.enumCase(Value, "pool", ResumeThread::Pool);
    Io.enumCase(Value, "loop", ResumeThread::Loop);
  }
};

template <> struct ScalarEnumerationTraits<LoopEntryKind> {
  static void enumeration(IO &Io, LoopEntryKind &Value) {
    Io.enumCase(Value, "wait", LoopEntryKind::Wait);
    Io.enumCase(Value, "run", LoopEntryKind::Run);
  }
};

template <> struct ScalarEnumerationTraits<LoopEntryAwait> {
  static void enumeration(IO &Io, LoopEntryAwait &Value) {
    Io.enumCase(Value, "none", LoopEntryAwait::None);
    Io.enumCase(Value, "argument", LoopEntryAwait::Argument);
    Io.enumCase(Value, "object", LoopEntryAwait::Object);
  }
};

template <> struct MappingTraits<LoopEntryEntry> {
  static void mapping(IO &Io, LoopEntryEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("kind", Entry.Kind);
    Io.mapRequired("reason", Entry.Reason);
    Io.mapOptional("instead", Entry.Instead, std::string());
    Io.mapOptional("on", Entry.On);
    Io.mapOptional("object_from", Entry.ObjectFrom);
    Io.mapOptional("await", Entry.Await, LoopEntryAwait::None);
    Io.mapOptional("await_in", Entry.AwaitIn);
  }
  static std::string validate(IO &, LoopEntryEntry &Entry) {
    if (Entry.Reason.empty() && !Entry.Name.empty())
      return "'reason' must not be empty";
    if ((Entry.Await == LoopEntryAwait::None) != Entry.AwaitIn.empty())
      return "'await' and 'await_in' go together";
    std::vector<std::string> Names{Entry.Name};
    llvm::append_range(Names, Entry.On);
    llvm::append_range(Names, Entry.ObjectFrom);
    llvm::append_range(Names, Entry.AwaitIn);
    return validateQualifiedNames(Names);
  }
};

template <> struct MappingTraits<TaskTypeEntry> {
  static void mapping(IO &Io, TaskTypeEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("kind", Entry.Laziness);
    Io.mapOptional("handle_with", Entry.HandleWith, std::string());
    Io.mapOptional("offload_with", Entry.OffloadWith, std::string());
    Io.mapOptional("yield_with", Entry.YieldWith, std::string());
    Io.mapOptional("resumes_where_completed", Entry.ResumesWhereCompleted,
                   false);
  }
  static std::string validate(IO &, TaskTypeEntry &Entry) {
    return validateQualifiedName(Entry.Name);
  }
};

template <> struct MappingTraits<CallbackWrapperEntry> {
  static void mapping(IO &Io, CallbackWrapperEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
  }
  static std::string validate(IO &, CallbackWrapperEntry &Entry) {
    return validateQualifiedName(Entry.Name);
  }
};

template <> struct MappingTraits<BlockingCallEntry> {
  static void mapping(IO &Io, BlockingCallEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("category", Entry.Category);
    Io.mapRequired("reason", Entry.Reason);
    Io.mapOptional("instead", Entry.Instead, std::string());
    Io.mapOptional("on", Entry.On);
    Io.mapOptional("not_on", Entry.NotOn);
    Io.mapOptional("subject_argument", Entry.SubjectArgument);
    Io.mapOptional("only_when_discarded", Entry.OnlyWhenDiscarded, false);
    Io.mapOptional("object_from", Entry.ObjectFrom);
  }
  static std::string validate(IO &, BlockingCallEntry &Entry) {
    if (Entry.Reason.empty() && !Entry.Name.empty())
      return "'reason' must not be empty";
    std::vector<std::string> Names{Entry.Name};
    llvm::append_range(Names, Entry.On);
    llvm::append_range(Names, Entry.NotOn);
    llvm::append_range(Names, Entry.ObjectFrom);
    return validateQualifiedNames(Names);
  }
};

template <> struct MappingTraits<OffloadPointEntry> {
  static void mapping(IO &Io, OffloadPointEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("callable_argument", Entry.CallableArgument);
    Io.mapOptional("on", Entry.On);
  }
  static std::string validate(IO &, OffloadPointEntry &Entry) {
    return validateNameAndOn(Entry.Name, Entry.On);
  }
};

template <> struct MappingTraits<ResumePointEntry> {
  static void mapping(IO &Io, ResumePointEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("resumes_on", Entry.ResumesOn);
    Io.mapOptional("on", Entry.On);
    Io.mapOptional("argument", Entry.Argument);
  }
  static std::string validate(IO &, ResumePointEntry &Entry) {
    return validateNameAndOn(Entry.Name, Entry.On);
  }
};

template <> struct MappingTraits<LockGuardEntry> {
  static void mapping(IO &Io, LockGuardEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapOptional("locks_with", Entry.LocksWith, std::string("lock"));
    Io.mapOptional("not_with", Entry.NotWith);
    Io.mapOptional("holds_with", Entry.HoldsWith);
  }
  static std::string validate(IO &, LockGuardEntry &Entry) {
    if (Entry.LocksWith.empty() ||
        llvm::StringRef(Entry.LocksWith).contains(':'))
      return "'locks_with' must be a member name, like 'lock'";
    for (const std::string &Tag : Entry.HoldsWith)
      if (!llvm::is_contained(Entry.NotWith, Tag))
        return "'holds_with' names '" + Tag + "', which 'not_with' lacks";
    return validateNameAndOn(Entry.Name, Entry.NotWith);
  }
};

template <> struct MappingTraits<ReadyAwaitableEntry> {
  static void mapping(IO &Io, ReadyAwaitableEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
  }
  static std::string validate(IO &, ReadyAwaitableEntry &Entry) {
    return validateNameAndOn(Entry.Name, {});
  }
};

template <> struct MappingTraits<AsyncMutexEntry> {
  static void mapping(IO &Io, AsyncMutexEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapOptional("lock_with", Entry.LockWith);
  }
  static std::string validate(IO &, AsyncMutexEntry &Entry) {
    return validateNameAndOn(Entry.Name, {});
  }
};

template <> struct ScalarEnumerationTraits<TaskStarterKind> {
  static void enumeration(IO &Io, TaskStarterKind &Value) {
    Io.enumCase(Value, "runs_later", TaskStarterKind::RunsLater);
    Io.enumCase(Value, "keeps", TaskStarterKind::Keeps);
    Io.enumCase(Value, "wraps", TaskStarterKind::Wraps);
  }
};

template <> struct MappingTraits<TaskStarterEntry> {
  static void mapping(IO &Io, TaskStarterEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("kind", Entry.Kind);
    Io.mapOptional("task_argument", Entry.TaskArgument);
  }
  static std::string validate(IO &, TaskStarterEntry &Entry) {
    return validateQualifiedName(Entry.Name);
  }
};

template <> struct MappingTraits<StartTagEntry> {
  static void mapping(IO &Io, StartTagEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("starts_on", Entry.StartsOn);
    Io.mapOptional("on", Entry.On);
  }
  static std::string validate(IO &, StartTagEntry &Entry) {
    return validateNameAndOn(Entry.Name, Entry.On);
  }
};

template <> struct MappingTraits<RewriteEntry> {
  static void mapping(IO &Io, RewriteEntry &Entry) {
    Io.mapRequired("call", Entry.Call);
    Io.mapRequired("in", Entry.In);
    Io.mapRequired("namespace", Entry.Namespace);
    Io.mapOptional("rename", Entry.Rename, std::string());
    Io.mapOptional("append_argument", Entry.AppendArgument, std::string());
    Io.mapOptional("replace_with", Entry.ReplaceWith, std::string());
    Io.mapOptional("skip_overloads_with", Entry.SkipOverloadsWith,
                   std::string());
    Io.mapOptional("duration_unit", Entry.DurationUnit, std::string());
    Io.mapOptional("includes", Entry.Includes);
  }
  static std::string validate(IO &, RewriteEntry &Entry) {
    if (std::string Error = validateQualifiedNames(
            {Entry.Call, Entry.In, Entry.Namespace, Entry.SkipOverloadsWith});
        !Error.empty())
      return Error;
    if (Entry.Call.empty() || Entry.In.empty())
      return "";
    if (Entry.Rename.empty() == Entry.ReplaceWith.empty())
      return "a rewrite needs exactly one of 'rename' and 'replace_with'";
    if (!Entry.AppendArgument.empty() && Entry.Rename.empty())
      return "'append_argument' goes with 'rename'";
    if (!Entry.DurationUnit.empty() &&
        !llvm::is_contained(
            std::initializer_list<llvm::StringRef>{
                "nanoseconds", "microseconds", "milliseconds", "seconds"},
            Entry.DurationUnit))
      return "'duration_unit' must be nanoseconds, microseconds, "
             "milliseconds or seconds";
    return "";
  }
};

template <> struct ScalarEnumerationTraits<ReadyKind> {
  static void enumeration(IO &Io, ReadyKind &Value) {
    Io.enumCase(Value, "test", ReadyKind::Test);
    Io.enumCase(Value, "ready", ReadyKind::Ready);
    Io.enumCase(Value, "completed_when_awaited",
                ReadyKind::CompletedWhenAwaited);
  }
};

template <> struct MappingTraits<ReadyResultEntry> {
  static void mapping(IO &Io, ReadyResultEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("kind", Entry.Kind);
    Io.mapOptional("ready_values", Entry.ReadyValues);
  }
  static std::string validate(IO &, ReadyResultEntry &Entry) {
    if (!Entry.ReadyValues.empty() && Entry.Kind != ReadyKind::Test)
      return "'ready_values' is only for a 'test'";
    std::vector<std::string> Names{Entry.Name};
    llvm::append_range(Names, Entry.ReadyValues);
    return validateQualifiedNames(Names);
  }
};

template <> struct MappingTraits<CpuHeavyCallEntry> {
  static void mapping(IO &Io, CpuHeavyCallEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("reason", Entry.Reason);
    Io.mapOptional("instead", Entry.Instead, std::string());
    Io.mapOptional("on", Entry.On);
  }
  static std::string validate(IO &, CpuHeavyCallEntry &Entry) {
    if (Entry.Reason.empty() && !Entry.Name.empty())
      return "'reason' must not be empty";
    return validateNameAndOn(Entry.Name, Entry.On);
  }
};

/// The entries that are only a name.
template <typename Entry> struct NameOnlyMapping {
  static void mapping(IO &Io, Entry &Item) {
    Io.mapRequired("name", Item.Name);
  }
  static std::string validate(IO &, Entry &Item) {
    return validateQualifiedName(Item.Name);
  }
};
template <>
struct MappingTraits<YieldPointEntry> : NameOnlyMapping<YieldPointEntry> {};
template <>
struct MappingTraits<AtomicTypeEntry> : NameOnlyMapping<AtomicTypeEntry> {};
template <>
struct MappingTraits<AssertionMacroEntry>
    : NameOnlyMapping<AssertionMacroEntry> {};
template <>
struct MappingTraits<InMemoryStreamEntry>
    : NameOnlyMapping<InMemoryStreamEntry> {};
template <>
struct MappingTraits<NonBlockingModeEntry>
    : NameOnlyMapping<NonBlockingModeEntry> {};
template <>
struct MappingTraits<ViewTypeEntry> : NameOnlyMapping<ViewTypeEntry> {};

template <> struct MappingTraits<FrameworkKnowledge> {
  static void mapping(IO &Io, FrameworkKnowledge &File) {
    Io.mapRequired("framework", File.Framework);
    Io.mapOptional("task_types", File.TaskTypes);
    Io.mapOptional("callback_wrappers", File.CallbackWrappers);
    Io.mapOptional("blocking_calls", File.BlockingCalls);
    Io.mapOptional("offload_points", File.OffloadPoints);
    Io.mapOptional("resume_points", File.ResumePoints);
    Io.mapOptional("rewrites", File.Rewrites);
    Io.mapOptional("loop_entries", File.LoopEntries);
    Io.mapOptional("cpu_heavy_calls", File.CpuHeavyCalls);
    Io.mapOptional("yield_points", File.YieldPoints);
    Io.mapOptional("atomic_types", File.AtomicTypes);
    Io.mapOptional("assertion_macros", File.AssertionMacros);
    Io.mapOptional("ready_results", File.ReadyResults);
    Io.mapOptional("in_memory_streams", File.InMemoryStreams);
    Io.mapOptional("non_blocking_modes", File.NonBlockingModes);
    Io.mapOptional("start_tags", File.StartTags);
    Io.mapOptional("lock_guards", File.LockGuards);
    Io.mapOptional("async_mutexes", File.AsyncMutexes);
    Io.mapOptional("ready_awaitables", File.ReadyAwaitables);
    Io.mapOptional("view_types", File.ViewTypes);
    Io.mapOptional("task_starters", File.TaskStarters);
  }
};

/// A dumped entry: the entry's own keys, then where it came from.
template <typename Entry> struct MappingTraits<Dumped<Entry>> {
  static void mapping(IO &Io, Dumped<Entry> &Item) {
    MappingTraits<Entry>::mapping(Io, Item.Item);
    Io.mapRequired("framework", Item.Framework);
    Io.mapRequired("source", Item.Source);
  }
};

template <> struct MappingTraits<DumpedKnowledge> {
  static void mapping(IO &Io, DumpedKnowledge &Dump) {
    Io.mapRequired("sources", Dump.Sources);
    Io.mapRequired("task_types", Dump.TaskTypes);
    Io.mapRequired("callback_wrappers", Dump.CallbackWrappers);
    Io.mapRequired("blocking_calls", Dump.BlockingCalls);
    Io.mapRequired("offload_points", Dump.OffloadPoints);
    Io.mapRequired("resume_points", Dump.ResumePoints);
    Io.mapRequired("rewrites", Dump.Rewrites);
    Io.mapRequired("loop_entries", Dump.LoopEntries);
    Io.mapRequired("cpu_heavy_calls", Dump.CpuHeavyCalls);
    Io.mapRequired("yield_points", Dump.YieldPoints);
    Io.mapRequired("atomic_types", Dump.AtomicTypes);
    Io.mapRequired("assertion_macros", Dump.AssertionMacros);
    Io.mapRequired("ready_results", Dump.ReadyResults);
    Io.mapRequired("in_memory_streams", Dump.InMemoryStreams);
    Io.mapRequired("non_blocking_modes", Dump.NonBlockingModes);
    Io.mapRequired("start_tags", Dump.StartTags);
    Io.mapRequired("lock_guards", Dump.LockGuards);
    Io.mapRequired("async_mutexes", Dump.AsyncMutexes);
    Io.mapRequired("ready_awaitables", Dump.ReadyAwaitables);
    Io.mapRequired("view_types", Dump.ViewTypes);
    Io.mapRequired("task_starters", Dump.TaskStarters);
  }
};

} // namespace llvm::yaml

namespace corolint {

static void appendDiagnostic(const llvm::SMDiagnostic &Diag, void *Context) {
  llvm::raw_string_ostream OS(*static_cast<std::string *>(Context));
  Diag.print(/*ProgName=*/nullptr, OS, /*ShowColors=*/false);
}

/// An error about a whole knowledge file, in the form the YAML reader's own
/// errors take: `<file>: error: <what>`.
static llvm::Error fileError(llvm::StringRef SourceName,
                             llvm::StringRef Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 SourceName + ": error: " + Message);
}

/// Whether \p Text has anything but blank lines, comments and `---`.
static bool hasContent(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    if (!Line.empty() && !Line.starts_with("#") && Line != "---")
      return true;
  }
  return false;
}

/// The first line at which \p Text nests deeper than any knowledge file
/// needs, or 0. llvm::yaml parses nesting recursively, so a file nested
/// tens of thousands of levels deep (`[[[[...`, or `- - - ...` and
/// indentation) would exhaust the stack; such a file is refused before.
static unsigned lineTooDeep(llvm::StringRef Text) {
  constexpr unsigned MaxFlowDepth = 64;
  constexpr size_t MaxIndentation = 256;
  unsigned Line = 0;
  unsigned FlowDepth = 0;
  for (llvm::StringRef Rest = Text; !Rest.empty();) {
    auto [Current, Next] = Rest.split('\n');
    Rest = Next;
    ++Line;
    // Block nesting: indentation and the `- ` or `? ` that open levels.
    if (Current.find_first_not_of(" -?:\t") > MaxIndentation &&
        Current.find_first_not_of(" -?:\t") != llvm::StringRef::npos)
      return Line;
    if (Current.size() > MaxIndentation &&
        Current.find_first_not_of(" -?:\t") == llvm::StringRef::npos)
      return Line;
    // Flow nesting, outside quoted text and comments.
    char Quote = 0;
    for (char C : Current) {
      if (Quote) {
        Quote = C == Quote ? 0 : Quote;
      } else if (C == '\'' || C == '"') {
        Quote = C;
      } else if (C == '#') {
        break;
      } else if (C == '[' || C == '{') {
        if (++FlowDepth > MaxFlowDepth)
          return Line;
      } else if ((C == ']' || C == '}') && FlowDepth > 0) {
        --FlowDepth;
      }
    }
  }
  return 0;
}

llvm::Expected<FrameworkKnowledge> parseKnowledge(llvm::StringRef Text,
                                                  llvm::StringRef SourceName) {
  if (unsigned Line = lineTooDeep(Text))
    return fileError(SourceName,
                     "line " + std::to_string(Line) +
                         " nests deeper than a knowledge file can (64 levels "
                         "of brackets, 256 columns of indentation)");
  // llvm::yaml reads an empty document as a null node, which mapping traits
  // cannot report errors against.
  if (!hasContent(Text))
    return fileError(SourceName,
                     "empty knowledge file: it needs at least 'framework:'");
  std::string Diagnostics;
  FrameworkKnowledge File;
  llvm::yaml::Input In(llvm::MemoryBufferRef(Text, SourceName),
                       /*Ctxt=*/nullptr, appendDiagnostic, &Diagnostics);
  In >> File;
  if (In.error() || !Diagnostics.empty()) {
    if (Diagnostics.empty())
      return fileError(SourceName, "not a knowledge file");
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   llvm::StringRef(Diagnostics).rtrim());
  }
  if (File.Framework.empty())
    return fileError(SourceName, "'framework' must not be empty");
  // A key given as `name:` with no value reads as empty, with no error from
  // the YAML reader.
  auto Empty = [](const auto &Entries, auto Key) {
    return llvm::any_of(
        Entries, [&](const auto &Entry) { return (Entry.*Key).empty(); });
  };
  const char *EmptyIn = nullptr;
  if (Empty(File.TaskTypes, &TaskTypeEntry::Name))
    EmptyIn = "a 'task_types' entry has an empty 'name'";
  else if (Empty(File.CallbackWrappers, &CallbackWrapperEntry::Name))
    EmptyIn = "a 'callback_wrappers' entry has an empty 'name'";
  else if (Empty(File.BlockingCalls, &BlockingCallEntry::Name))
    EmptyIn = "a 'blocking_calls' entry has an empty 'name'";
  else if (Empty(File.OffloadPoints, &OffloadPointEntry::Name))
    EmptyIn = "an 'offload_points' entry has an empty 'name'";
  else if (Empty(File.LoopEntries, &LoopEntryEntry::Name))
    EmptyIn = "a 'loop_entries' entry has an empty 'name'";
  else if (Empty(File.ResumePoints, &ResumePointEntry::Name))
    EmptyIn = "a 'resume_points' entry has an empty 'name'";
  else if (Empty(File.CpuHeavyCalls, &CpuHeavyCallEntry::Name))
    EmptyIn = "a 'cpu_heavy_calls' entry has an empty 'name'";
  else if (Empty(File.YieldPoints, &YieldPointEntry::Name))
    EmptyIn = "a 'yield_points' entry has an empty 'name'";
  else if (Empty(File.AtomicTypes, &AtomicTypeEntry::Name))
    EmptyIn = "an 'atomic_types' entry has an empty 'name'";
  else if (Empty(File.AssertionMacros, &AssertionMacroEntry::Name))
    EmptyIn = "an 'assertion_macros' entry has an empty 'name'";
  else if (Empty(File.ReadyResults, &ReadyResultEntry::Name))
    EmptyIn = "a 'ready_results' entry has an empty 'name'";
  else if (Empty(File.InMemoryStreams, &InMemoryStreamEntry::Name))
    EmptyIn = "an 'in_memory_streams' entry has an empty 'name'";
  else if (Empty(File.NonBlockingModes, &NonBlockingModeEntry::Name))
    EmptyIn = "a 'non_blocking_modes' entry has an empty 'name'";
  else if (Empty(File.StartTags, &StartTagEntry::Name))
    EmptyIn = "a 'start_tags' entry has an empty 'name'";
  else if (Empty(File.LockGuards, &LockGuardEntry::Name))
    EmptyIn = "a 'lock_guards' entry has an empty 'name'";
  else if (Empty(File.AsyncMutexes, &AsyncMutexEntry::Name))
    EmptyIn = "an 'async_mutexes' entry has an empty 'name'";
  else if (Empty(File.ReadyAwaitables, &ReadyAwaitableEntry::Name))
    EmptyIn = "a 'ready_awaitables' entry has an empty 'name'";
  else if (Empty(File.ViewTypes, &ViewTypeEntry::Name))
    EmptyIn = "a 'view_types' entry has an empty 'name'";
  else if (Empty(File.TaskStarters, &TaskStarterEntry::Name))
    EmptyIn = "a 'task_starters' entry has an empty 'name'";
  else if (Empty(File.Rewrites, &RewriteEntry::Call) ||
           Empty(File.Rewrites, &RewriteEntry::In) ||
           Empty(File.Rewrites, &RewriteEntry::Namespace))
    EmptyIn = "a 'rewrites' entry has an empty 'call', 'in' or 'namespace'";
  if (EmptyIn)
    return fileError(SourceName, EmptyIn);
  File.Source = SourceName.str();
  return File;
}

void printKnowledge(const KnowledgeBase &Knowledge, llvm::raw_ostream &OS) {
  DumpedKnowledge Dump;
  for (const FrameworkKnowledge &File : Knowledge.frameworks())
    Dump.Sources.push_back(File.Source);
  for (const KnownTaskType &Type : Knowledge.taskTypes())
    Dump.TaskTypes.push_back(
        {*Type.Entry, Type.Framework.str(), Type.Source.str()});
  Dump.CallbackWrappers = Knowledge.callbackWrappers();
  Dump.BlockingCalls = dumpAll(Knowledge.blockingCalls());
  Dump.OffloadPoints = dumpAll(Knowledge.offloadPoints());
  Dump.ResumePoints = dumpAll(Knowledge.resumePoints());
  Dump.Rewrites = dumpAll(Knowledge.rewrites());
  Dump.LoopEntries = dumpAll(Knowledge.loopEntries());
  Dump.CpuHeavyCalls = dumpAll(Knowledge.cpuHeavyCalls());
  Dump.YieldPoints = dumpAll(Knowledge.yieldPoints());
  Dump.AtomicTypes = dumpAll(Knowledge.atomicTypeEntries());
  Dump.AssertionMacros = dumpAll(Knowledge.assertionMacros());
  Dump.ReadyResults = dumpAll(Knowledge.readyResults());
  Dump.InMemoryStreams = dumpAll(Knowledge.inMemoryStreamEntries());
  Dump.NonBlockingModes = dumpAll(Knowledge.nonBlockingModes());
  Dump.StartTags = dumpAll(Knowledge.startTags());
  Dump.LockGuards = dumpAll(Knowledge.lockGuards());
  Dump.AsyncMutexes = dumpAll(Knowledge.asyncMutexes());
  Dump.ReadyAwaitables = dumpAll(Knowledge.readyAwaitables());
  Dump.ViewTypes = dumpAll(Knowledge.viewTypeEntries());
  Dump.TaskStarters = dumpAll(Knowledge.taskStarters());
  llvm::yaml::Output Out(OS);
  Out << Dump;
}

} // namespace corolint
