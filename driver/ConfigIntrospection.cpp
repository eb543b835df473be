//===--- ConfigIntrospection.cpp - What the configuration says ------------===//

#include "ConfigIntrospection.h"
#include "CheckCatalog.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/GlobList.h"
#include "compat/TidyCompat.h"
#include "llvm/ADT/StringSet.h"

using namespace clang::tidy;

namespace corolint {

namespace {

bool isCorolintName(llvm::StringRef Name) { return Name.starts_with("coro-"); }

/// Each glob of a Checks or WarningsAsErrors list, without its '-'.
std::vector<std::string> globsOf(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef> Items;
  List.split(Items, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::vector<std::string> Globs;
  for (llvm::StringRef Item : Items) {
    Item = Item.trim();
    Item.consume_front("-");
    if (!Item.empty())
      Globs.push_back(Item.str());
  }
  return Globs;
}

/// A did-you-mean tail for a message.
std::string suggestion(llvm::StringRef Name,
                       llvm::ArrayRef<std::string> Known) {
  if (std::optional<std::string> Closest = closestName(Name, Known))
    return "; did you mean '" + *Closest + "'?";
  return "";
}

/// The problems of one list of check globs, from \p Source.
void verifyGlobs(llvm::StringRef Field, llvm::StringRef List,
                 llvm::StringRef Source, llvm::ArrayRef<std::string> Checks,
                 std::vector<std::string> &Problems) {
  for (const std::string &Glob : globsOf(List)) {
    if (!isCorolintName(Glob))
      continue;
    CachedGlobList Matcher(Glob);
    if (llvm::any_of(Checks, [&](const std::string &Check) {
          return Matcher.contains(Check);
        }))
      continue;
    Problems.push_back("'" + Glob + "' in " + Field.str() + " (" +
                       Source.str() + ") names no check" +
                       suggestion(Glob, Checks));
  }
}

/// The options source that sets \p Key for \p File, for messages.
std::string optionSource(ClangTidyOptionsProvider &Provider,
                         llvm::StringRef File, llvm::StringRef Key) {
  std::string Source;
  for (const auto &[Options, Name] : Provider.getRawOptions(File))
    if (Options.CheckOptions.count(Key))
      Source = Name;
  return Source;
}

/// The option a configuration diagnostic is about: clang-tidy's say "...
/// for option 'coro-x.Name'...", corolint's "invalid coro-x.Name: ...".
std::optional<llvm::StringRef> configKey(llvm::StringRef Message) {
  if (size_t Start = Message.find("for option '");
      Start != llvm::StringRef::npos)
    return Message.substr(Start + 12).take_until([](char C) {
      return C == '\'';
    });
  if (Message.consume_front("invalid ")) {
    llvm::StringRef Key = Message.take_until([](char C) { return C == ':'; });
    if (Key.contains('.') && !Key.contains(' '))
      return Key;
  }
  return std::nullopt;
}

} // namespace

std::string withOptionSource(llvm::StringRef Message,
                             ClangTidyOptionsProvider &Provider,
                             llvm::StringRef File) {
  std::string Where;
  if (std::optional<llvm::StringRef> Key = configKey(Message))
    Where = optionSource(Provider, File, *Key);
  return (Message + (Where.empty() ? "" : " (set in " + Where + ")")).str();
}

std::optional<std::string> closestName(llvm::StringRef Name,
                                       llvm::ArrayRef<std::string> Known) {
  // A name cut short: the one known name it begins.
  std::vector<std::string> Longer;
  for (const std::string &Candidate : Known)
    if (llvm::StringRef(Candidate).starts_with(Name))
      Longer.push_back(Candidate);
  if (Longer.size() == 1)
    return Longer.front();
  std::optional<std::string> Best;
  unsigned BestDistance = std::max<size_t>(2, Name.size() / 4) + 1;
  for (const std::string &Candidate : Known) {
    unsigned Distance = Name.edit_distance(Candidate, true, BestDistance);
    if (Distance < BestDistance) {
      BestDistance = Distance;
      Best = Candidate;
    }
  }
  return Best;
}

void dumpConfig(ClangTidyOptionsProvider &Provider, llvm::StringRef File,
                llvm::raw_ostream &OS) {
  // As clang-tidy's --dump-config: the options in effect, with every option
  // of every enabled check at its value (defaults included).
  ClangTidyOptions Effective = Provider.getOptions(File);
  Effective.CheckOptions = compat::enabledCheckOptions(Effective);
  OS << configurationAsText(ClangTidyOptions::getDefaults().merge(Effective, 0))
     << "\n";
}

std::vector<std::string> verifyConfig(ClangTidyOptionsProvider &Provider,
                                      llvm::StringRef File) {
  compat::RegisteredChecks All = compat::registeredChecks();
  std::vector<std::string> Checks;
  for (const auto &Name : All.Checks)
    if (isCorolintName(Name.getKey()))
      Checks.push_back(Name.getKey().str());
  llvm::sort(Checks);
  // Options are `<check>.<Name>`, or a global `<Name>` that any check reads
  // with getLocalOrGlobal (KnowledgeFiles).
  std::vector<std::string> Options;
  llvm::StringSet<> GlobalNames;
  for (const auto &Option : All.Options) {
    llvm::StringRef Key = Option.getKey();
    if (!isCorolintName(Key))
      continue;
    Options.push_back(Key.str());
    GlobalNames.insert(Key.rsplit('.').second);
  }
  llvm::sort(Options);

  std::vector<std::string> Problems;
  for (const auto &[Raw, Source] : Provider.getRawOptions(File)) {
    if (Raw.Checks)
      verifyGlobs("Checks", *Raw.Checks, Source, Checks, Problems);
    if (Raw.WarningsAsErrors)
      verifyGlobs("WarningsAsErrors", *Raw.WarningsAsErrors, Source, Checks,
                  Problems);
    for (const auto &Option : Raw.CheckOptions) {
      llvm::StringRef Key = Option.getKey();
      bool Known = isCorolintName(Key)
                       ? llvm::is_contained(Options, Key)
                       : Key.contains('.') || GlobalNames.contains(Key);
      if (!Known)
        Problems.push_back("unknown option '" + Key.str() + "' (" + Source +
                           ")" + suggestion(Key, Options));
    }
  }

  // Values: every corolint check made with the options in effect, as a run
  // would make it; each value it does not take is a configuration error.
  ClangTidyOptions Effective = Provider.getOptions(File);
  Effective.Checks = "-*,coro-*";
  ClangTidyContext Context(std::make_unique<DefaultOptionsProvider>(
      ClangTidyGlobalOptions(), Effective));
  ClangTidyDiagnosticConsumer Consumer(Context);
  compat::ContextDiagnostics Diags(Context, Consumer);
  ClangTidyASTConsumerFactory(Context).getCheckOptions();
  for (const ClangTidyError &Error : Consumer.take())
    if (Error.DiagnosticName == "clang-tidy-config") {
      std::string Problem =
          withOptionSource(Error.Message.Message, Provider, File);
      if (!llvm::is_contained(Problems, Problem))
        Problems.push_back(std::move(Problem));
    }
  return Problems;
}

void explainConfig(ClangTidyOptionsProvider &Provider, llvm::StringRef File,
                   llvm::ArrayRef<std::string> EnabledChecks,
                   llvm::raw_ostream &OS) {
  auto Raw = Provider.getRawOptions(File);
  // As clang-tidy: the last source whose Checks enable a check decides it.
  for (const std::string &Check : EnabledChecks)
    for (const auto &[Options, Source] : llvm::reverse(Raw))
      if (Options.Checks && GlobList(*Options.Checks).contains(Check)) {
        OS << "'" << Check << "' is enabled in the " << Source << ".\n";
        break;
      }
  std::map<std::string, std::pair<std::string, std::string>> Values;
  for (const auto &[Options, Source] : Raw)
    for (const auto &Option : Options.CheckOptions)
      Values[Option.getKey().str()] = {Option.getValue().Value, Source};
  for (const auto &[Key, Set] : Values)
    OS << "'" << Key << "' is '" << Set.first << "' in the " << Set.second
       << ".\n";
}

void listChecks(llvm::ArrayRef<std::string> EnabledChecks,
                llvm::raw_ostream &OS) {
  OS << "Enabled checks:";
  for (const std::string &Check : EnabledChecks) {
    OS << "\n    " << Check;
    CheckDescription Described = describeCheck(Check);
    if (!Described.HasHelpPage)
      continue;
    OS << " - " << Described.Short << " " << helpUri(Described);
  }
  OS << "\n\n";
}

} // namespace corolint
