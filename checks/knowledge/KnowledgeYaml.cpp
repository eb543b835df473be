//===--- KnowledgeYaml.cpp - Reading and printing knowledge files ---------===//
//
// The schema of a knowledge file, as llvm::yaml traits. Unknown keys, missing
// required keys and bad values are errors with the file, line and column.
//
//===----------------------------------------------------------------------===//

#include "knowledge/KnowledgeYaml.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"

using corolint::CallbackWrapperEntry;
using corolint::FrameworkKnowledge;
using corolint::TaskLaziness;
using corolint::TaskTypeEntry;

namespace {

/// One effective task type in the dump, with where it came from.
struct DumpedTaskType {
  std::string Name;
  TaskLaziness Laziness;
  std::string HandleWith;
  std::string Framework;
  std::string Source;
};

struct DumpedKnowledge {
  std::vector<std::string> Sources;
  std::vector<DumpedTaskType> TaskTypes;
  std::vector<std::string> CallbackWrappers;
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
  for (char C : Name)
    if (!(llvm::isAlnum(C) || C == '_' || C == ':'))
      return "'" + Name.str() +
             "' is not a fully qualified name: use letters, digits, '_' and "
             "'::' only (no template arguments or spaces)";
  return "";
}

} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(TaskTypeEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(CallbackWrapperEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(DumpedTaskType)

namespace llvm::yaml {

template <> struct ScalarEnumerationTraits<TaskLaziness> {
  static void enumeration(IO &Io, TaskLaziness &Value) {
    Io.enumCase(Value, "lazy", TaskLaziness::Lazy);
    Io.enumCase(Value, "eager", TaskLaziness::Eager);
  }
};

template <> struct MappingTraits<TaskTypeEntry> {
  static void mapping(IO &Io, TaskTypeEntry &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("kind", Entry.Laziness);
    Io.mapOptional("handle_with", Entry.HandleWith, std::string());
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

template <> struct MappingTraits<FrameworkKnowledge> {
  static void mapping(IO &Io, FrameworkKnowledge &File) {
    Io.mapRequired("framework", File.Framework);
    Io.mapOptional("task_types", File.TaskTypes);
    Io.mapOptional("callback_wrappers", File.CallbackWrappers);
  }
};

template <> struct MappingTraits<DumpedTaskType> {
  static void mapping(IO &Io, DumpedTaskType &Entry) {
    Io.mapRequired("name", Entry.Name);
    Io.mapRequired("kind", Entry.Laziness);
    Io.mapOptional("handle_with", Entry.HandleWith, std::string());
    Io.mapRequired("framework", Entry.Framework);
    Io.mapRequired("source", Entry.Source);
  }
};

template <> struct MappingTraits<DumpedKnowledge> {
  static void mapping(IO &Io, DumpedKnowledge &Dump) {
    Io.mapRequired("sources", Dump.Sources);
    Io.mapRequired("task_types", Dump.TaskTypes);
    Io.mapRequired("callback_wrappers", Dump.CallbackWrappers);
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

llvm::Expected<FrameworkKnowledge> parseKnowledge(llvm::StringRef Text,
                                                  llvm::StringRef SourceName) {
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
  for (const TaskTypeEntry &Entry : File.TaskTypes)
    if (Entry.Name.empty())
      return fileError(SourceName, "a 'task_types' entry has an empty 'name'");
  for (const CallbackWrapperEntry &Entry : File.CallbackWrappers)
    if (Entry.Name.empty())
      return fileError(SourceName,
                       "a 'callback_wrappers' entry has an empty 'name'");
  File.Source = SourceName.str();
  return File;
}

void printKnowledge(const KnowledgeBase &Knowledge, llvm::raw_ostream &OS) {
  DumpedKnowledge Dump;
  for (const FrameworkKnowledge &File : Knowledge.frameworks())
    Dump.Sources.push_back(File.Source);
  for (const KnownTaskType &Type : Knowledge.taskTypes())
    Dump.TaskTypes.push_back({Type.Entry->Name, Type.Entry->Laziness,
                              Type.Entry->HandleWith, Type.Framework.str(),
                              Type.Source.str()});
  Dump.CallbackWrappers = Knowledge.callbackWrappers();
  llvm::yaml::Output Out(OS);
  Out << Dump;
}

} // namespace corolint
