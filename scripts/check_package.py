#!/usr/bin/env python3
"""Checks corolint's Debian packages the way a user meets them: installed with
apt-get on a clean Debian 12, used on a project, removed again.

    sudo scripts/check_package.py --cache DIR [--dockerfile FILE] DEB [DEB2]

As root; needs debootstrap, chroot, mount, lintian and the network to
deb.debian.org. DIR keeps the clean Debian 12 root (DIR/base, made by
scripts/debian-root.sh and reused by later runs); each run works in a
directory of its own under DIR (job roots and an apt archive cache shared by
its scenarios), removed at the end. Every scenario runs in a fresh copy of the
root (scripts/ci_recipes.py's JobRoot):

  install DEB       apt-get install DEB alone, then what a project needs to be
                    configured (cmake, make, g++ and the example's headers);
                    corolint -p build on corolint's example project
                    (examples/) finds what tests/plugin/examples.test says and
                    exits 0; --version names the package's LLVM; the
                    `corolint` alternative and its man page; the plugin in
                    Debian's clang-tidy-NN; apt-get purge leaves nothing.
  side-by-side      (two DEBs of different LLVM) both installed: `corolint`
                    is the newer, corolint-NN each; purging the newer hands
                    `corolint` to the older; purging both leaves nothing.
  lintian DEB       on the host: fails on errors only; prints everything.
  dockerfile DEB    (--dockerfile) the Dockerfile's build emulated in a fresh
                    root (FROM debian:12 is the clean root), then its
                    ENTRYPOINT run as `docker run -v $PWD:/src -w /src image
                    -p build` would, on the example, after a derived image
                    adds the example's third-party headers.

Prints a PASS or FAIL line per scenario and exits 0 only when all passed.
Roots are torn down on every exit, SIGINT, SIGTERM and SIGHUP included.
"""

import argparse
import collections
import glob
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import types

SCRIPTS = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(SCRIPTS)
sys.path.insert(0, SCRIPTS)
try:
    import yaml  # noqa: F401 (ci_recipes reads its recipes with it)
except ModuleNotFoundError:
    # JobRoot itself needs no YAML: let ci_recipes import without PyYAML.
    sys.modules["yaml"] = types.ModuleType("yaml")
# kill_step ends a chroot'ed command's whole session.
from ci_recipes import JobRoot, kill_step as kill, teardown_all  # noqa: E402

PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
ENV = {"PATH": PATH, "HOME": "/root", "DEBIAN_FRONTEND": "noninteractive"}
# What a user adds to configure the example project with CMake and lint it:
# CMake and its default generator's make, a compiler (CMake's project() and
# find_package(Threads) compile test programs; g++ brings libstdc++-12-dev),
# and the headers the example includes.
PROJECT_PACKAGES = ["cmake", "make", "g++", "libasio-dev", "libcpp-httplib-dev"]
HEADER_PACKAGES = ["libasio-dev", "libcpp-httplib-dev"]
APT_INSTALL = ["apt-get", "install", "-y", "-q", "--no-install-recommends",
               "-o", "Dpkg::Use-Pty=0"]
COMMAND_TIMEOUT = 1800
# The debian:12 image's configuration, before the Dockerfile changes it.
DEBIAN_IMAGE = {"env": {"PATH": PATH}, "cmd": ["bash"], "entrypoint": [],
                "workdir": "/"}


class Failure(Exception):
    """A requirement of a scenario was not met."""


def log(message=""):
    print(message, flush=True)


def expected_findings():
    """The example's findings per check, as tests/plugin/examples.test lists
    them (one CHECK-DAG line per finding): one place to keep them."""
    path = os.path.join(SOURCE, "tests", "plugin", "examples.test")
    found = collections.Counter()
    with open(path) as test:
        for line in test:
            match = re.match(r"# CHECK-DAG: .* warning: .*\[(coro-[a-z-]+)\]$", line)
            if match:
                found[match.group(1)] += 1
    if not found:
        raise SystemExit("check_package: no findings listed in %s" % path)
    return found


def counts(counter):
    return ", ".join("%d %s" % (n, name) for name, n in sorted(counter.items()))


class Package:
    """A .deb: its name, LLVM version and the paths it installs."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.file = os.path.basename(path)
        if not os.path.isfile(self.path):
            raise SystemExit("check_package: no such package: %s" % path)
        fields = subprocess.run(
            ["dpkg-deb", "--show", "--showformat=${Package}\\n${Version}\\n",
             self.path], check=True, capture_output=True, text=True).stdout.split()
        self.name, self.version = fields
        match = re.fullmatch(r"corolint-llvm(\d+)", self.name)
        if not match:
            raise SystemExit("check_package: %s holds %s, not corolint-llvmNN"
                             % (path, self.name))
        self.llvm = match.group(1)
        self.files, self.dirs = [], []
        listing = subprocess.run(["dpkg-deb", "--contents", self.path], check=True,
                                 capture_output=True, text=True).stdout
        for line in listing.splitlines():
            # drwxr-xr-x root/root 0 2026-11-30 22:49 ./usr/bin/
            # lrwxrwxrwx root/root 0 2026-11-30 22:49 ./usr/bin/x -> y
            parts = line.split(None, 5)
            name = parts[5].split(" -> ")[0].lstrip(".").rstrip("/")
            if not name:
                continue
            (self.dirs if parts[0].startswith("d") else self.files).append(name)
        self.command = "/usr/bin/corolint-" + self.llvm
        self.driver = "/usr/lib/corolint/llvm-%s/corolint" % self.llvm
        self.plugin = "/usr/lib/corolint/llvm-%s/corolint-tidy.so" % self.llvm
        self.manpage = "/usr/share/man/man1/corolint-%s.1.gz" % self.llvm


class Run:
    """One run: its directory under DIR, its roots and its apt cache."""

    def __init__(self, cache):
        self.cache = cache
        self.base = os.path.join(cache, "base")
        remove_stale_runs(cache)
        self.work = tempfile.mkdtemp(prefix="run-", dir=cache)
        with open(os.path.join(self.work, "pid"), "w") as pid:
            pid.write("%d\n" % os.getpid())
        self.apt_cache = os.path.join(self.work, "apt-archives")
        os.makedirs(os.path.join(self.apt_cache, "partial"))
        self.running = []
        self.configured_example = None

    def root(self, name):
        log("  root %s" % name)
        return JobRoot(self.base, os.path.join(self.work, name), self.apt_cache)

    def execute(self, root, argv, env=None, cwd="/", quiet=False):
        """Runs argv in the root (chroot) with a clean environment; returns
        (status, stdout, stderr). Prints the command, and its output unless
        quiet (then only when it fails)."""
        environment = ["%s=%s" % item for item in sorted((env or ENV).items())]
        command = ["chroot", root.path, "/usr/bin/env", "-i"] + environment + [
            "/bin/sh", "-c", 'cd "$1" && shift && exec "$@"', "sh", cwd] + argv
        shown = " ".join(shlex.quote(a) for a in argv)
        start = time.monotonic()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   start_new_session=True)
        self.running.append(process)
        try:
            out, err = process.communicate(timeout=COMMAND_TIMEOUT)
        except BaseException:  # A signal or the time limit: end it first.
            kill(process)
            raise
        finally:
            self.running.remove(process)
        out = out.decode("utf-8", "replace")
        err = err.decode("utf-8", "replace")
        status = process.returncode
        log("  $ %s   [exit %d, %.0f s]" % (shown, status, time.monotonic() - start))
        if not quiet or status != 0:
            lines = (out + err).splitlines()
            if quiet and len(lines) > 40:
                lines = ["..."] + lines[-40:]
            for line in lines:
                log("    | " + line)
        return status, out, err

    def must(self, root, argv, **options):
        """execute(), and a failure unless it exits 0; returns stdout."""
        status, out, err = self.execute(root, argv, **options)
        if status != 0:
            raise Failure("`%s` exited with %d" % (" ".join(argv), status))
        return out

    def apt_update(self, root):
        self.must(root, ["apt-get", "update", "-q"], quiet=True)

    def apt_install(self, root, packages):
        self.must(root, APT_INSTALL + packages, quiet=True)

    def copy_debs(self, root, packages):
        os.makedirs(root.host("/tmp/debs"), exist_ok=True)
        for package in packages:
            shutil.copy(package.path, root.host("/tmp/debs/" + package.file))
        return ["/tmp/debs/" + package.file for package in packages]

    def close(self):
        """Ends what still runs, tears the roots down and removes the run's
        directory (unless something is still mounted in it)."""
        teardown_all(self.running, "check_package")
        if mounted_under(self.work):
            log("check_package: still mounted under %s; left as it is" % self.work)
        else:
            shutil.rmtree(self.work, ignore_errors=True)


def run_is_live(work):
    """Whether the run that made this directory is still going."""
    try:
        with open(os.path.join(work, "pid")) as pid_file:
            pid = int(pid_file.read())
    except FileNotFoundError:
        # A run writes its pid file right after making its directory.
        return time.time() - os.path.getmtime(work) < 60
    except (OSError, ValueError):
        return False
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as cmdline:
            return b"check_package" in cmdline.read()
    except OSError:
        return False


def remove_stale_runs(cache):
    """Removes what runs killed outright (SIGKILL: no teardown) left in DIR:
    what still runs in their roots, their mounts, their directories. A run
    still going (a parallel test suite's) is left alone."""
    for work in glob.glob(os.path.join(cache, "run-*")):
        if run_is_live(work):
            continue
        log("check_package: removing %s, left by a run that was killed" % work)
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                if os.readlink("/proc/%s/root" % pid).startswith(work + "/"):
                    os.kill(int(pid), signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.5)
        with open("/proc/self/mounts") as mounts:
            points = [line.split()[1] for line in mounts]
        for point in sorted((p for p in points if p.startswith(work + "/")), reverse=True):
            if subprocess.run(["umount", point]).returncode != 0:
                subprocess.run(["umount", "-l", point])
        if mounted_under(work):
            log("check_package: still mounted under %s; left as it is" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)


def mounted_under(path):
    with open("/proc/self/mounts") as mounts:
        return any(line.split()[1] == path or line.split()[1].startswith(path + "/")
                   for line in mounts)


# --- What is checked in a root -------------------------------------------------

class Checks:
    """Collects the unmet requirements of a scenario."""

    def __init__(self):
        self.problems = []

    def require(self, condition, problem):
        if not condition:
            self.problems.append(problem)
            log("  problem: " + problem)
        return condition


def llvm_of(version_output):
    match = re.search(r"\(LLVM (\d+)\.", version_output)
    return match.group(1) if match else None


def check_version(run, root, checks, command, llvm):
    status, out, err = run.execute(root, [command, "--version"])
    checks.require(status == 0, "`%s --version` exited with %d" % (command, status))
    checks.require(llvm_of(out) == llvm, "`%s --version` does not name LLVM %s: %r"
                   % (command, llvm, (out + err).strip()))


def check_alternative(run, root, checks, package):
    """`corolint` and its man page are the alternative of this package."""
    # readlink -f prints what it resolved, and fails when a link dangles.
    _, out, _ = run.execute(root, ["readlink", "-f", "/usr/bin/corolint",
                                   "/usr/share/man/man1/corolint.1.gz"])
    resolved = out.split()
    checks.require(resolved[:1] == [package.driver],
                   "/usr/bin/corolint resolves to %s, not %s"
                   % (resolved[:1], package.driver))
    checks.require(resolved[1:2] == [package.manpage],
                   "/usr/share/man/man1/corolint.1.gz resolves to %s, not %s"
                   % (resolved[1:2], package.manpage))
    checks.require(os.path.isfile(root.host(package.manpage)),
                   "%s is missing" % package.manpage)
    status, out, _ = run.execute(root, ["update-alternatives", "--query", "corolint"],
                                 quiet=True)
    checks.require(status == 0 and "Value: %s" % package.command in out,
                   "update-alternatives --query corolint does not say %s"
                   % package.command)


def lint_example(run, root, checks, argv, cwd, expected, env=None):
    """Runs corolint on the example; requires the expected findings and exit
    status 0 (findings are warnings: README's exit codes)."""
    status, out, err = run.execute(root, argv, cwd=cwd, env=env)
    found = collections.Counter(re.findall(r"^\S+:\d+:\d+: warning: .*\[(coro-[a-z-]+)\]$",
                                           out, re.M))
    checks.require(status == 0, "`%s` exited with %d, not 0" % (" ".join(argv), status))
    checks.require(found == expected, "the example's findings are %s, not %s"
                   % (counts(found) or "none", counts(expected)))


def check_purged(run, root, checks, packages):
    """Nothing of the packages is left: files, directories of their own, the
    alternative, dpkg's record."""
    left = []
    for package in packages:
        left += [path for path in package.files if os.path.lexists(root.host(path))]
        dirs = [path for path in package.dirs if os.path.lexists(root.host(path))
                and not os.path.lexists(os.path.join(run.base, path.lstrip("/")))]
        if dirs:
            # A directory another installed package owns may stay.
            _, owned, _ = run.execute(root, ["dpkg-query", "-S"] + dirs, quiet=True)
            owners = {line.split(": ", 1)[1] for line in owned.splitlines() if ": " in line}
            left += [path for path in dirs if path not in owners]
        status, out, _ = run.execute(root, ["dpkg", "-l", package.name], quiet=True)
        listed = [line for line in out.splitlines()
                  if line.split()[1:2] in ([package.name], [package.name + ":amd64"])]
        checks.require(status != 0 or all(line[:2] in ("un", "pn") for line in listed),
                       "dpkg -l still lists %s: %s" % (package.name, listed))
        info = glob.glob(root.host("/var/lib/dpkg/info/%s.*" % package.name))
        checks.require(not info, "dpkg's files of %s are left: %s" % (package.name, info))
    for path in ["/usr/bin/corolint", "/usr/share/man/man1/corolint.1.gz",
                 "/etc/alternatives/corolint", "/etc/alternatives/corolint.1.gz",
                 "/var/lib/dpkg/alternatives/corolint"]:
        if os.path.lexists(root.host(path)):
            left.append(path)
    checks.require(not left, "left after the purge: %s" % ", ".join(left))
    status, _, _ = run.execute(root, ["update-alternatives", "--query", "corolint"],
                               quiet=True)
    checks.require(status != 0, "update-alternatives --query corolint still succeeds")


def purge(run, root, package):
    run.must(root, ["apt-get", "purge", "-y", "-q", "-o", "Dpkg::Use-Pty=0",
                    package.name], quiet=True)


# --- Scenarios --------------------------------------------------------------------

def copy_example(destination):
    """corolint's example project, without a build directory of its own."""
    shutil.copytree(os.path.join(SOURCE, "examples"), destination, symlinks=True,
                    ignore=lambda folder, names: [n for n in names if n.startswith("build")]
                    if folder == os.path.join(SOURCE, "examples") else [])


def scenario_install(run, package, expected):
    checks = Checks()
    root = run.root("install-llvm" + package.llvm)
    try:
        deb, = run.copy_debs(root, [package])
        run.apt_update(root)
        # The package alone: its Depends must be enough for the driver to run.
        run.apt_install(root, [deb])
        check_version(run, root, checks, "corolint", package.llvm)
        check_version(run, root, checks, package.command, package.llvm)
        check_alternative(run, root, checks, package)

        # A user's project, configured as the README says, linted as it says.
        run.apt_install(root, PROJECT_PACKAGES)
        copy_example(root.host("/src"))
        run.must(root, ["cmake", "-S", ".", "-B", "build",
                        "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"], cwd="/src", quiet=True)
        lint_example(run, root, checks, ["corolint", "-p", "build"], "/src", expected)
        if run.configured_example is None:
            # The dockerfile scenario lints the same configured project.
            run.configured_example = os.path.join(run.work, "configured-example")
            shutil.copytree(root.host("/src"), run.configured_example, symlinks=True)

        # The plugin in Debian's clang-tidy of the same LLVM.
        run.apt_install(root, ["clang-tidy-" + package.llvm])
        out = run.must(root, ["clang-tidy-" + package.llvm, "--load=" + package.plugin,
                              "--checks=-*,coro-*", "--list-checks"])
        listed = set(re.findall(r"^\s+(coro-[a-z-]+)$", out, re.M))
        checks.require(listed >= set(expected),
                       "clang-tidy-%s --list-checks lists %s, not all of %s"
                       % (package.llvm, sorted(listed), sorted(expected)))

        purge(run, root, package)
        check_purged(run, root, checks, [package])
    finally:
        root.teardown()
    return checks.problems


def scenario_side_by_side(run, packages):
    checks = Checks()
    older, newer = sorted(packages, key=lambda p: int(p.llvm))
    root = run.root("side-by-side")
    try:
        debs = run.copy_debs(root, packages)
        run.apt_update(root)
        run.apt_install(root, debs)
        # The newest LLVM wins the alternative (its priority is its version).
        check_version(run, root, checks, "corolint", newer.llvm)
        check_alternative(run, root, checks, newer)
        for package in (older, newer):
            check_version(run, root, checks, package.command, package.llvm)
        purge(run, root, newer)
        check_version(run, root, checks, "corolint", older.llvm)
        check_alternative(run, root, checks, older)
        purge(run, root, older)
        check_purged(run, root, checks, [older, newer])
    finally:
        root.teardown()
    return checks.problems


def scenario_lintian(package):
    command = ["lintian", "--fail-on", "error", package.path]
    log("  $ " + " ".join(command))
    try:
        result = subprocess.run(command, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True,
                                timeout=COMMAND_TIMEOUT)
    except FileNotFoundError:
        return ["lintian is not installed"]
    for line in result.stdout.splitlines():
        log("    | " + line)
    tags = [line for line in result.stdout.splitlines() if re.match(r"[EWIPXO]: ", line)]
    log("  lintian: exit %d, %d errors, %d warnings" % (
        result.returncode, sum(t.startswith("E:") for t in tags),
        sum(t.startswith("W:") for t in tags)))
    return [] if result.returncode == 0 else [
        "lintian --fail-on error exited with %d" % result.returncode]


# --- The Dockerfile, emulated ---------------------------------------------------

class Dockerfile:
    """The instructions the Dockerfile uses, run as `docker build` would run
    them on top of debian:12 (the clean root); anything else is refused."""

    def __init__(self, run, root, text, context, build_args, image,
                 base_name="debian:12"):
        self.run = run
        self.root = root
        self.context = context
        self.build_args = dict(build_args)
        self.used_args = set()
        self.text = text
        self.image = json.loads(json.dumps(image))  # Changed as the build goes.
        self.args = {}
        self.inherited_cmd = True
        self.base_name = base_name

    @staticmethod
    def instructions(text):
        """(line number, keyword, rest) per instruction: comment lines dropped,
        lines continued with a backslash joined."""
        result, current, first = [], "", 0
        for number, line in enumerate(text.splitlines(), 1):
            if not current and (not line.strip() or line.lstrip().startswith("#")):
                continue
            if current and line.lstrip().startswith("#"):
                continue  # A comment inside a continued instruction.
            if not current:
                first = number
            if line.rstrip().endswith("\\"):
                current += line.rstrip()[:-1]
                continue
            current += line
            keyword, _, rest = current.strip().partition(" ")
            result.append((first, keyword.upper(), rest.strip()))
            current = ""
        if current:
            raise Failure("Dockerfile: the last instruction ends with a backslash")
        return result

    def expand(self, text, number):
        """Docker's variable substitution ($X, ${X}, ${X:-d}, ${X:+a}) with the
        build's ARGs and ENVs."""
        values = dict(self.args)
        values.update(self.image["env"])

        def value(match):
            if match.group(0) == "\\$":
                return "$"
            name = match.group(1) or match.group(2)
            operator, word = match.group(3), match.group(4)
            current = values.get(name, "")
            if operator == ":-":
                return current or word
            if operator == ":+":
                return word if current else ""
            return current
        pattern = (r"\\\$|\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)"
                   r"(?:(:-|:\+)([^}]*))?\})")
        left = re.sub(pattern, "", text)
        if "${" in left:
            raise Failure("Dockerfile:%d: a substitution other than ${X}, ${X:-word}, "
                          "${X:+word} in %s" % (number, text))
        return re.sub(pattern, value, text)

    def build(self):
        seen_from = False
        for number, keyword, rest in self.instructions(self.text):
            log("  Dockerfile:%d: %s %s" % (number, keyword, rest))
            if keyword == "FROM":
                if seen_from:
                    raise Failure("Dockerfile:%d: one FROM only (no multi-stage builds)"
                                  % number)
                name = self.expand(rest, number)
                if name != self.base_name:
                    raise Failure("Dockerfile:%d: FROM %s: only FROM %s is emulated"
                                  % (number, name, self.base_name))
                seen_from = True
                self.args = {}  # ARGs before FROM are FROM's alone.
            elif not seen_from and keyword != "ARG":
                raise Failure("Dockerfile:%d: %s before FROM" % (number, keyword))
            elif keyword == "ARG":
                self.arg(rest, number)
            elif keyword == "ENV":
                self.env(rest, number)
            elif keyword == "COPY":
                self.copy(rest, number)
            elif keyword == "RUN":
                self.run_instruction(rest, number)
            elif keyword == "WORKDIR":
                path = self.expand(rest, number)
                self.image["workdir"] = os.path.normpath(
                    os.path.join(self.image["workdir"], path))
                os.makedirs(self.root.host(self.image["workdir"]), exist_ok=True)
            elif keyword in ("ENTRYPOINT", "CMD"):
                argv = self.exec_form(rest)
                if argv is None:
                    argv = ["/bin/sh", "-c", rest]
                if keyword == "ENTRYPOINT":
                    self.image["entrypoint"] = argv
                    if self.inherited_cmd:  # As docker: the base's CMD goes.
                        self.image["cmd"] = []
                else:
                    self.image["cmd"] = argv
                    self.inherited_cmd = False
            else:
                raise Failure("Dockerfile:%d: %s is not emulated (only FROM debian:12, "
                              "ARG, ENV, COPY, RUN, WORKDIR, ENTRYPOINT, CMD)"
                              % (number, keyword))
        if not seen_from:
            raise Failure("Dockerfile: no FROM")
        unused = set(self.build_args) - self.used_args
        if unused:
            log("  warning: build-args not consumed: %s" % ", ".join(sorted(unused)))
        return self.image

    def arg(self, rest, number):
        name, has_default, default = rest.partition("=")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise Failure("Dockerfile:%d: ARG %s: not NAME[=default]" % (number, rest))
        if name in self.build_args:
            self.used_args.add(name)
            self.args[name] = self.build_args[name]
        elif has_default:
            self.args[name] = self.expand((shlex.split(default) or [""])[0], number)

    def env(self, rest, number):
        if not rest:
            raise Failure("Dockerfile:%d: ENV without a variable" % number)
        if "=" not in rest.split(None, 1)[0]:  # The old form: ENV NAME value.
            name, _, value = rest.partition(" ")
            self.image["env"][name] = self.expand(value.strip(), number)
            return
        for item in shlex.split(rest):
            name, equals, value = item.partition("=")
            if not equals:
                raise Failure("Dockerfile:%d: ENV %s: not NAME=value" % (number, item))
            self.image["env"][name] = self.expand(value, number)

    @staticmethod
    def exec_form(rest):
        if rest.startswith("["):
            try:
                argv = json.loads(rest)
            except json.JSONDecodeError:
                return None
            if isinstance(argv, list) and all(isinstance(a, str) for a in argv):
                return argv
        return None

    def copy(self, rest, number):
        if rest.startswith("--"):
            raise Failure("Dockerfile:%d: COPY options are not emulated: %s"
                          % (number, rest))
        words = self.exec_form(rest) or shlex.split(rest)
        words = [self.expand(word, number) for word in words]
        if len(words) < 2:
            raise Failure("Dockerfile:%d: COPY needs a source and a destination" % number)
        sources, destination = words[:-1], words[-1]
        context = os.path.realpath(self.context)
        files = []
        for source in sources:
            matches = sorted(glob.glob(os.path.join(context, source)))
            if not matches:
                raise Failure("Dockerfile:%d: COPY %s: no such file in the build context"
                              % (number, source))
            for match in matches:
                if os.path.commonpath([os.path.realpath(match), context]) != context:
                    raise Failure("Dockerfile:%d: COPY %s: outside the build context"
                                  % (number, source))
            files += matches
        target = os.path.join(self.image["workdir"], destination)
        into_directory = (destination.endswith("/") or len(files) > 1
                          or os.path.isdir(self.root.host(target)))
        for path in files:
            if os.path.isdir(path):
                shutil.copytree(path, self.root.host(target), symlinks=True,
                                dirs_exist_ok=True)
                continue
            where = os.path.join(target, os.path.basename(path)) if into_directory else target
            os.makedirs(os.path.dirname(self.root.host(where)), exist_ok=True)
            shutil.copy2(path, self.root.host(where))
            os.chown(self.root.host(where), 0, 0)

    def run_instruction(self, rest, number):
        argv = self.exec_form(rest) or ["/bin/sh", "-c", rest]
        env = {"HOSTNAME": "buildkitsandbox", "HOME": "/root"}
        env.update(self.args)
        env.update(self.image["env"])
        status, _, _ = self.run.execute(self.root, argv, env=env, quiet=True,
                                        cwd=self.image["workdir"])
        if status != 0:
            raise Failure("Dockerfile:%d: RUN exited with %d" % (number, status))


def docker_run(run, root, image, args, cwd, quiet=False):
    """`docker run [-w cwd] image args...`: ENTRYPOINT + (args or CMD)."""
    argv = image["entrypoint"] + (args or image["cmd"])
    return run.execute(root, argv, env=container_env(image),
                       cwd=cwd or image["workdir"], quiet=quiet)


def container_env(image):
    """A container's environment: the image's ENV, HOSTNAME, HOME."""
    env = {"HOSTNAME": "container", "HOME": "/root"}
    env.update(image["env"])
    return env


# The derived image docs/container.md shows: the project's third-party headers.
DERIVED_DOCKERFILE = """\
FROM corolint
RUN apt-get update \\
 && apt-get install -y --no-install-recommends %s \\
 && rm -rf /var/lib/apt/lists/*
""" % " ".join(HEADER_PACKAGES)


def scenario_dockerfile(run, package, dockerfile, expected):
    checks = Checks()
    if run.configured_example is None:
        return ["no configured example: the install scenario failed before configuring it"]
    with open(dockerfile) as source:
        text = source.read()
    # The build context, as scripts/build-docker-image.sh makes it.
    context = os.path.join(run.work, "docker-context")
    shutil.rmtree(context, ignore_errors=True)
    os.makedirs(context)
    shutil.copy(package.path, context)
    root = run.root("docker-llvm" + package.llvm)
    try:
        image = Dockerfile(run, root, text, context,
                           {"LLVM": package.llvm, "DEB": package.file},
                           DEBIAN_IMAGE).build()
        log("  image: entrypoint %s, cmd %s, workdir %s" % (
            image["entrypoint"], image["cmd"], image["workdir"]))
        checks.require(image["entrypoint"] == ["corolint"],
                       "the ENTRYPOINT is %s, not corolint" % image["entrypoint"])
        lists = glob.glob(root.host("/var/lib/apt/lists/*_Packages"))
        checks.require(not lists, "the image keeps apt's package lists")
        checks.require(not os.path.lexists(root.host("/tmp/corolint")),
                       "the image keeps the .deb in /tmp/corolint")
        status, out, _ = docker_run(run, root, image, [], None, quiet=True)
        checks.require(status == 0 and "USAGE" in out.upper(),
                       "`docker run image` (the CMD) does not print the usage")
        status, out, _ = docker_run(run, root, image, ["--version"], None)
        checks.require(status == 0 and llvm_of(out) == package.llvm,
                       "`docker run image --version` does not name LLVM %s" % package.llvm)

        # -v $PWD:/src: the project, configured at /src by the user's build.
        shutil.copytree(run.configured_example, root.host("/src"), symlinks=True,
                        dirs_exist_ok=True)
        # Without the project's headers in the image the files do not parse
        # (exit 3), as docs/container.md says.
        status, out, err = docker_run(run, root, image, ["-p", "build", "--quiet"],
                                      "/src", quiet=True)
        checks.require(status == 3, "without asio in the image: exit %d, not 3" % status)
        image = Dockerfile(run, root, DERIVED_DOCKERFILE, context, {}, image,
                           base_name="corolint").build()
        lint_example(run, root, checks, image["entrypoint"] + ["-p", "build"], "/src",
                     expected, env=container_env(image))
    finally:
        root.teardown()
        shutil.rmtree(context, ignore_errors=True)
    return checks.problems


# --- Main -----------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(
        description="Check corolint's Debian packages in clean Debian 12 roots.")
    parser.add_argument("--cache", required=True, metavar="DIR",
                        help="keeps the clean root (DIR/base) and this run's files")
    parser.add_argument("--dockerfile", metavar="FILE",
                        help="also emulate building this Dockerfile and running it")
    parser.add_argument("debs", nargs="+", metavar="DEB")
    options = parser.parse_args()
    if len(options.debs) > 2:
        parser.error("one or two packages")
    if os.geteuid() != 0:
        raise SystemExit("check_package: run as root (chroot and mount need it)")
    for tool in ("debootstrap", "chroot", "mount", "dpkg-deb"):
        if not shutil.which(tool):
            raise SystemExit("check_package: %s is missing" % tool)
    packages = [Package(path) for path in options.debs]
    if len(packages) == 2 and packages[0].llvm == packages[1].llvm:
        raise SystemExit("check_package: two packages of LLVM %s; side by side needs "
                         "two LLVM versions" % packages[0].llvm)
    if options.dockerfile and not os.path.isfile(options.dockerfile):
        raise SystemExit("check_package: no such Dockerfile: %s" % options.dockerfile)
    expected = expected_findings()
    cache = os.path.abspath(options.cache)

    def stop(signum, _frame):
        raise SystemExit("check_package: stopped by signal %d" % signum)
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)

    started = time.monotonic()
    subprocess.run([os.path.join(SCRIPTS, "debian-root.sh"), cache], check=True)
    log("check_package: the example should give %s, exit 0" % counts(expected))
    scenarios = []
    for package in packages:
        scenarios.append(("install " + package.file,
                          lambda p=package: scenario_install(run, p, expected)))
    if len(packages) == 2:
        scenarios.append(("side-by-side %s %s" % (packages[0].file, packages[1].file),
                          lambda: scenario_side_by_side(run, packages)))
    for package in packages:
        scenarios.append(("lintian " + package.file,
                          lambda p=package: scenario_lintian(p)))
    if options.dockerfile:
        for package in packages:
            scenarios.append(("dockerfile %s %s" % (options.dockerfile, package.file),
                              lambda p=package: scenario_dockerfile(
                                  run, p, options.dockerfile, expected)))

    run = Run(cache)
    failed = 0
    try:
        for name, scenario in scenarios:
            log("=== " + name)
            start = time.monotonic()
            try:
                problems = scenario()
            except Failure as error:
                problems = [str(error)]
            except (OSError, subprocess.SubprocessError, RuntimeError) as error:
                problems = ["%s: %s" % (type(error).__name__, error)]
            seconds = time.monotonic() - start
            if problems:
                failed += 1
                log("check_package: FAIL: %s (%.0f s): %s" % (name, seconds,
                                                             "; ".join(problems)))
            else:
                log("check_package: PASS: %s (%.0f s)" % (name, seconds))
    finally:
        # A second signal must not stop the teardown halfway.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        run.close()
    log("check_package: %s: %d of %d scenarios failed, %.0f s" % (
        "FAILED" if failed else "passed", failed, len(scenarios),
        time.monotonic() - started))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
