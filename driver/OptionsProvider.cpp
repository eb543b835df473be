//===--- OptionsProvider.cpp - Options as clang-tidy users expect them ----===//

#include "OptionsProvider.h"
#include "analysis/ProjectCode.h"
#include "knowledge/KnowledgeOption.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

using namespace clang::tidy;

namespace corolint {

namespace {

/// Adds the --knowledge files after whatever KnowledgeFiles the config
/// files give, global or local to a check, as the last (strongest) source of
/// options, so that every check sees the config's files and then the flags'.
class KnowledgeFilesProvider : public ClangTidyOptionsProvider {
public:
  KnowledgeFilesProvider(std::unique_ptr<ClangTidyOptionsProvider> Inner,
                         std::vector<std::string> Files)
      : Inner(std::move(Inner)), Files(std::move(Files)) {}

  const ClangTidyGlobalOptions &getGlobalOptions() override {
    return Inner->getGlobalOptions();
  }

  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    std::vector<OptionsSource> Sources = Inner->getRawOptions(FileName);
    // Later sources win, as when clang-tidy merges them.
    llvm::StringMap<std::string> Latest;
    Latest[KnowledgeFilesOption] = "";
    for (const OptionsSource &Source : Sources)
      for (const auto &Option : Source.first.CheckOptions)
        if (isKnowledgeFilesKey(Option.getKey()))
          Latest[Option.getKey()] = Option.getValue().Value;
    ClangTidyOptions Knowledge;
    for (const auto &Option : Latest) {
      std::vector<std::string> All = splitKnowledgeFiles(Option.getValue());
      All.insert(All.end(), Files.begin(), Files.end());
      Knowledge.CheckOptions[Option.getKey()] =
          ClangTidyOptions::ClangTidyValue(joinKnowledgeFiles(All));
    }
    Sources.emplace_back(std::move(Knowledge),
                         "command-line option '--knowledge'");
    return Sources;
  }

private:
  std::unique_ptr<ClangTidyOptionsProvider> Inner;
  std::vector<std::string> Files;
};

/// Sets ThirdPartyHeaders, global and every check's own the config files
/// give, to --third-party-headers, as the last (strongest) source of options.
class ThirdPartyHeadersProvider : public ClangTidyOptionsProvider {
public:
  ThirdPartyHeadersProvider(std::unique_ptr<ClangTidyOptionsProvider> Inner,
                            std::string Pattern)
      : Inner(std::move(Inner)), Pattern(std::move(Pattern)) {}

  const ClangTidyGlobalOptions &getGlobalOptions() override {
    return Inner->getGlobalOptions();
  }

  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    std::vector<OptionsSource> Sources = Inner->getRawOptions(FileName);
    ClangTidyOptions Flag;
    Flag.CheckOptions[ThirdPartyHeadersOption] =
        ClangTidyOptions::ClangTidyValue(Pattern);
    for (const OptionsSource &Source : Sources)
      for (const auto &Option : Source.first.CheckOptions)
        if (isThirdPartyHeadersKey(Option.getKey()))
          Flag.CheckOptions[Option.getKey()] =
              ClangTidyOptions::ClangTidyValue(Pattern);
    Sources.emplace_back(std::move(Flag),
                         "command-line option '--third-party-headers'");
    return Sources;
  }

private:
  std::unique_ptr<ClangTidyOptionsProvider> Inner;
  std::string Pattern;
};

llvm::Expected<ClangTidyOptions> parseConfig(llvm::StringRef Text,
                                             llvm::StringRef Source) {
  llvm::ErrorOr<ClangTidyOptions> Parsed =
      parseConfiguration(llvm::MemoryBufferRef(Text, Source));
  if (!Parsed)
    return llvm::createStringError(
        Parsed.getError(), "invalid configuration in %s: %s",
        Source.str().c_str(), Parsed.getError().message().c_str());
  return *Parsed;
}

} // namespace

llvm::Expected<std::unique_ptr<ClangTidyOptionsProvider>>
createOptionsProvider(const CommandLineOptions &CommandLine,
                      llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS) {
  ClangTidyGlobalOptions GlobalOptions;
  ClangTidyOptions DefaultOptions;
  DefaultOptions.Checks = DefaultChecks.str();
  DefaultOptions.WarningsAsErrors = "";
  DefaultOptions.HeaderFilterRegex = "";
  DefaultOptions.SystemHeaders = false;
  DefaultOptions.User = llvm::sys::Process::GetEnv("USER");

  ClangTidyOptions OverrideOptions;
  OverrideOptions.Checks = CommandLine.Checks;
  OverrideOptions.WarningsAsErrors = CommandLine.WarningsAsErrors;
  OverrideOptions.HeaderFilterRegex = CommandLine.HeaderFilter;
  OverrideOptions.SystemHeaders = CommandLine.SystemHeaders;
  OverrideOptions.UseColor = CommandLine.UseColor;

  std::unique_ptr<ClangTidyOptionsProvider> Provider;
  std::string ConfigText = CommandLine.Config;
  std::string ConfigSource = "<command-line-config>";
  if (ConfigText.empty() && !CommandLine.ConfigFile.empty()) {
    auto Buffer = llvm::MemoryBuffer::getFile(CommandLine.ConfigFile);
    if (!Buffer)
      return llvm::createStringError(
          Buffer.getError(), "cannot read config file '%s': %s",
          CommandLine.ConfigFile.c_str(), Buffer.getError().message().c_str());
    ConfigText = (*Buffer)->getBuffer().str();
    ConfigSource = CommandLine.ConfigFile;
  }
  if (!ConfigText.empty()) {
    auto Config = parseConfig(ConfigText, ConfigSource);
    if (!Config)
      return Config.takeError();
    Provider = std::make_unique<ConfigOptionsProvider>(
        GlobalOptions, ClangTidyOptions::getDefaults().merge(DefaultOptions, 0),
        std::move(*Config), std::move(OverrideOptions), std::move(FS));
  } else {
    Provider = std::make_unique<FileOptionsProvider>(
        GlobalOptions, std::move(DefaultOptions), std::move(OverrideOptions),
        std::move(FS));
  }
  if (!CommandLine.KnowledgeFiles.empty())
    Provider = std::make_unique<KnowledgeFilesProvider>(
        std::move(Provider), CommandLine.KnowledgeFiles);
  if (CommandLine.ThirdPartyHeaders)
    Provider = std::make_unique<ThirdPartyHeadersProvider>(
        std::move(Provider), *CommandLine.ThirdPartyHeaders);
  return std::move(Provider);
}

llvm::Error validateThirdPartyHeadersOptions(ClangTidyOptionsProvider &Provider,
                                             llvm::StringRef File) {
  for (const auto &[Options, Source] : Provider.getRawOptions(File))
    for (const auto &Option : Options.CheckOptions)
      if (isThirdPartyHeadersKey(Option.getKey()))
        if (llvm::Error Invalid =
                validateThirdPartyHeaders(Option.getValue().Value))
          return llvm::createStringError(
              llvm::inconvertibleErrorCode(), "%s (option '%s', set in %s)",
              llvm::toString(std::move(Invalid)).c_str(),
              Option.getKey().str().c_str(), Source.c_str());
  return llvm::Error::success();
}

llvm::Error validateConfigFiles(llvm::ArrayRef<std::string> Files,
                                llvm::vfs::FileSystem &FS) {
  llvm::StringSet<> Visited;
  for (const std::string &File : Files) {
    llvm::SmallString<256> Directory(File);
    if (FS.makeAbsolute(Directory))
      continue;
    llvm::sys::path::remove_dots(Directory, /*remove_dot_dot=*/true);
    llvm::sys::path::remove_filename(Directory);
    for (; !Directory.empty();
         Directory = llvm::sys::path::parent_path(Directory)) {
      if (!Visited.insert(Directory).second)
        break; // Seen from another file, with everything above it.
      llvm::SmallString<256> Config(Directory);
      llvm::sys::path::append(Config, ".clang-tidy");
      auto Buffer = FS.getBufferForFile(Config);
      if (!Buffer)
        continue;
      auto Parsed = parseConfig((*Buffer)->getBuffer(), Config);
      if (!Parsed)
        return Parsed.takeError();
      if (!Parsed->InheritParentConfig.value_or(false))
        break;
    }
  }
  return llvm::Error::success();
}

} // namespace corolint
