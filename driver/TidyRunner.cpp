//===--- TidyRunner.cpp - Running the checks over translation units -------===//
//
// The steps are clang::tidy::runClangTidy's (ClangTidy.cpp in LLVM 19): the
// same argument adjusters, diagnostic consumer and AST consumer factory, so
// NOLINT, header filters and fixes behave as in clang-tidy.
//
//===----------------------------------------------------------------------===//

#include "TidyRunner.h"
#include "DiagnosticPaths.h"
#include "NolintBlocks.h"
#include "UnusedNolint.h"
#include "analysis/ProjectCode.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/GlobList.h"
#include "compat/TidyCompat.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include <map>

using namespace clang;
using namespace clang::tidy;
using namespace clang::tooling;

namespace corolint {

namespace {

/// Forwards everything to clang-tidy's consumer, and tells the parser to skip
/// the bodies of functions declared outside the project's code: in system
/// headers and in third-party headers (isProjectLocation, which the checks
/// registered ThirdPartyHeaders for when clang-tidy's consumer was made).
/// Sema itself keeps the bodies it needs (constexpr functions, deduced return
/// types).
class SkipSystemBodiesConsumer : public MultiplexConsumer {
public:
  SkipSystemBodiesConsumer(std::unique_ptr<ASTConsumer> Tidy,
                           const SourceManager &Sources)
      : MultiplexConsumer(one(std::move(Tidy))), Sources(Sources) {}

  bool shouldSkipFunctionBody(Decl *D) override {
    return !isProjectLocation(D->getLocation(), Sources);
  }

private:
  static std::vector<std::unique_ptr<ASTConsumer>>
  one(std::unique_ptr<ASTConsumer> Consumer) {
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::move(Consumer));
    return Consumers;
  }

  const SourceManager &Sources;
};

/// Fingerprints of the texts parsed, by file identity (device and inode), so
/// that a file named two ways is one file.
using SeenContents = std::map<llvm::sys::fs::UniqueID, ContentFingerprint>;

class TidyAction : public ASTFrontendAction {
public:
  TidyAction(ClangTidyASTConsumerFactory &Factory, bool SkipSystemBodies,
             SeenContents &Seen, ParsedContents *ReadFiles)
      : Factory(Factory), SkipSystemBodies(SkipSystemBodies), Seen(Seen),
        ReadFiles(ReadFiles) {}

  /// Fingerprints every file this translation unit read: a few milliseconds
  /// for the whole standard library, and fixes need only the ones they edit.
  /// The result cache needs them all, by path.
  void EndSourceFileAction() override {
    const SourceManager &Sources = getCompilerInstance().getSourceManager();
    for (const auto &[File, Content] :
         llvm::make_range(Sources.fileinfo_begin(), Sources.fileinfo_end()))
      if (auto Buffer = Content->getBufferIfLoaded()) {
        ContentFingerprint Print = ContentFingerprint::of(Buffer->getBuffer());
        recordParsed(Seen, File.getUniqueID(), Print);
        if (ReadFiles)
          recordParsed(*ReadFiles, absolutePath(Sources, File), Print);
      }
  }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &Compiler,
                                                 StringRef File) override {
    std::unique_ptr<ASTConsumer> Tidy =
        Factory.createASTConsumer(Compiler, File);
    if (!SkipSystemBodies)
      return Tidy;
    return std::make_unique<SkipSystemBodiesConsumer>(
        std::move(Tidy), Compiler.getSourceManager());
  }

private:
  /// Where \p File is, absolute: as the system found it when it was opened,
  /// else its name made absolute against the compile command's directory.
  static std::string absolutePath(const SourceManager &Sources,
                                  FileEntryRef File) {
    llvm::StringRef Real = File.getFileEntry().tryGetRealPathName();
    if (!Real.empty())
      return Real.str();
    llvm::SmallString<256> Path(File.getName());
    Sources.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    return std::string(Path);
  }

  ClangTidyASTConsumerFactory &Factory;
  bool SkipSystemBodies;
  SeenContents &Seen;
  ParsedContents *ReadFiles;
};

class TidyActionFactory : public FrontendActionFactory {
public:
  TidyActionFactory(ClangTidyContext &Context,
                    IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
                    bool SkipSystemBodies, bool Quiet, bool RecordReadFiles)
      : ConsumerFactory(Context, std::move(BaseFS)),
        SkipSystemBodies(SkipSystemBodies), Quiet(Quiet),
        RecordReadFiles(RecordReadFiles) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<TidyAction>(ConsumerFactory, SkipSystemBodies, Seen,
                                        RecordReadFiles ? &ReadFiles : nullptr);
  }

  SeenContents Seen;
  ParsedContents ReadFiles;

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // As clang-tidy: code may test __clang_analyzer__.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    // The consumer is shared by all files; without this, one file's errors
    // would make every later file look as if it failed to parse too.
    DiagConsumer->clear();
    Invocation->getFrontendOpts().SkipFunctionBodies = SkipSystemBodies;
    // The compiler's "N warnings generated." is printed only with carets on;
    // the findings themselves are printed by clang-tidy's reporter.
    if (Quiet)
      Invocation->getDiagnosticOpts().ShowCarets = false;
    return FrontendActionFactory::runInvocation(Invocation, Files,
                                                PCHContainerOps, DiagConsumer);
  }

private:
  ClangTidyASTConsumerFactory ConsumerFactory;
  bool SkipSystemBodies;
  bool Quiet;
  bool RecordReadFiles;
};

/// clang-tidy's ExtraArgs and ExtraArgsBefore options, per file.
ArgumentsAdjuster extraArgumentsFromOptions(ClangTidyContext &Context) {
  return [&Context](const CommandLineArguments &Args, StringRef Filename) {
    ClangTidyOptions Opts = Context.getOptionsForFile(Filename);
    CommandLineArguments Adjusted = Args;
    if (Opts.ExtraArgsBefore) {
      auto I = Adjusted.begin();
      if (I != Adjusted.end() && !StringRef(*I).starts_with("-"))
        ++I; // Skip the compiler's name.
      Adjusted.insert(I, Opts.ExtraArgsBefore->begin(),
                      Opts.ExtraArgsBefore->end());
    }
    if (Opts.ExtraArgs)
      Adjusted.insert(Adjusted.end(), Opts.ExtraArgs->begin(),
                      Opts.ExtraArgs->end());
    return Adjusted;
  };
}

ArgumentsAdjuster resourceDirArgument(std::string ResourceDir) {
  return [ResourceDir](const CommandLineArguments &Args, StringRef) {
    for (const std::string &Arg : Args)
      if (StringRef(Arg).starts_with("-resource-dir"))
        return Args;
    CommandLineArguments Adjusted = Args;
    Adjusted.insert(Adjusted.begin() + (Adjusted.empty() ? 0 : 1),
                    "-resource-dir=" + ResourceDir);
    return Adjusted;
  };
}

/// corolint's own argument adjusters, in the order runChecks applies them
/// (after ClangTool's).
ArgumentsAdjuster corolintAdjusters(ClangTidyContext &Context,
                                    const RunSettings &Settings) {
  ArgumentsAdjuster Adjuster = combineAdjusters(
      extraArgumentsFromOptions(Context), getStripPluginsAdjuster());
  if (!Settings.ResourceDir.empty())
    Adjuster =
        combineAdjusters(Adjuster, resourceDirArgument(Settings.ResourceDir));
  return Adjuster;
}

} // namespace

std::string adjustedCompileCommands(ClangTidyContext &Context,
                                    const CompilationDatabase &Compilations,
                                    llvm::StringRef File,
                                    const RunSettings &Settings) {
  // ClangTool looks commands up by absolute path.
  llvm::SmallString<256> Absolute(File);
  llvm::sys::fs::make_absolute(Absolute);
  ArgumentsAdjuster Adjuster = corolintAdjusters(Context, Settings);
  std::string Text;
  for (const CompileCommand &Command :
       Compilations.getCompileCommands(Absolute)) {
    Text += Command.Directory + '\0' + Command.Filename + '\0';
    for (const std::string &Arg : Adjuster(Command.CommandLine, Absolute))
      Text += Arg + '\0';
    Text += '\n';
  }
  return Text;
}

/// A compiler error for \p File when the directory of one of its compile
/// commands does not exist: clang's tool would abort the whole process
/// trying to enter it (a database made at another path, or in a container
/// that mounts the project elsewhere).
static std::optional<ClangTidyError>
missingDirectoryError(const CompilationDatabase &Compilations,
                      llvm::StringRef File) {
  for (const CompileCommand &Command : Compilations.getCompileCommands(File)) {
    if (llvm::sys::fs::is_directory(Command.Directory))
      continue;
    ClangTidyError Error("clang-diagnostic-error", ClangTidyError::Error,
                         Command.Directory, /*IsWarningAsError=*/false);
    Error.Message.Message = "cannot lint '" + File.str() +
                            "': the directory of its compile "
                            "command, '" +
                            Command.Directory +
                            "', does not exist (was the "
                            "compile database made at another path?)";
    return Error;
  }
  return std::nullopt;
}

RunResult runChecks(ClangTidyContext &Context,
                    const CompilationDatabase &Compilations,
                    llvm::ArrayRef<std::string> Files,
                    IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
                    const RunSettings &Settings) {
  std::vector<ClangTidyError> Unreachable;
  std::vector<std::string> Reachable;
  for (const std::string &File : Files) {
    if (std::optional<ClangTidyError> Error =
            missingDirectoryError(Compilations, File))
      Unreachable.push_back(std::move(*Error));
    else
      Reachable.push_back(File);
  }
  ClangTool Tool(Compilations, Reachable,
                 std::make_shared<PCHContainerOperations>(), BaseFS);
  // corolint names a file that failed itself, and a finding made an error
  // (Severity: error) is no failure to process the file.
  Tool.setPrintErrorMessage(false);
  Tool.appendArgumentsAdjuster(corolintAdjusters(Context, Settings));
  Context.setEnableProfiling(Settings.EnableCheckProfile);

  RecordingDiagnosticConsumer DiagConsumer(Context, Settings.FixesFromNotes,
                                           Settings.ReportUnusedNolint);
  compat::ContextDiagnostics Diags(Context, DiagConsumer);
  Tool.setDiagnosticConsumer(&DiagConsumer);

  TidyActionFactory Factory(Context, std::move(BaseFS),
                            Settings.SkipSystemFunctionBodies, Settings.Quiet,
                            Settings.RecordReadFiles);
  RunResult Result;
  bool ToolFailed = Tool.run(&Factory) != 0;
  Result.Errors = DiagConsumer.take();
  llvm::append_range(Result.Errors, std::move(DiagConsumer.Candidates));
  for (ClangTidyError &Error : Unreachable)
    Result.Errors.push_back(std::move(Error));
  // Unmatched NOLINT blocks of files where nothing made clang-tidy look.
  for (const std::string &File : Files) {
    llvm::SmallString<256> Absolute(File);
    llvm::sys::fs::make_absolute(Absolute);
    llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
    auto Buffer = llvm::MemoryBuffer::getFile(Absolute);
    if (!Buffer)
      continue;
    for (ClangTidyError &Error :
         unmatchedNolintBlocks(Absolute, (*Buffer)->getBuffer()))
      Result.Errors.push_back(std::move(Error));
    if (!Settings.ReportUnusedNolint)
      continue;
    ClangTidyOptions Options = Context.getOptionsForFile(Absolute);
    CachedGlobList WarningsAsErrors(Options.WarningsAsErrors.value_or(""));
    for (ClangTidyError &Error : unusedNolintComments(
             Absolute, (*Buffer)->getBuffer(), DiagConsumer.Recorded,
             compat::enabledCheckNames(Options))) {
      // As clang-tidy marks the findings its consumer sees.
      Error.IsWarningAsError = WarningsAsErrors.contains(Error.DiagnosticName);
      Result.Errors.push_back(std::move(Error));
    }
  }
  for (const ClangTidyError &Error : Result.Errors)
    for (const std::string &File : fixedFiles(Error)) {
      llvm::sys::fs::UniqueID ID;
      if (llvm::sys::fs::getUniqueID(File, ID))
        continue; // Gone already: --fix says so.
      auto It = Factory.Seen.find(ID);
      if (It != Factory.Seen.end())
        recordParsed(Result.Parsed, File, It->second);
    }
  bool AnyError = false;
  for (const ClangTidyError &Error : Result.Errors) {
    if (Error.DiagLevel != ClangTidyError::Error || Error.IsWarningAsError)
      continue;
    AnyError = true;
    StringRef Name = Error.DiagnosticName;
    if (Name.starts_with("clang-diagnostic-"))
      Result.ParseFailed = true;
    else if (Name == "clang-tidy-config")
      Result.ConfigError = true;
    else
      Result.OtherError = true;
  }
  // clang counts clang-tidy's own errors (an unmatched NOLINTBEGIN) as
  // errors of the file; they do not mean it did not parse. A failure with
  // no error at all does (a crash of the front end).
  Result.ParseFailed |= ToolFailed && !AnyError;
  Result.Stats = Context.getStats();
  Result.ReadFiles = std::move(Factory.ReadFiles);
  return Result;
}

void addStats(ClangTidyStats &Into, const ClangTidyStats &From) {
  Into.ErrorsDisplayed += From.ErrorsDisplayed;
  Into.ErrorsIgnoredCheckFilter += From.ErrorsIgnoredCheckFilter;
  Into.ErrorsIgnoredNOLINT += From.ErrorsIgnoredNOLINT;
  Into.ErrorsIgnoredNonUserCode += From.ErrorsIgnoredNonUserCode;
  Into.ErrorsIgnoredLineFilter += From.ErrorsIgnoredLineFilter;
}

std::vector<std::string> fixedFiles(const ClangTidyError &Error) {
  std::vector<std::string> Files;
  auto Add = [&](const tooling::DiagnosticMessage &Message) {
    for (const auto &Entry : Message.Fix)
      Files.push_back(
          absoluteDiagnosticPath(Entry.first(), Error.BuildDirectory));
  };
  Add(Error.Message);
  for (const tooling::DiagnosticMessage &Note : Error.Notes)
    Add(Note);
  return Files;
}

void dropFixes(std::vector<ClangTidyError> &Errors) {
  for (ClangTidyError &Error : Errors) {
    Error.Message.Fix.clear();
    for (tooling::DiagnosticMessage &Note : Error.Notes)
      Note.Fix.clear();
  }
}

} // namespace corolint
