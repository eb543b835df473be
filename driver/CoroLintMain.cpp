//===--- CoroLintMain.cpp - The corolint command line ---------------------===//
//
// corolint [options] <source files...> [-- <compiler arguments>]
//
// A clang-tidy command line for the coro-* checks: the same flags, config
// files, diagnostics and fix application, plus framework knowledge files.
// Exit codes are in ExitCodes.h and the README.
//
//===----------------------------------------------------------------------===//

#include "Baseline.h"
#include "CompilationDatabase.h"
#include "DiagnosticPaths.h"
#include "ExitCodes.h"
#include "FixMerging.h"
#include "OptionsProvider.h"
#include "OutputFiles.h"
#include "ParallelRun.h"
#include "Reports.h"
#include "ResourceDir.h"
#include "TidyRunner.h"
#include "WorkerReport.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModule.h"
#include "knowledge/KnowledgeOption.h"
#include "knowledge/KnowledgeYaml.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include <fcntl.h>
#include <unistd.h>

using namespace clang;
using namespace clang::tidy;
using namespace llvm;
using namespace corolint;

// The checks module registers itself (CoroLintModule.cpp); its object file is
// linked directly, not from an archive, so no anchor is needed to keep it.

static cl::OptionCategory CoroLintCategory("corolint options");

static const char Overview[] = R"(
corolint finds misuse of C++20 coroutines and event loops: tasks that are
never awaited, blocking calls in coroutines, event loops run from inside a
coroutine, and CPU-heavy work on the loop thread.

Options are read as clang-tidy reads them: --config or --config-file, else
the .clang-tidy file nearest to each source file; flags override both.

Exit codes: 0 no errors (warnings allowed); 1 a finding promoted to an error
by --warnings-as-errors (or another error from the checks); 2 bad usage,
config, check option or knowledge file; 3 a source file could not be read or
parsed, or its worker crashed or timed out (findings of the other files
are still printed).

With several files, each is linted in a worker process of its own, -j at a
time: a file that crashes, hangs or does not parse is named, and the others'
findings are all reported.
)";

static cl::opt<std::string> BuildPath("p", cl::desc(R"(
Build directory with compile_commands.json. With no
source files, every file in it is linted.)"),
                                      cl::value_desc("build dir"),
                                      cl::cat(CoroLintCategory));
static cl::list<std::string> SourcePaths(cl::Positional,
                                         cl::desc("[<source files>...]"),
                                         cl::cat(CoroLintCategory));
static cl::list<std::string> ExtraArgs("extra-arg", cl::desc(R"(
An argument to append to each compile command.)"),
                                       cl::cat(CoroLintCategory));
static cl::list<std::string> ExtraArgsBefore("extra-arg-before", cl::desc(R"(
An argument to prepend to each compile command.)"),
                                             cl::cat(CoroLintCategory));
static cl::opt<std::string> Checks("checks", cl::desc(R"(
Comma-separated globs of checks to run, added to those
of the config ('-' removes). Default: -*,coro-*)"),
                                   cl::cat(CoroLintCategory));
static cl::opt<std::string> WarningsAsErrors("warnings-as-errors", cl::desc(R"(
Globs of checks whose findings are errors
(exit code 1).)"),
                                             cl::cat(CoroLintCategory));
static cl::opt<std::string> HeaderFilter("header-filter", cl::desc(R"(
Regular expression of the headers whose findings are
shown (the main files' always are).)"),
                                         cl::cat(CoroLintCategory));
static cl::opt<bool> SystemHeaders("system-headers",
                                   cl::desc("Show findings in system headers."),
                                   cl::cat(CoroLintCategory));
static cl::opt<std::string> Config("config", cl::desc(R"(
Configuration in YAML, as in a .clang-tidy file:
  --config="{Checks: 'coro-*', CheckOptions: {KnowledgeFiles: my.yaml}}")"),
                                   cl::cat(CoroLintCategory));
static cl::opt<std::string> ConfigFile("config-file", cl::desc(R"(
Read the configuration from this file instead of
.clang-tidy files.)"),
                                       cl::value_desc("path"),
                                       cl::cat(CoroLintCategory));
static cl::list<std::string> Knowledge("knowledge", cl::desc(R"(
A framework knowledge file (YAML, see
docs/knowledge-format.md) to use with the built-in
ones; repeatable. Added to the KnowledgeFiles option.)"),
                                       cl::value_desc("file.yaml"),
                                       cl::cat(CoroLintCategory));
static cl::opt<bool> DumpKnowledge("dump-knowledge", cl::desc(R"(
Print the framework knowledge in effect and exit.)"),
                                   cl::cat(CoroLintCategory));
static cl::opt<bool> ListChecks("list-checks",
                                cl::desc("List the enabled checks and exit."),
                                cl::cat(CoroLintCategory));
static cl::opt<bool> Fix("fix", cl::desc(R"(
Apply the suggested fixes in place. Nothing is
applied when a file has compiler errors.)"),
                         cl::cat(CoroLintCategory));
static cl::opt<std::string> ExportFixes("export-fixes", cl::desc(R"(
Write the suggested fixes to this YAML file, in the
format clang-apply-replacements reads.)"),
                                        cl::value_desc("file.yaml"),
                                        cl::cat(CoroLintCategory));
static cl::opt<bool> SkipSystemFunctionBodies("skip-system-function-bodies",
                                              cl::init(true), cl::desc(R"(
Do not parse the bodies of functions declared in
system headers (the default; the checks never read
them). --skip-system-function-bodies=false parses all.)"),
                                              cl::cat(CoroLintCategory));
static cl::opt<bool> EnableCheckProfile("enable-check-profile", cl::desc(R"(
Print the time each check took.)"),
                                        cl::cat(CoroLintCategory));
static cl::opt<bool> Quiet("quiet", cl::desc(R"(
Print only the findings: no statistics, no progress.)"),
                           cl::cat(CoroLintCategory));
static cl::opt<bool> Verbose("verbose", cl::desc(R"(
Print a line for each file as it finishes.)"),
                             cl::cat(CoroLintCategory));
static cl::opt<unsigned> Jobs("j", cl::desc(R"(
How many files to lint at once, each in a worker
process of its own (default, and 0: the number of
cores). `-jN` and `-j N` both work.)"),
                              cl::value_desc("N"), cl::Prefix,
                              cl::cat(CoroLintCategory));
static cl::opt<unsigned> TimeoutPerFile("timeout-per-file", cl::desc(R"(
Stop a file's worker after this many seconds and
report the file (default 0: no limit).)"),
                                        cl::value_desc("seconds"),
                                        cl::cat(CoroLintCategory));
static cl::opt<std::string> Shard("shard", cl::desc(R"(
Lint only the K-th of N parts of the files, K from 1:
every file is in exactly one part, the same one on
every run (--shard=2/4).)"),
                                  cl::value_desc("K/N"),
                                  cl::cat(CoroLintCategory));
static cl::opt<ReportFormat>
    Format("format", cl::desc("How to write the findings:"),
           cl::values(clEnumValN(ReportFormat::Clang, "clang",
                                 "as clang-tidy does (the default)"),
                      clEnumValN(ReportFormat::Sarif, "sarif",
                                 "SARIF 2.1.0, for code scanning"),
                      clEnumValN(ReportFormat::Json, "json", "a JSON list")),
           cl::init(ReportFormat::Clang), cl::cat(CoroLintCategory));
static cl::opt<std::string> OutputPath("output", cl::desc(R"(
Write the findings to this file instead of stdout
(replaced whole, once complete).)"),
                                       cl::value_desc("file"),
                                       cl::cat(CoroLintCategory));
static cl::opt<std::string> SourceRoot("source-root", cl::desc(R"(
The directory SARIF, JSON and baseline locations are
relative to (default: the current directory).)"),
                                       cl::value_desc("dir"),
                                       cl::cat(CoroLintCategory));
static cl::opt<std::string> WriteBaselinePath("write-baseline", cl::desc(R"(
Record today's findings in this file, for --baseline.)"),
                                              cl::value_desc("file"),
                                              cl::cat(CoroLintCategory));
static cl::opt<std::string> BaselinePath("baseline", cl::desc(R"(
Report only the findings this file (--write-baseline)
does not record; matched by check, file and the text
of the flagged line, not by line number.)"),
                                         cl::value_desc("file"),
                                         cl::cat(CoroLintCategory));
// How the parent process hands one file to a worker (ParallelRun.h).
static cl::opt<std::string> WorkerReportPath("worker-report", cl::Hidden,
                                             cl::cat(CoroLintCategory));

static void printVersion(raw_ostream &OS) {
  OS << "corolint version " << COROLINT_VERSION << " (LLVM "
     << LLVM_VERSION_STRING << ")\n";
}

static CommandLineOptions commandLineOptions() {
  CommandLineOptions Options;
  auto Given = [](const auto &Opt) { return Opt.getNumOccurrences() > 0; };
  if (Given(Checks))
    Options.Checks = Checks;
  if (Given(WarningsAsErrors))
    Options.WarningsAsErrors = WarningsAsErrors;
  if (Given(HeaderFilter))
    Options.HeaderFilter = HeaderFilter;
  if (Given(SystemHeaders))
    Options.SystemHeaders = SystemHeaders;
  Options.Config = Config;
  Options.ConfigFile = ConfigFile;
  for (const std::string &File : Knowledge) {
    SmallString<256> Absolute(File);
    sys::fs::make_absolute(Absolute);
    Options.KnowledgeFiles.push_back(std::string(Absolute));
  }
  return Options;
}

/// Whether \p A and \p B name one file: the same file on disk, or, where it
/// does not exist yet, the same absolute path.
static bool sameFile(StringRef A, StringRef B) {
  if (A.empty() || B.empty())
    return false;
  bool Equivalent = false;
  if (!sys::fs::equivalent(A, B, Equivalent))
    return Equivalent;
  SmallString<256> AbsoluteA(A), AbsoluteB(B);
  sys::fs::make_absolute(AbsoluteA);
  sys::fs::make_absolute(AbsoluteB);
  sys::path::remove_dots(AbsoluteA, /*remove_dot_dot=*/true);
  sys::path::remove_dots(AbsoluteB, /*remove_dot_dot=*/true);
  return AbsoluteA == AbsoluteB;
}

static int usageError(const Twine &Message) {
  errs() << "corolint: error: " << Message << "\n";
  return ExitUsage;
}

/// Knowledge errors already read `<file>:<line>:<col>: error: ...`.
static int knowledgeError(Error E) {
  errs() << toString(std::move(E)) << "\n";
  return ExitUsage;
}

/// Loads every knowledge file list a file's options name (the global
/// KnowledgeFiles and any check's own), so that a broken knowledge file stops
/// the run before any parsing, with its own message.
static Error validateKnowledge(ClangTidyOptionsProvider &Provider,
                               StringRef File) {
  for (const auto &Option : Provider.getOptions(File).CheckOptions)
    if (isKnowledgeFilesKey(Option.getKey()))
      if (auto Knowledge =
              loadKnowledge(splitKnowledgeFiles(Option.getValue().Value));
          !Knowledge)
        return Knowledge.takeError();
  return Error::success();
}

/// The knowledge \p Check sees for \p File.
static Expected<std::shared_ptr<const KnowledgeBase>>
knowledgeFor(ClangTidyOptionsProvider &Provider, StringRef File,
             StringRef Check) {
  return loadKnowledge(splitKnowledgeFiles(
      knowledgeFilesFor(Provider.getOptions(File).CheckOptions, Check)));
}

static void printStats(const ClangTidyStats &Stats) {
  if (!Stats.errorsIgnored())
    return;
  errs() << "Suppressed " << Stats.errorsIgnored() << " warnings (";
  StringRef Separator;
  auto Part = [&](unsigned Count, StringRef What) {
    if (!Count)
      return;
    errs() << Separator << Count << " " << What;
    Separator = ", ";
  };
  Part(Stats.ErrorsIgnoredNonUserCode, "in non-user code");
  Part(Stats.ErrorsIgnoredLineFilter, "due to line filter");
  Part(Stats.ErrorsIgnoredNOLINT, "NOLINT");
  Part(Stats.ErrorsIgnoredCheckFilter, "with check filters");
  errs() << ").\n";
}

/// `K/N` of --shard, with 1 <= K <= N.
static Expected<std::pair<unsigned, unsigned>> parseShard(StringRef Text) {
  auto [K, N] = Text.split('/');
  unsigned Part = 0, Parts = 0;
  if (K.getAsInteger(10, Part) || N.getAsInteger(10, Parts) || Parts == 0 ||
      Part == 0 || Part > Parts)
    return createStringError(inconvertibleErrorCode(),
                             "--shard='" + Text +
                                 "' is not K/N with 1 <= K <= N (--shard=2/4)");
  return std::make_pair(Part, Parts);
}

/// The files of shard \p Part of \p Parts: every Parts-th file of the
/// sorted list, starting at the Part-th. The same files on every machine, and
/// every file in exactly one shard.
static std::vector<std::string> shardOf(std::vector<std::string> Files,
                                        unsigned Part, unsigned Parts) {
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  std::vector<std::string> Mine;
  for (size_t Index = Part - 1; Index < Files.size(); Index += Parts)
    Mine.push_back(Files[Index]);
  return Mine;
}

/// How the parent runs a worker: this executable with the options that
/// decide what a file's findings are. Output, fixing, progress and sharding
/// stay with the parent.
static WorkerSetup
workerSetup(const char *Argv0,
            std::optional<std::vector<std::string>> Compile) {
  WorkerSetup Setup;
  Setup.Executable = sys::fs::getMainExecutable(Argv0, (void *)&workerSetup);
  auto Add = [&](StringRef Flag, StringRef Value) {
    Setup.Options.push_back(("--" + Flag + "=" + Value).str());
  };
  if (!BuildPath.empty())
    Add("p", BuildPath);
  if (Checks.getNumOccurrences())
    Add("checks", Checks);
  if (WarningsAsErrors.getNumOccurrences())
    Add("warnings-as-errors", WarningsAsErrors);
  if (HeaderFilter.getNumOccurrences())
    Add("header-filter", HeaderFilter);
  if (SystemHeaders)
    Setup.Options.push_back("--system-headers");
  if (!Config.empty())
    Add("config", Config);
  if (!ConfigFile.empty())
    Add("config-file", ConfigFile);
  for (const std::string &File : commandLineOptions().KnowledgeFiles)
    Add("knowledge", File); // Absolute already.
  for (const std::string &Arg : ExtraArgs)
    Add("extra-arg", Arg);
  for (const std::string &Arg : ExtraArgsBefore)
    Add("extra-arg-before", Arg);
  Add("skip-system-function-bodies",
      SkipSystemFunctionBodies ? "true" : "false");
  Setup.CompileArgs = std::move(Compile);
  Setup.Jobs = Jobs.getNumOccurrences() && Jobs != 0
                   ? unsigned(Jobs)
                   : llvm::hardware_concurrency().compute_thread_count();
  Setup.TimeoutSeconds = TimeoutPerFile;
  if (Verbose)
    Setup.Progress = ProgressStyle::PerFile;
  else if (!Quiet && sys::Process::StandardErrIsDisplayed())
    Setup.Progress = ProgressStyle::Line;
  return Setup;
}

/// --source-root, absolute: the current directory by default.
static std::string sourceRoot() {
  SmallString<256> Root(SourceRoot.empty() ? "." : SourceRoot.getValue());
  sys::fs::make_absolute(Root);
  sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  return std::string(Root);
}

/// Prints the findings in the format asked for, where asked, and applies
/// their fixes. clang-tidy's handleErrors both prints (to stdout) and fixes;
/// when the findings go to a file or another format, its printing is sent
/// there or discarded.
static Error writeFindings(const RunResult &Run, ClangTidyContext &Context,
                           bool ApplyFixes, unsigned &WarningsAsErrorsCount,
                           IntrusiveRefCntPtr<vfs::FileSystem> BaseFS) {
  std::unique_ptr<PendingFile> Output;
  if (!OutputPath.empty()) {
    auto Created = PendingFile::create(OutputPath);
    if (!Created)
      return Created.takeError();
    Output = std::move(*Created);
  }
  {
    std::optional<StdoutRedirect> Redirect;
    int Discard = -1;
    if (Format == ReportFormat::Clang && Output) {
      Redirect.emplace(Output->fd());
    } else if (Format != ReportFormat::Clang) {
      Discard = ::open("/dev/null", O_WRONLY);
      Redirect.emplace(Discard);
    }
    // clang-tidy writes each fixed file whole under a temporary name and
    // renames it over the original; the original's permissions are put back.
    std::vector<std::pair<std::string, sys::fs::perms>> Modes;
    if (ApplyFixes)
      for (const ClangTidyError &Error : Run.Errors)
        for (const auto &Entry : Error.Message.Fix) {
          std::string Path =
              absoluteDiagnosticPath(Entry.first(), Error.BuildDirectory);
          if (auto Mode = sys::fs::getPermissions(Path))
            Modes.push_back({Path, *Mode});
        }
    handleErrors(Run.Errors, Context, ApplyFixes ? FB_Fix : FB_NoFix,
                 WarningsAsErrorsCount, BaseFS);
    for (const auto &[Path, Mode] : Modes)
      sys::fs::setPermissions(Path, Mode);
    Redirect.reset();
    if (Discard >= 0)
      ::close(Discard);
  }
  if (Format != ReportFormat::Clang) {
    ReportSettings Settings;
    Settings.ToolVersion = COROLINT_VERSION;
    Settings.SourceRoot = sourceRoot();
    std::optional<raw_fd_ostream> ToFile;
    if (Output)
      ToFile.emplace(Output->fd(), /*shouldClose=*/false);
    raw_ostream &OS = ToFile ? static_cast<raw_ostream &>(*ToFile) : outs();
    if (Format == ReportFormat::Sarif)
      writeSarif(Run.Errors, Settings, OS);
    else
      writeJson(Run.Errors, Settings, OS);
    OS.flush();
  }
  return Output ? Output->commit() : Error::success();
}

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::SetVersionPrinter(printVersion);
  // Everything after `--` is the compile command for the named files.
  std::string FixedError;
  std::optional<std::vector<std::string>> CompileArgs;
  for (int Index = 1; Index < Argc; ++Index)
    if (StringRef(Argv[Index]) == "--") {
      CompileArgs.emplace(Argv + Index + 1, Argv + Argc);
      break;
    }
  DatabaseRequest Request;
  Request.FixedCommands =
      tooling::FixedCompilationDatabase::loadFromCommandLine(Argc, Argv,
                                                             FixedError);
  if (!FixedError.empty())
    return usageError(FixedError);
  cl::HideUnrelatedOptions(CoroLintCategory);
  std::string ParseErrors;
  raw_string_ostream ParseErrorStream(ParseErrors);
  if (!cl::ParseCommandLineOptions(Argc, Argv, Overview, &ParseErrorStream)) {
    // llvm::cl starts each message with "<program>: "; say it is an error.
    StringRef Message = StringRef(ParseErrors).trim();
    Message.consume_front(sys::path::filename(Argv[0]).str() + ": ");
    // A value an option does not accept is reported by llvm::cl on stderr
    // directly, not in ParseErrors.
    if (Message.empty())
      return usageError("an option has a value it does not accept (see the "
                        "line above); 'corolint --help' lists the values");
    return usageError(Message);
  }

  if (!BaselinePath.empty() && sameFile(BaselinePath, WriteBaselinePath))
    return usageError("--baseline and --write-baseline name the same file '" +
                      BaselinePath +
                      "': the findings it hides would be dropped from it; "
                      "write the new baseline to another file");

  auto BaseFS =
      makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  auto Provider = createOptionsProvider(commandLineOptions(), BaseFS);
  if (!Provider)
    return usageError(toString(Provider.takeError()));

  std::vector<std::string> Files(SourcePaths.begin(), SourcePaths.end());
  std::unique_ptr<tooling::CompilationDatabase> Compilations;
  if (!DumpKnowledge && !ListChecks) {
    Request.BuildPath = BuildPath;
    Request.SourceFiles = Files;
    Request.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
    Request.ExtraArgsBefore.assign(ExtraArgsBefore.begin(),
                                   ExtraArgsBefore.end());
    auto Loaded = loadCompilations(Request);
    if (!Loaded)
      return usageError(toString(Loaded.takeError()));
    Compilations = std::move(*Loaded);
    if (Files.empty())
      Files = Compilations->getAllFiles();
  }
  // Options and knowledge are looked up per file, as clang-tidy does; with no
  // file, from the current directory.
  SmallString<256> ProbeFile;
  sys::fs::current_path(ProbeFile);
  sys::path::append(ProbeFile, "dummy");
  StringRef FirstFile = Files.empty() ? StringRef(ProbeFile) : Files.front();

  ClangTidyOptions FirstOptions = (*Provider)->getOptions(FirstFile);
  std::vector<std::string> EnabledChecks =
      getCheckNames(FirstOptions, /*AllowEnablingAnalyzerAlphaCheckers=*/false);

  if (DumpKnowledge) {
    if (Error E = validateKnowledge(**Provider, FirstFile))
      return knowledgeError(std::move(E));
    // What the first enabled corolint check sees.
    auto Check = llvm::find_if(EnabledChecks, [](const std::string &Name) {
      return StringRef(Name).starts_with("coro-");
    });
    auto Knowledge = knowledgeFor(**Provider, FirstFile,
                                  Check == EnabledChecks.end() ? "" : *Check);
    if (!Knowledge)
      return knowledgeError(Knowledge.takeError());
    printKnowledge(**Knowledge, outs());
    return ExitClean;
  }
  if (ListChecks) {
    outs() << "Enabled checks:";
    for (const std::string &Check : EnabledChecks)
      outs() << "\n    " << Check;
    outs() << "\n\n";
    return ExitClean;
  }
  if (EnabledChecks.empty())
    return usageError("no checks enabled: --checks='" +
                      FirstOptions.Checks.value_or("") +
                      "' matches none (see --list-checks)");
  if (Files.empty())
    return usageError(BuildPath.empty()
                          ? Twine("no input files: name source files, or a "
                                  "build directory with -p")
                          : "no input files: the compilation database in '" +
                                BuildPath + "' lists no source file");
  if (!Shard.empty()) {
    auto Part = parseShard(Shard);
    if (!Part)
      return usageError(toString(Part.takeError()));
    Files = shardOf(std::move(Files), Part->first, Part->second);
    if (Files.empty())
      return ExitClean; // More shards than files: this one has none.
  }
  for (const std::string &File : Files)
    if (Error E = validateKnowledge(**Provider, File))
      return knowledgeError(std::move(E));

  RunSettings Settings;
  Settings.SkipSystemFunctionBodies = SkipSystemFunctionBodies;
  Settings.EnableCheckProfile = EnableCheckProfile;
  if (auto ResourceDir = findResourceDir(Argv[0]))
    Settings.ResourceDir = *ResourceDir;
  else
    return usageError("cannot find Clang's resource directory (the builtin "
                      "headers); set COROLINT_RESOURCE_DIR to it, e.g. the "
                      "output of 'clang++-19 -print-resource-dir'");

  ClangTidyContext Context(std::move(*Provider));
  if (!WorkerReportPath.empty()) {
    // A worker: lint the one file, hand the findings to the parent.
    RunResult Run = runChecks(Context, *Compilations, Files, BaseFS, Settings);
    if (Error E =
            writeWorkerReport(WorkerReportPath, Files.front(), Run.Errors))
      return usageError(toString(std::move(E)));
    return workerExitCode(Run);
  }
  std::vector<FailedFile> Failures;
  RunResult Run;
  // One file is linted in this process, unless something only workers do
  // was asked for.
  bool UseWorkers = Files.size() > 1 || TimeoutPerFile ||
                    Jobs.getNumOccurrences() || Verbose || !Shard.empty();
  if (UseWorkers) {
    WorkerSetup Setup = workerSetup(Argv[0], std::move(CompileArgs));
    ParallelResult Parallel = runInWorkers(Setup, Files, Context);
    Run = std::move(Parallel.Run);
    Failures = std::move(Parallel.Failures);
  } else {
    Run = runChecks(Context, *Compilations, Files, BaseFS, Settings);
  }

  // One finding per place, one edit per change, no conflicting edits: what
  // is printed, applied and exported.
  std::vector<FixConflict> Conflicts = mergeFindings(Run.Errors);
  std::string Root = sourceRoot();
  if (!BaselinePath.empty()) {
    auto Removed = applyBaseline(BaselinePath, Root, Run.Errors);
    if (!Removed)
      return usageError(toString(Removed.takeError()));
  }
  if (!WriteBaselinePath.empty())
    if (Error E = writeBaseline(WriteBaselinePath, Root, Run.Errors))
      return usageError(toString(std::move(E)));

  // As clang-tidy: fixes are not applied to code that did not compile.
  bool DisableFixes = Run.ParseFailed;
  unsigned WarningsAsErrorsCount = 0;
  if (Error E = writeFindings(Run, Context, Fix && !DisableFixes,
                              WarningsAsErrorsCount, BaseFS))
    return usageError(toString(std::move(E)));

  if (!ExportFixes.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(ExportFixes, EC, sys::fs::OF_None);
    if (EC)
      return usageError("cannot write '" + ExportFixes + "': " + EC.message());
    exportReplacements(Files.front(), Run.Errors, OS);
  }

  for (const FixConflict &Conflict : Conflicts)
    errs() << "corolint: warning: conflicting fixes in " << Conflict.File
           << (Conflict.Line ? ":" + std::to_string(Conflict.Line) : "") << ": "
           << Conflict.What << "\n";
  for (const FailedFile &Failed : Failures)
    errs() << "corolint: error: " << Failed.File << ": " << Failed.Why
           << (StringRef(Failed.Why).ends_with("\n") ? "" : "\n");
  if (!Quiet) {
    printStats(Context.getStats());
    if (DisableFixes && Fix)
      errs() << "Found compiler errors: fixes have NOT been applied.\n";
  }
  if (Run.ConfigError) {
    errs() << "corolint: error: a check's configuration is invalid (see the "
              "[clang-tidy-config] errors above)\n";
    return ExitUsage;
  }
  if (Run.ParseFailed || !Failures.empty()) {
    if (Run.ParseFailed)
      errs() << "corolint: error: some source files could not be parsed; "
                "their findings may be incomplete\n";
    return ExitParseFailure;
  }
  if (WarningsAsErrorsCount || Run.OtherError) {
    if (!Quiet && WarningsAsErrorsCount)
      errs() << WarningsAsErrorsCount << " warning"
             << (WarningsAsErrorsCount == 1 ? "" : "s") << " treated as error"
             << (WarningsAsErrorsCount == 1 ? "" : "s") << "\n";
    return ExitFindingAsError;
  }
  return ExitClean;
}
