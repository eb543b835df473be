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
#include "CheckCatalog.h"
#include "CheckProfile.h"
#include "CompilationDatabase.h"
#include "ConfigIntrospection.h"
#include "CrossFileLink.h"
#include "DiagnosticPaths.h"
#include "ExitCodes.h"
#include "FixApplier.h"
#include "FixItDisplay.h"
#include "FixMerging.h"
#include "LineFilter.h"
#include "OptionsProvider.h"
#include "OutputFiles.h"
#include "ParallelRun.h"
#include "Reports.h"
#include "ResourceDir.h"
#include "ResultCache.h"
#include "RunSummary.h"
#include "SarifMerge.h"
#include "Sharding.h"
#include "TidyRunner.h"
#include "WorkerReport.h"
#include "WorkerSignals.h"
#include "analysis/SummaryFiles.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModule.h"
#include "compat/TidyCompat.h"
#include "knowledge/EmbeddedKnowledge.h"
#include "knowledge/KnowledgeOption.h"
#include "knowledge/KnowledgeYaml.h"
#include "clang/Driver/Types.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <set>
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
are still printed); 4 a fix or an output file could not be written (the
file was left as it was). The highest that applies wins.

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
static cl::opt<std::string> ThirdPartyHeaders("third-party-headers",
                                              cl::desc(R"(
Regular expression of the paths of third-party headers
(vendored libraries under -I paths), treated as system
headers: their bodies are skipped, their findings not
shown (default: a path component third_party,
thirdparty, vendor, external or _deps; empty: none).
Sets the ThirdPartyHeaders option.)"),
                                              cl::value_desc("regex"),
                                              cl::cat(CoroLintCategory));
static cl::opt<bool> DumpKnowledge("dump-knowledge", cl::desc(R"(
Print the framework knowledge in effect and exit.)"),
                                   cl::cat(CoroLintCategory));
static cl::opt<bool> ListChecks("list-checks", cl::desc(R"(
List the enabled checks, each with what it finds and
its page, and exit.)"),
                                cl::cat(CoroLintCategory));
static cl::opt<bool> DumpConfig("dump-config", cl::desc(R"(
Print the configuration in effect (for the first file,
or the current directory), every option of every
enabled check with its value, and exit.)"),
                                cl::cat(CoroLintCategory));
static cl::opt<bool> VerifyConfig("verify-config", cl::desc(R"(
Check the configuration and exit: check names that
match no check, unknown options and values a check does
not take, each with where it was set (exit 2).)"),
                                  cl::cat(CoroLintCategory));
static cl::opt<bool> ExplainConfig("explain-config", cl::desc(R"(
Print where each enabled check and each option was
set, and exit.)"),
                                   cl::cat(CoroLintCategory));
static cl::opt<std::string> Explain("explain", cl::desc(R"(
Print the page of a check (what it finds, why, examples,
options) and exit: --explain coro-blocking-call.)"),
                                    cl::value_desc("check"),
                                    cl::cat(CoroLintCategory));
static cl::opt<bool> Fix("fix", cl::desc(R"(
Apply the suggested fixes in place. Files with
compiler errors are not fixed (see --fix-errors);
a file changed since it was parsed is skipped.)"),
                         cl::cat(CoroLintCategory));
static cl::opt<bool> FixErrors("fix-errors", cl::desc(R"(
Apply fixes even to files with compiler errors
(implies --fix).)"),
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
static cl::opt<bool> CrossFile("cross-file", cl::init(true), cl::desc(R"(
Over several files, follow calls into functions that
another file of the run defines: a coroutine calling a
helper in another .cpp that blocks, runs an event loop
or does CPU-heavy work is reported at its call, with a
note per hop (the default; --cross-file=false turns it
off). See docs/architecture.md, "Across files".)"),
                               cl::cat(CoroLintCategory));
static cl::opt<std::string> ExportSummaries("export-summaries", cl::desc(R"(
Write the linked summaries of the run's files to this
file, for the SummaryFiles check option: the plugin
and single-file runs then follow calls into them.)"),
                                            cl::value_desc("file.json"),
                                            cl::cat(CoroLintCategory));
static cl::opt<bool> EnableCheckProfile("enable-check-profile", cl::desc(R"(
Print the time each check took. The checks that read the one shared walk of
the code are timed together, as corolint-shared-walks.)"),
                                        cl::cat(CoroLintCategory));
static cl::opt<std::string> LineFilterJson("line-filter", cl::desc(R"(
Report only findings on these lines, in clang-tidy's
JSON: [{"name":"src/x.cpp","lines":[[10,20]]},
{"name":"y.h"}] (a file without lines: all of it). A
finding counts when it or one of its notes is there.)"),
                                           cl::value_desc("json"),
                                           cl::cat(CoroLintCategory));
static cl::opt<std::string> DiffRef("diff", cl::desc(R"(
Lint the files of the database that 'git diff <ref>'
changes, and report only findings on the lines it adds
or changes (or whose notes are): --diff=origin/main, or
--diff=origin/main... from the merge base.)"),
                                    cl::value_desc("git ref"),
                                    cl::cat(CoroLintCategory));
static cl::opt<bool> ReportUnusedNolint("report-unused-nolint", cl::desc(R"(
Report NOLINT comments that name a corolint check which
finds nothing where they reach (corolint-unused-nolint
warnings), and --baseline entries that match no
finding.)"),
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
every file is in exactly one part, chosen by a hash
of its path relative to --source-root, so adding a
file moves no other (--shard=2/4).)"),
                                  cl::value_desc("K/N"),
                                  cl::cat(CoroLintCategory));
static cl::opt<ReportFormat>
    Format("format", cl::desc("How to write the findings:"),
           cl::values(clEnumValN(ReportFormat::Clang, "clang",
                                 "as clang-tidy does (the default)"),
                      clEnumValN(ReportFormat::Sarif, "sarif",
                                 "SARIF 2.1.0, for code scanning"),
                      clEnumValN(ReportFormat::Json, "json",
                                 "a JSON object (docs/ci/README.md)"),
                      clEnumValN(ReportFormat::GitHub, "github",
                                 "GitHub Actions workflow annotations"),
                      clEnumValN(ReportFormat::CodeClimate, "codeclimate",
                                 "Code Climate JSON, for GitLab Code Quality")),
           cl::init(ReportFormat::Clang), cl::cat(CoroLintCategory));
static cl::opt<std::string> OutputPath("output", cl::desc(R"(
Write the findings to this file instead of stdout
(replaced whole, once complete; a symlink's target
is replaced, a device or FIFO written to; '-' is
stdout).)"),
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
static cl::opt<std::string> CacheDir("cache-dir", cl::desc(R"(
Keep each file's report in this directory (created if
missing) and take it from there while nothing the file's
findings depend on changed: its compile command, the
files it includes and itself, the configuration, the
knowledge and corolint's version. For CI caches.)"),
                                     cl::value_desc("dir"),
                                     cl::cat(CoroLintCategory));
static cl::opt<bool> MergeSarif("merge-sarif", cl::desc(R"(
Merge the SARIF reports named as inputs (those of a
sharded run) into one, written to --output or stdout,
and exit: one run, rules united, a finding two shards
report kept once.)"),
                                cl::cat(CoroLintCategory));
// How the parent process hands one file to a worker (ParallelRun.h): the
// descriptor the report goes to, and the parent the worker dies with.
static cl::opt<int> WorkerReportFD("worker-report-fd", cl::Hidden, cl::init(-1),
                                   cl::cat(CoroLintCategory));
static cl::opt<int> WorkerParent("worker-parent", cl::Hidden, cl::init(0),
                                 cl::cat(CoroLintCategory));
// Whether a worker exports its file's summaries and reports candidates
// (CrossFileLink.h).
static cl::opt<bool> WorkerCrossFile("worker-cross-file", cl::Hidden,
                                     cl::cat(CoroLintCategory));
// Where a worker lists the files its parse read, for the result cache.
static cl::opt<int> WorkerReadFilesFD("worker-read-files-fd", cl::Hidden,
                                      cl::init(-1), cl::cat(CoroLintCategory));
// Where a worker stores its check profile for the parent (CheckProfile.h).
static cl::opt<std::string> WorkerProfileDir("worker-profile-dir", cl::Hidden,
                                             cl::cat(CoroLintCategory));

static void printVersion(raw_ostream &OS) {
  OS << "corolint version " << COROLINT_VERSION << " (LLVM "
     << LLVM_VERSION_STRING << ")\n";
}

/// --color=auto|always|never. LLVM's own libraries register a `--color`
/// option (a boolean, for their diagnostics), so corolint takes its flag out
/// of the command line before llvm::cl parses it.
enum class ColorMode { Unset, Auto, Always, Never };
static ColorMode Color = ColorMode::Unset;

/// Removes every --color flag before `--` from \p Args, remembering the last.
static Error takeColorFlag(SmallVectorImpl<const char *> &Args) {
  for (size_t Index = 1; Index < Args.size();) {
    StringRef Arg = Args[Index];
    if (Arg == "--")
      break;
    StringRef Flag = Arg;
    if (!Flag.consume_front("--") && !Flag.consume_front("-")) {
      ++Index;
      continue;
    }
    auto [Name, Value] = Flag.split('=');
    if (Name != "color") {
      ++Index;
      continue;
    }
    if (!Flag.contains('='))
      Color = ColorMode::Always; // A bare --color, as in LLVM's tools.
    else if (Value == "auto")
      Color = ColorMode::Auto;
    else if (Value == "always")
      Color = ColorMode::Always;
    else if (Value == "never")
      Color = ColorMode::Never;
    else
      return createStringError(inconvertibleErrorCode(),
                               "--color='" + Value +
                                   "' is not auto, always or never");
    Args.erase(Args.begin() + Index);
  }
  return Error::success();
}

/// --color and NO_COLOR (https://no-color.org): an explicit --color wins, a
/// non-empty NO_COLOR turns colours off, otherwise the config's UseColor or,
/// without one, whether stdout is a terminal when the findings are printed.
static std::optional<bool> useColor() {
  if (Color == ColorMode::Always || Color == ColorMode::Never)
    return Color == ColorMode::Always;
  if (const char *NoColor = std::getenv("NO_COLOR"); NoColor && *NoColor)
    return false;
  if (Color == ColorMode::Auto) // --color=auto overrides the config.
    return (OutputPath.empty() || OutputPath == "-") &&
           sys::Process::StandardOutHasColors();
  return std::nullopt;
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
  Options.UseColor = useColor();
  Options.Config = Config;
  Options.ConfigFile = ConfigFile;
  for (const std::string &File : Knowledge) {
    SmallString<256> Absolute(File);
    sys::fs::make_absolute(Absolute);
    Options.KnowledgeFiles.push_back(std::string(Absolute));
  }
  if (Given(ThirdPartyHeaders))
    Options.ThirdPartyHeaders = ThirdPartyHeaders;
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

/// What a worker hands the parent of its run.
static WorkerReport workerReportOf(const RunResult &Run) {
  WorkerReport Report;
  Report.Errors = Run.Errors;
  Report.Parsed = Run.Parsed;
  Report.Stats = Run.Stats;
  if (!Run.CrossFileFacts.empty())
    Report.CrossFileFacts = Run.CrossFileFacts.front();
  return Report;
}

/// The key of \p File's entry in the result cache (ResultCache.h):
/// everything that decides its report before it is parsed. The files it
/// reads are the entry's to check.
static CacheKey resultCacheKey(StringRef File, ClangTidyContext &Context,
                               const tooling::CompilationDatabase &Compilations,
                               const RunSettings &Settings) {
  CacheKeyBuilder Key;
  SmallString<256> Absolute(File);
  sys::fs::make_absolute(Absolute);
  sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  Key.add(Absolute);
  Key.add(adjustedCompileCommands(Context, Compilations, File, Settings));
  ClangTidyOptions Options = Context.getOptionsForFile(File);
  Options.UseColor.reset(); // Colours are the parent's, at printing.
  Key.add(configurationAsText(Options));
  // Knowledge: the embedded files (hashed once), and the others by content,
  // wherever an option names them.
  static const std::string Embedded = [] {
    CacheKeyBuilder Files;
    for (const EmbeddedFile &File : embeddedKnowledgeFiles())
      Files.add(File.Name).add(File.Text);
    return Files.key().hex();
  }();
  Key.add(Embedded);
  for (const auto &Option : Options.CheckOptions) {
    if (!isKnowledgeFilesKey(Option.getKey()))
      continue;
    for (const std::string &Path :
         splitKnowledgeFiles(Option.getValue().Value)) {
      Key.add(Path);
      auto Text = MemoryBuffer::getFile(Path);
      Key.add(Text ? (*Text)->getBuffer() : StringRef("\0missing", 8));
    }
  }
  // Summaries read back: theirs and their files' content decide findings.
  for (const auto &Option : Options.CheckOptions)
    if (isSummaryFilesKey(Option.getKey()))
      Key.add(summaryFilesFingerprint(Option.getValue().Value));
  Key.add(Settings.ExportsCrossFile);
  Key.add(Settings.SkipSystemFunctionBodies);
  Key.add(Settings.ReportUnusedNolint);
  Key.add(Settings.FixesFromNotes);
  return Key.key();
}

/// The single file \p File's run, from the result cache; nothing on a miss.
static std::optional<RunResult>
cachedRun(ResultCache &Cache, StringRef File, ClangTidyContext &Context,
          const tooling::CompilationDatabase &Compilations,
          const RunSettings &Settings) {
  ResultCache::Lookup Found =
      Cache.lookup(resultCacheKey(File, Context, Compilations, Settings));
  if (!Found.Hit)
    return std::nullopt;
  auto Report = parseWorkerReport(Found.Hit->Report);
  if (!Report) {
    consumeError(Report.takeError());
    return std::nullopt;
  }
  RunResult Run;
  addWorkerReport(Run, std::move(*Report), Found.Hit->ExitCode, File,
                  FixErrors);
  return Run;
}

/// How the parent runs a worker: this executable with the options that
/// decide what a file's findings are. Output, fixing, progress and sharding
/// stay with the parent.
static WorkerSetup workerSetup(const char *Argv0,
                               std::optional<std::vector<std::string>> Compile,
                               const ProfileDirectory *Profiles) {
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
  if (ReportUnusedNolint)
    Setup.Options.push_back("--report-unused-nolint");
  if (!Config.empty())
    Add("config", Config);
  if (!ConfigFile.empty())
    Add("config-file", ConfigFile);
  for (const std::string &File : commandLineOptions().KnowledgeFiles)
    Add("knowledge", File); // Absolute already.
  if (ThirdPartyHeaders.getNumOccurrences())
    Add("third-party-headers", ThirdPartyHeaders);
  for (const std::string &Arg : ExtraArgs)
    Add("extra-arg", Arg);
  for (const std::string &Arg : ExtraArgsBefore)
    Add("extra-arg-before", Arg);
  Add("skip-system-function-bodies",
      SkipSystemFunctionBodies ? "true" : "false");
  if (CrossFile)
    Setup.Options.push_back("--worker-cross-file"); // Linked after the run.
  if (Profiles) {
    Setup.Options.push_back("--enable-check-profile");
    Add("worker-profile-dir", Profiles->path());
  }
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

/// Prints the findings in the format asked for, where asked: clang-tidy's
/// handleErrors prints to stdout, so when the findings go to a file or in
/// another format its printing is sent there or discarded. Fixes are made
/// apart, by applyFixes.
static Error writeFindings(const RunResult &Run, ClangTidyContext &Context,
                           unsigned &WarningsAsErrorsCount,
                           IntrusiveRefCntPtr<vfs::FileSystem> BaseFS) {
  std::unique_ptr<PendingFile> Output;
  if (!OutputPath.empty() && OutputPath != "-") {
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
      Discard = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
      Redirect.emplace(Discard);
    }
    std::vector<ClangTidyError> Printed = forPrinting(Run.Errors);
    handleErrors(Printed, Context, FB_NoFix, WarningsAsErrorsCount, BaseFS);
    if (Redirect)
      if (std::error_code EC = Redirect->restore(); EC && Discard < 0)
        Output->failed(EC);
    if (Discard >= 0)
      ::close(Discard);
  }
  if (Format != ReportFormat::Clang) {
    ReportSettings Settings;
    Settings.ToolVersion = COROLINT_VERSION;
    Settings.SourceRoot = sourceRoot();
    std::string Text;
    raw_string_ostream OS(Text);
    // Findings promoted by --warnings-as-errors are errors in every format
    // (clang-tidy promotes them only as it prints its text). Its consumer
    // marked each with its own file's options.
    std::vector<ClangTidyError> Findings = Run.Errors;
    for (ClangTidyError &Finding : Findings)
      if (Finding.IsWarningAsError)
        Finding.DiagLevel = ClangTidyError::Error;
    writeReport(Format, Findings, Settings, OS);
    OS.flush();
    if (!Output)
      outs() << Text;
    else if (Error E = Output->write(Text))
      return E;
  }
  return Output ? Output->commit() : Error::success();
}

/// A file corolint could not write: the message, and the code that says so.
static int writeError(Error E) {
  errs() << "corolint: error: " << toString(std::move(E)) << "\n";
  return ExitWriteFailure;
}

/// With no file to lint (an empty shard, a diff that changes none): the
/// report still exists, with no findings, so that CI steps that read it (a
/// SARIF upload, a merge) find one.
static int reportNoFiles() {
  std::string Text;
  raw_string_ostream OS(Text);
  ReportSettings Settings;
  Settings.ToolVersion = COROLINT_VERSION;
  Settings.SourceRoot = sourceRoot();
  writeReport(Format, {}, Settings, OS);
  OS.flush();
  if (!OutputPath.empty() && OutputPath != "-") {
    if (Error E = writeWholeFile(OutputPath, Text))
      return writeError(std::move(E));
  } else {
    outs() << Text;
  }
  return ExitClean;
}

/// Writes the fixes for clang-apply-replacements, whole or not at all.
static Error exportFixes(StringRef Path, StringRef MainFile,
                         const std::vector<ClangTidyError> &Errors) {
  std::string Text;
  raw_string_ostream OS(Text);
  exportReplacements(MainFile, Errors, OS);
  OS.flush();
  return writeWholeFile(Path, Text);
}

/// --explain <check>: the check's page.
static int explainCheck(StringRef Check) {
  if (std::optional<StringRef> Page = checkPage(Check)) {
    outs() << *Page;
    return ExitClean;
  }
  std::vector<std::string> Known;
  for (StringRef Id : checksWithPages())
    Known.push_back(Id.str());
  std::optional<std::string> Closest = closestName(Check, Known);
  return usageError("no check is named '" + Check + "'" +
                    (Closest ? "; did you mean '" + *Closest + "'?"
                             : std::string(" (see --list-checks)")));
}

/// --merge-sarif: the input files are SARIF reports, merged into one.
static int mergeSarifReports() {
  if (SourcePaths.empty())
    return usageError("--merge-sarif needs the SARIF files to merge "
                      "(corolint --merge-sarif a.sarif b.sarif --output "
                      "all.sarif)");
  std::vector<std::string> Inputs(SourcePaths.begin(), SourcePaths.end());
  auto Merged = mergeSarifFiles(Inputs);
  if (!Merged)
    return usageError(toString(Merged.takeError()));
  if (OutputPath.empty() || OutputPath == "-") {
    outs() << *Merged;
    outs().flush();
    if (outs().has_error()) {
      outs().clear_error();
      return writeError(createStringError(inconvertibleErrorCode(),
                                          "cannot write the standard output"));
    }
    return ExitClean;
  }
  if (Error E = writeWholeFile(OutputPath, *Merged))
    return writeError(std::move(E));
  return ExitClean;
}

/// Whether \p File is C++ (or a header, or of a kind clang does not know):
/// a database may list C, assembly or Objective-C files too, which corolint
/// has nothing to say about. A `-x` in the compile command decides first.
static bool isCxxInput(StringRef File,
                       const tooling::CompilationDatabase &Compilations,
                       std::string &Language) {
  namespace types = clang::driver::types;
  types::ID Type = types::TY_INVALID;
  for (const tooling::CompileCommand &Command :
       Compilations.getCompileCommands(File))
    for (size_t Index = 0; Index < Command.CommandLine.size(); ++Index) {
      StringRef Arg = Command.CommandLine[Index];
      StringRef Name;
      if (Arg == "-x" && Index + 1 < Command.CommandLine.size())
        Name = Command.CommandLine[Index + 1];
      else if (Arg.starts_with("-x") && Arg.size() > 2)
        Name = Arg.drop_front(2);
      if (!Name.empty())
        Type = types::lookupTypeForTypeSpecifier(Name.str().c_str());
    }
  if (Type == types::TY_INVALID)
    Type =
        types::lookupTypeForExtension(sys::path::extension(File).drop_front());
  if (Type == types::TY_INVALID)
    return true;
  Language = types::getTypeName(Type);
  return types::isCXX(Type) || types::onlyPrecompileType(Type);
}

/// Takes the configuration diagnostics (a check option with a value it does
/// not accept) out of \p Errors and prints each once, naming where the
/// option was set. Whether there were any.
static bool reportConfigErrors(std::vector<ClangTidyError> &Errors,
                               ClangTidyOptionsProvider &Provider,
                               StringRef File) {
  std::set<std::string> Seen;
  for (const ClangTidyError &Error : Errors) {
    if (Error.DiagnosticName != "clang-tidy-config" ||
        !Seen.insert(Error.Message.Message).second)
      continue;
    errs() << "corolint: error: "
           << withOptionSource(Error.Message.Message, Provider, File) << "\n";
  }
  llvm::erase_if(Errors, [](const ClangTidyError &Error) {
    return Error.DiagnosticName == "clang-tidy-config";
  });
  return !Seen.empty();
}

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  // Past a file-size limit (ulimit -f) a write fails with EFBIG, which
  // corolint reports and survives, instead of the default SIGXFSZ killing it
  // half-way through writing (InitLLVM treats SIGXFSZ as a crash).
  ::signal(SIGXFSZ, SIG_IGN);
  cl::SetVersionPrinter(printVersion);
  SmallVector<const char *> Args(Argv, Argv + Argc);
  if (Error E = takeColorFlag(Args))
    return usageError(toString(std::move(E)));
  Argc = Args.size();
  Argv = Args.data();
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

  if (MergeSarif)
    return mergeSarifReports();
  if (!Explain.empty())
    return explainCheck(Explain);

  if (!BaselinePath.empty() && sameFile(BaselinePath, WriteBaselinePath))
    return usageError("--baseline and --write-baseline name the same file '" +
                      BaselinePath +
                      "': the findings it hides would be dropped from it; "
                      "write the new baseline to another file");

  if (!ExportSummaries.empty() && !CrossFile)
    return usageError("--export-summaries needs the cross-file analysis that "
                      "--cross-file=false turns off");

  if (!Config.empty() && !ConfigFile.empty())
    return usageError("--config and --config-file cannot both be given: "
                      "clang-tidy would silently use only --config");

  if (!LineFilterJson.empty() && !DiffRef.empty())
    return usageError("--line-filter and --diff cannot both be given");
  std::optional<LineFilter> ChangedLines;
  if (!LineFilterJson.empty() || !DiffRef.empty()) {
    auto Filter = DiffRef.empty() ? LineFilter::fromJson(LineFilterJson)
                                  : LineFilter::fromGitDiff(DiffRef);
    if (!Filter)
      return usageError(toString(Filter.takeError()));
    ChangedLines.emplace(std::move(*Filter));
  }

  auto BaseFS =
      makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  auto Provider = createOptionsProvider(commandLineOptions(), BaseFS);
  if (!Provider)
    return usageError(toString(Provider.takeError()));

  std::vector<std::string> Files(SourcePaths.begin(), SourcePaths.end());
  std::unique_ptr<tooling::CompilationDatabase> Compilations;
  // These print what the configuration says and exit: no database needed.
  bool Introspection = DumpKnowledge || ListChecks || DumpConfig ||
                       VerifyConfig || ExplainConfig;
  if (!Introspection) {
    Request.BuildPath = BuildPath;
    Request.SourceFiles = Files;
    Request.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
    Request.ExtraArgsBefore.assign(ExtraArgsBefore.begin(),
                                   ExtraArgsBefore.end());
    auto Loaded = loadCompilations(Request);
    if (!Loaded)
      return usageError(toString(Loaded.takeError()));
    Compilations = std::move(*Loaded);
    if (Files.empty()) {
      Files = Compilations->getAllFiles();
      // --diff: only the files it changes.
      if (!DiffRef.empty()) {
        std::vector<std::string> Changed = ChangedLines->files();
        llvm::erase_if(Files, [&](const std::string &File) {
          return !llvm::is_contained(Changed,
                                     absoluteDiagnosticPath(File, BuildPath));
        });
        if (Files.empty()) {
          if (!Quiet)
            errs() << "corolint: 'git diff " << DiffRef
                   << "' changes no file of the compilation database\n";
          return reportNoFiles();
        }
      }
    }
  }
  if (Config.empty() && ConfigFile.empty())
    if (Error E = validateConfigFiles(Files, *BaseFS))
      return usageError(toString(std::move(E)));
  // Options and knowledge are looked up per file, as clang-tidy does; with no
  // file, from the current directory.
  SmallString<256> ProbeFile;
  sys::fs::current_path(ProbeFile);
  sys::path::append(ProbeFile, "dummy");
  StringRef FirstFile = Files.empty() ? StringRef(ProbeFile) : Files.front();

  ClangTidyOptions FirstOptions = (*Provider)->getOptions(FirstFile);
  std::vector<std::string> EnabledChecks =
      compat::enabledCheckNames(FirstOptions);

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
    listChecks(EnabledChecks, outs());
    return ExitClean;
  }
  if (DumpConfig) {
    dumpConfig(**Provider, FirstFile, outs());
    return ExitClean;
  }
  if (ExplainConfig) {
    explainConfig(**Provider, FirstFile, EnabledChecks, outs());
    return ExitClean;
  }
  if (VerifyConfig) {
    std::vector<std::string> Problems = verifyConfig(**Provider, FirstFile);
    for (const std::string &Problem : Problems)
      errs() << "corolint: error: " << Problem << "\n";
    if (!Problems.empty())
      return ExitUsage;
    outs() << "No config errors detected.\n";
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
    Files = filesOfShard(std::move(Files), *Part, sourceRoot());
    if (Files.empty())
      return reportNoFiles(); // No file hashes to this shard.
  }
  for (const std::string &File : Files) {
    if (Error E = validateKnowledge(**Provider, File))
      return knowledgeError(std::move(E));
    if (Error E = validateThirdPartyHeadersOptions(**Provider, File))
      return usageError(toString(std::move(E)));
  }

  RunSettings Settings;
  Settings.SkipSystemFunctionBodies = SkipSystemFunctionBodies;
  Settings.EnableCheckProfile = EnableCheckProfile;
  Settings.Quiet = Quiet;
  Settings.ReportUnusedNolint = ReportUnusedNolint;
  if (auto ResourceDir = findResourceDir(Argv[0]))
    Settings.ResourceDir = *ResourceDir;
  else
    return usageError("cannot find Clang's resource directory (the builtin "
                      "headers); set COROLINT_RESOURCE_DIR to it, e.g. the "
                      "output of 'clang++-19 -print-resource-dir'");

  if (FixErrors)
    Fix = true;
  // Options are read per file, as clang-tidy does; messages about them name
  // where each was set.
  ClangTidyOptionsProvider &Options = **Provider;
  ClangTidyContext Context(std::move(*Provider));
  if (WorkerReportFD >= 0) {
    // A worker: lint the one file, hand the findings to the parent, and
    // never outlive it.
    if (WorkerParent && !dieWithParent(WorkerParent))
      return ExitUsage;
    WorkerReport Report;
    if (!WorkerProfileDir.empty())
      Context.setProfileStoragePrefix(WorkerProfileDir);
    Settings.RecordReadFiles = WorkerReadFilesFD >= 0;
    crossfile::UnitFacts Exported;
    if (WorkerCrossFile)
      crossfile::setExportTarget(&Exported);
    RunResult Run = runChecks(Context, *Compilations, Files, BaseFS, Settings);
    crossfile::setExportTarget(nullptr);
    if (WorkerCrossFile)
      Run.CrossFileFacts.push_back(crossfile::serialize(Exported));
    Report = workerReportOf(Run);
    if (std::error_code EC =
            writeAll(WorkerReportFD, serializeWorkerReport(Report)))
      return usageError("cannot hand the report to corolint: " + EC.message());
    if (WorkerReadFilesFD >= 0)
      if (std::error_code EC =
              writeAll(WorkerReadFilesFD, serializeDependencies(Run.ReadFiles)))
        return usageError("cannot hand the files read to corolint: " +
                          EC.message());
    return workerExitCode(Run);
  }

  // C, assembly and other languages a database lists are not linted.
  llvm::erase_if(Files, [&](const std::string &File) {
    std::string Language;
    if (isCxxInput(File, *Compilations, Language))
      return false;
    if (Verbose)
      errs() << "corolint: skipping '" << File << "': it is not C++ ("
             << Language << ")\n";
    return true;
  });
  if (Files.empty())
    return reportNoFiles();

  std::vector<FailedFile> Failures;
  RunResult Run;
  std::optional<ResultCache> Cache;
  if (!CacheDir.empty())
    Cache.emplace(CacheDir);
  unsigned FromCache = 0;
  // One file is linted in this process, unless something only workers do
  // was asked for.
  bool UseWorkers = Files.size() > 1 || TimeoutPerFile ||
                    Jobs.getNumOccurrences() || Verbose || !Shard.empty();
  // Files export summaries and candidates for the link after the run: over
  // several files, and for the cache and --export-summaries (a single file
  // links with itself, which settles nothing, but its entry serves both).
  Settings.ExportsCrossFile =
      CrossFile && (UseWorkers || Cache || !ExportSummaries.empty());
  if (UseWorkers) {
    // Each worker stores its check profile; the totals are printed here.
    std::optional<ProfileDirectory> Profiles;
    if (EnableCheckProfile) {
      auto Created = ProfileDirectory::create();
      if (!Created)
        return writeError(Created.takeError());
      Profiles.emplace(std::move(*Created));
    }
    WorkerSetup Setup = workerSetup(Argv[0], std::move(CompileArgs),
                                    Profiles ? &*Profiles : nullptr);
    Setup.FixFilesWithErrors = FixErrors;
    if (Cache) {
      Setup.Cache = &*Cache;
      for (const std::string &File : Files)
        Setup.CacheKeys.push_back(
            resultCacheKey(File, Context, *Compilations, Settings));
    }
    ParallelResult Parallel = runInWorkers(Setup, Files);
    FromCache = Parallel.FromCache;
    if (Profiles)
      if (Error E = Profiles->printTotals(errs()))
        errs() << "corolint: warning: " << toString(std::move(E)) << "\n";
    Run = std::move(Parallel.Run);
    Failures = std::move(Parallel.Failures);
  } else if (std::optional<RunResult> Cached =
                 Cache ? cachedRun(*Cache, Files.front(), Context,
                                   *Compilations, Settings)
                       : std::nullopt) {
    Run = std::move(*Cached);
    FromCache = 1;
  } else {
    Settings.RecordReadFiles = Cache.has_value();
    crossfile::UnitFacts Exported;
    if (Settings.ExportsCrossFile)
      crossfile::setExportTarget(&Exported);
    Run = runChecks(Context, *Compilations, Files, BaseFS, Settings);
    crossfile::setExportTarget(nullptr);
    if (Settings.ExportsCrossFile && !Run.ParseFailed)
      Run.CrossFileFacts.push_back(crossfile::serialize(Exported));
    if (Cache && isCacheableExit(workerExitCode(Run)))
      Cache->store(
          resultCacheKey(Files.front(), Context, *Compilations, Settings),
          workerExitCode(Run), serializeDependencies(Run.ReadFiles),
          serializeWorkerReport(workerReportOf(Run)));
    if (Run.ParseFailed) {
      Run.FailedFiles = Files;
      // As clang-tidy: code that did not compile is not fixed, unless
      // --fix-errors says so.
      if (!FixErrors) {
        dropFixes(Run.Errors);
        Run.Parsed.clear();
      }
    }
  }
  // The link step runs every time, whatever came from the cache.
  if (Settings.ExportsCrossFile) {
    crossfile::LinkedSummaries Linked =
        linkUnitFacts(Run.CrossFileFacts, errs());
    resolveCandidates(Run.Errors, Linked, Run.Stats);
    if (Verbose)
      reportBreaches(Linked, errs());
    if (!ExportSummaries.empty())
      if (Error E = writeWholeFile(ExportSummaries, serialize(Linked)))
        return writeError(std::move(E));
  }
  bool ConfigError =
      reportConfigErrors(Run.Errors, Options, Files.front()) || Run.ConfigError;

  // One finding per place, one edit per change, no conflicting edits: what
  // is printed, applied and exported.
  std::vector<FixConflict> Conflicts = mergeFindings(Run.Errors);
  std::string Root = sourceRoot();
  RunSummary Summary;
  if (ChangedLines) {
    size_t Before = Run.Errors.size();
    llvm::erase_if(Run.Errors, [&](const ClangTidyError &Error) {
      return !ChangedLines->selects(Error);
    });
    Summary.OutsideChangedLines = Before - Run.Errors.size();
  }
  if (!BaselinePath.empty()) {
    auto Removed = applyBaseline(BaselinePath, Root, Run.Errors);
    if (!Removed)
      return usageError(toString(Removed.takeError()));
    Summary.Baselined = Removed->Removed;
    if (ReportUnusedNolint)
      for (const FindingKey &Unused : Removed->Unused)
        errs() << "corolint: warning: " << BaselinePath << " records a "
               << Unused.Check << " finding in " << Unused.File << " ('"
               << Unused.Code
               << "') that no longer exists; --write-baseline drops it\n";
  }
  int WriteFailure = ExitClean;
  if (!WriteBaselinePath.empty())
    if (Error E = writeBaseline(WriteBaselinePath, Root, Run.Errors))
      WriteFailure = writeError(std::move(E));

  unsigned WarningsAsErrorsCount = 0;
  if (Error E = writeFindings(Run, Context, WarningsAsErrorsCount, BaseFS))
    WriteFailure = writeError(std::move(E));
  if (!ExportFixes.empty())
    if (Error E = exportFixes(ExportFixes, Files.front(), Run.Errors))
      WriteFailure = writeError(std::move(E));
  if (Fix && !ConfigError) {
    FixOutcome Fixed = applyFixes(Run.Errors, Run.Parsed, Context, {});
    for (const std::string &Skipped : Fixed.Skipped)
      errs() << "corolint: error: fixes not applied to " << Skipped << "\n";
    if (Fixed.Suggested)
      errs() << "corolint applied " << Fixed.Applied << " of "
             << Fixed.Suggested << " suggested fix"
             << (Fixed.Suggested == 1 ? "" : "es") << ".\n";
    if (Fixed.Applied < Fixed.Suggested)
      WriteFailure = ExitWriteFailure;
  }

  for (const FixConflict &Conflict : Conflicts)
    errs() << "corolint: warning: conflicting fixes in " << Conflict.File
           << (Conflict.Line ? ":" + std::to_string(Conflict.Line) : "") << ": "
           << Conflict.What << "\n";
  for (const FailedFile &Failed : Failures)
    errs() << "corolint: error: " << Failed.File << ": " << Failed.Why
           << (StringRef(Failed.Why).ends_with("\n") ? "" : "\n");
  for (const std::string &Failed : Run.FailedFiles)
    errs() << "corolint: error: " << Failed
           << ": could not be parsed; its findings may be incomplete"
           << (Fix && !FixErrors ? " and it was not fixed (--fix-errors fixes "
                                   "it anyway)"
                                 : "")
           << "\n";
  outs().flush();
  if (!Quiet) {
    Summary.FilesLinted = Files.size();
    Summary.FilesFailed = Failures.size() + Run.FailedFiles.size();
    Summary.FilesFromCache = FromCache;
    Summary.Stats = Run.Stats;
    printRunSummary(Summary, Run.Errors, errs());
  }
  if (std::error_code EC = outs().error()) {
    outs().clear_error();
    errs() << "corolint: error: cannot write the standard output: "
           << EC.message() << "\n";
    WriteFailure = ExitWriteFailure;
  }
  if (WriteFailure != ExitClean)
    return WriteFailure;
  if (ConfigError) {
    errs() << "corolint: error: a check option has a value it does not "
              "accept (see above)"
           << (Fix ? "; no fix was applied" : "") << "\n";
    return ExitUsage;
  }
  if (Run.ParseFailed || !Failures.empty())
    return ExitParseFailure;
  if (WarningsAsErrorsCount || Run.OtherError) {
    if (!Quiet && WarningsAsErrorsCount)
      errs() << WarningsAsErrorsCount << " warning"
             << (WarningsAsErrorsCount == 1 ? "" : "s") << " treated as error"
             << (WarningsAsErrorsCount == 1 ? "" : "s") << "\n";
    return ExitFindingAsError;
  }
  return ExitClean;
}
