# lit configuration for corolint's tests. Paths come from lit.site.cfg.py,
# which CMake writes into the build directory.
import os
import shutil

import lit.formats

config.name = "corolint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.corolint_binary_dir, "tests")

# FileCheck, not, split-file and the clang tools come from the LLVM corolint
# was built against (19 or 22); a test that must differ by version says so
# with the llvm-NN feature or %llvm_major.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
# Diagnostics must not depend on the terminal.
config.environment["TERM"] = "dumb"
config.environment.pop("COROLINT_RESOURCE_DIR", None)

tests_dir = config.test_source_root
asio_flags = "-std=c++20 -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE"
runner = " ".join([
    config.python, os.path.join(tests_dir, "check_coro_lint.py"),
    "--corolint=" + config.corolint,
    "--plugin=" + config.corolint_plugin,
    "--clang-tidy=" + config.clang_tidy,
    "--clangxx=" + config.clangxx,
    "--filecheck=" + config.filecheck,
])

config.substitutions.extend([
    ("%check_coro_lint", runner),
    ("%corolint", config.corolint),
    ("%clang_tidy_plugin",
     "%s --load=%s" % (config.clang_tidy, config.corolint_plugin)),
    ("%clang_tidy", config.clang_tidy),
    ("%tidy_plugin_library", config.corolint_plugin),
    ("%clangxx", config.clangxx),
    ("%apply_replacements", config.apply_replacements),
    ("%asio_flags", asio_flags),
    # A library vendored under third_party/ and included with -I.
    ("%somelib_flags", "-std=c++20 -isystem %s -I%s" % (
        os.path.join(tests_dir, "Inputs", "cppcoro"),
        os.path.join(tests_dir, "Inputs", "vendored", "third_party", "somelib",
                     "include"))),
    ("%inputs", os.path.join(tests_dir, "Inputs")),
    ("%examples", os.path.join(config.corolint_source_dir, "examples")),
    ("%source_dir", config.corolint_source_dir),
    ("%build_dir", config.corolint_binary_dir),
    ("%python", config.python),
    ("%cmake", config.cmake),
    ("%cxx_compiler", config.cxx_compiler),
    ("%llvm_major", config.llvm_major),
])
config.available_features.add("llvm-" + config.llvm_major)

# asio's own coroutine examples, from Debian's libasio-doc.
asio_examples = "/usr/share/doc/libasio-dev/examples/cpp17/coroutines_ts"
if os.path.isdir(asio_examples):
    config.available_features.add("asio-examples")
    config.substitutions.append(("%asio_examples", asio_examples))
    config.substitutions.append(
        ("%asio_all_examples", os.path.dirname(os.path.dirname(asio_examples))))

# Boost.Asio's and Beast's own coroutine examples, from Debian's libboost1.81-doc.
boost_examples = "/usr/share/doc/libboost1.81-doc/examples/libs"
if os.path.isdir(boost_examples):
    config.available_features.add("boost-examples")
    config.substitutions.append(("%boost_examples", boost_examples))

# Microsoft's SARIF multitool (scripts/install-sarif-multitool.sh puts it in
# the source tree's build/tools, which every build directory's suite uses); it
# is a .NET program, told not to need ICU.
sarif_multitool = next(
    (path for path in (
        os.path.join(directory, "tools", "node_modules", ".bin", "sarif-multitool")
        for directory in (config.corolint_binary_dir,
                          os.path.join(config.corolint_source_dir, "build")))
     if os.path.exists(path)), None)
if sarif_multitool:
    config.available_features.add("sarif-multitool")
    config.substitutions.append(("%sarif_multitool", sarif_multitool))
    config.environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1"

# Stock clang-tidy 19, which bench/compare-stock-checks.py holds corolint
# against (tests/driver/stock-comparison.test), whatever LLVM corolint uses.
if shutil.which("clang-tidy-19", path=config.environment["PATH"]):
    config.available_features.add("clang-tidy-19")

# Debian's pre-commit and git, for the test of the pre-commit hook
# (tests/driver/pre-commit.test).
if shutil.which("pre-commit") and shutil.which("git"):
    config.available_features.add("pre-commit")

# Vim with Debian's ALE (vim-ale), for the test of the editor recipes of
# docs/editors.md (tests/driver/editors-vim.test).
ale = "/usr/share/vim/vimfiles/pack/dist-bundle/opt/ale"
if shutil.which("vim") and os.path.isdir(ale):
    config.available_features.add("vim-ale")

# Full-disk tests mount a small tmpfs: only as root, and only where mounting
# is allowed (not in an unprivileged container).
def can_mount_tmpfs():
    import subprocess, tempfile
    if os.geteuid() != 0:
        return False
    with tempfile.TemporaryDirectory() as mount_point:
        try:
            mounted = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs",
                 mount_point], stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL).returncode == 0
        except OSError:  # No mount command.
            return False
        if mounted:
            subprocess.run(["umount", mount_point])
        return mounted

if can_mount_tmpfs():
    config.available_features.add("tmpfs-mount")

# A sanitizer build (-DCOROLINT_SANITIZE=address;undefined): corolint finds
# its shared sanitizer runtime itself, and the plugin gets it through a
# clang-tidy wrapper (tests/CMakeLists.txt). Leaks are not reported: Clang
# frees little on purpose.
if getattr(config, "sanitized", False):
    config.environment["ASAN_OPTIONS"] = "detect_leaks=0"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"

# The package tests (tests/package/). install.test checks the Debian package in
# clean Debian 12 roots (scripts/check_package.py): as root, with debootstrap,
# chroot, mount and lintian, and the network; it takes minutes, so
# COROLINT_SKIP_PACKAGE_TESTS=1 leaves it out. `lit --param
# other_package=/path/to/corolint-llvmNN.deb` adds the side-by-side check with
# a package of another LLVM. container-runtime: docker or podman can build
# images (docker-script.test builds one then).
def package_test_features():
    import subprocess
    features = []
    if (os.geteuid() == 0
            and "COROLINT_SKIP_PACKAGE_TESTS" not in os.environ
            and all(shutil.which(tool) for tool in
                    ("debootstrap", "chroot", "mount", "lintian"))):
        features.append("debian-root")
    for runtime in ("docker", "podman"):
        if not shutil.which(runtime):
            continue
        try:
            if subprocess.run([runtime, "info"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=60).returncode == 0:
                features.append("container-runtime")
                break
        except (OSError, subprocess.TimeoutExpired):
            pass
    return features

config.available_features.update(package_test_features())
other_package = lit_config.params.get("other_package", "")
if other_package:
    config.available_features.add("other-package")
config.substitutions.extend([
    ("%scripts", os.path.join(config.corolint_source_dir, "scripts")),
    ("%other_package", other_package),
])
