#!/usr/bin/env python3
"""Runs the CI recipes of docs/ci/ (github-actions.yml, gitlab-ci.yml) the way
their CI systems would, each job in a fresh copy of a clean Debian 12 root.

Called by scripts/check-ci-recipes.sh, which makes the root with debootstrap
and cleans up after it; see there. Every shell step of a recipe runs as written.
What the CI system itself provides is emulated: the checkout of the project
(corolint's example project, examples/) and of corolint (a snapshot of this
checkout, tagged with the version the recipe names), GITHUB_WORKSPACE,
GITHUB_ENV, matrix.shard, CI_PROJECT_DIR, CI_NODE_INDEX/CI_NODE_TOTAL,
CI_JOB_STATUS, artifacts passed between jobs (copied directories; GitHub's
drop file modes, as GitHub's do), and the network's GitHub (git clone of
corolint's repository is pointed at the snapshot). The only actions stubbed are
those that are not shell: actions/checkout, actions/upload-artifact and
actions/download-artifact (copies), github/codeql-action/upload-sarif
(checks that the file is JSON SARIF 2.1.0), and actions/cache/restore and
actions/cache/save (a first run's cache: nothing restored, nothing kept;
GitLab's cache: likewise).

The project has findings, so a lint shard must fail exactly when its SARIF
report has results, and the merged report must hold every shard's results.
"""

import argparse
import fnmatch
import glob
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time

import yaml

PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
COROLINT_URL = "https://github.com/corolint/corolint.git"


class RecipeError(Exception):
    """A recipe uses something this emulator does not know: a failure."""


def log(message):
    print(message, flush=True)


# --- Job roots: a fresh copy of the clean root per job -----------------------

class JobRoot:
    """A copy of the base root with /proc, a small /dev and the shared apt
    archive cache mounted; torn down (unmounted, then removed) afterwards."""

    active = []

    def __init__(self, base, path, apt_cache):
        self.path = path
        self.mounts = []
        if os.path.exists(path):
            raise RecipeError("job root %s exists already" % path)
        subprocess.run(["cp", "-a", base, path], check=True)
        JobRoot.active.append(self)
        self._mount(["-t", "proc", "proc"], "proc")
        self._mount(["-t", "tmpfs", "-o", "mode=755,size=16m", "tmpfs"], "dev")
        dev = os.path.join(path, "dev")
        for name, major, minor in [("null", 1, 3), ("zero", 1, 5),
                                   ("full", 1, 7), ("random", 1, 8),
                                   ("urandom", 1, 9), ("tty", 5, 0)]:
            node = os.path.join(dev, name)
            os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
            os.chmod(node, 0o666)
        for name, target in [("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"),
                             ("stdout", "/proc/self/fd/1"),
                             ("stderr", "/proc/self/fd/2")]:
            os.symlink(target, os.path.join(dev, name))
        os.mkdir(os.path.join(dev, "shm"), 0o1777)
        self._mount(["-t", "devpts", "-o", "newinstance,ptmxmode=0666,mode=620",
                     "devpts"], "dev/pts")
        os.symlink("pts/ptmx", os.path.join(dev, "ptmx"))
        self._mount(["--bind", apt_cache], "var/cache/apt/archives")
        shutil.copy("/etc/resolv.conf", os.path.join(path, "etc/resolv.conf"))

    def _mount(self, args, where):
        target = os.path.join(self.path, where)
        os.makedirs(target, exist_ok=True)
        subprocess.run(["mount"] + args + [target], check=True)
        self.mounts.append(target)

    def processes(self):
        found = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                where = os.readlink("/proc/%s/root" % pid)
            except OSError:
                continue
            if where == self.path or where.startswith(self.path + "/"):
                found.append(int(pid))
        return found

    def host(self, inside):
        return os.path.join(self.path, inside.lstrip("/"))

    def teardown(self):
        # Nothing may still run in the root: a step's process that left its
        # session would keep the mounts busy.
        for _ in range(50):
            inside = self.processes()
            if not inside:
                break
            for pid in inside:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.1)
        for target in reversed(self.mounts):
            subprocess.run(["umount", target])
        # Never remove a tree something is still mounted in.
        with open("/proc/self/mounts") as mounts:
            for line in mounts:
                point = line.split()[1]
                if point == self.path or point.startswith(self.path + "/"):
                    raise RuntimeError("still mounted: %s" % point)
        shutil.rmtree(self.path, ignore_errors=True)
        if self in JobRoot.active:
            JobRoot.active.remove(self)


RUNNING = []


def kill_step(process):
    """Ends a step's processes: the chroot'ed shell's whole session."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        pass
    process.wait()


def teardown_all(processes=RUNNING, who="check-ci-recipes"):
    """Ends the running steps, then tears every job root down."""
    for process in list(processes):
        kill_step(process)
    for root in list(JobRoot.active):
        try:
            root.teardown()
        except Exception as error:  # Keep tearing the others down.
            log("%s: cleanup: %s" % (who, error))


def run_in_root(root, script, env, cwd, label):
    """Runs a bash script in the root as the CI system would; returns its
    exit status. Its output goes to the log, each line prefixed."""
    path = root.host("/tmp/ci-step.sh")
    with open(path, "w") as out:
        out.write(script)
    environment = ["%s=%s" % item for item in sorted(env.items())]
    command = ["chroot", root.path, "/usr/bin/env", "-i"] + environment + [
        "/bin/bash", "-c", 'cd "$1" && exec bash -e /tmp/ci-step.sh', "step", cwd]
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, start_new_session=True)
    RUNNING.append(process)
    try:
        for line in process.stdout:
            sys.stdout.write("    | " + line.decode("utf-8", "replace"))
        status = process.wait()
    except BaseException:  # Stopped midway: end the step before its root goes.
        kill_step(process)
        raise
    finally:
        RUNNING.remove(process)
    log("    %s: exit %d after %.0f s" % (label, status, time.monotonic() - start))
    return status


def copy_tree(source, destination):
    os.makedirs(destination, exist_ok=True)
    subprocess.run(["cp", "-a", source + "/.", destination], check=True)


def sarif_results(path):
    """The results of a SARIF file, checked to be JSON SARIF 2.1.0."""
    with open(path, encoding="utf-8") as source:
        document = json.load(source)
    if document.get("version") != "2.1.0":
        raise RecipeError("%s: SARIF version %r, not 2.1.0" %
                          (path, document.get("version")))
    if not isinstance(document.get("runs"), list) or not document["runs"]:
        raise RecipeError("%s: no runs" % path)
    results = []
    for run in document["runs"]:
        if not run.get("tool", {}).get("driver", {}).get("name"):
            raise RecipeError("%s: a run without tool.driver.name" % path)
        for result in run.get("results", []):
            location = result.get("locations", [{}])[0].get("physicalLocation", {})
            region = location.get("region", {})
            results.append((result.get("ruleId"),
                            location.get("artifactLocation", {}).get("uri"),
                            region.get("startLine"), region.get("startColumn")))
    return results


# --- Job bookkeeping -----------------------------------------------------------

class JobResult:
    def __init__(self, recipe, name):
        self.recipe = recipe
        self.name = name
        self.status = "success"  # success, failed, skipped
        self.failed_steps = []
        self.last_step_failed = False
        self.sarif = None  # results of this shard's report
        self.sarif_files = []  # the SARIF files among its artifacts
        self.shard = False
        self.errors = []
        self.seconds = 0.0


# --- GitHub Actions ------------------------------------------------------------

GH_WORKSPACE = "/__w/project/project"


class GitHub:
    def __init__(self, recipe, options):
        self.recipe = recipe
        self.options = options
        self.store = os.path.join(options.work, "artifacts", "github")
        self.uploaded_sarif = []
        self.results = []

    def expression(self, text, context, whole=False):
        def value(match):
            key = match.group(1).strip()
            if key.startswith("matrix."):
                return str(context["matrix"][key[len("matrix."):]])
            if key.startswith("env."):
                return context["env"][key[len("env."):]]
            if key == "github.sha":
                return "0" * 40
            raise RecipeError("unsupported expression ${{ %s }}" % key)
        return re.sub(r"\$\{\{(.*?)\}\}", value, str(text))

    def condition(self, text, failed):
        """A step's or a job's if: with the functions the recipes use."""
        if text is None:
            return not failed
        text = str(text).strip()
        match = re.fullmatch(r"\$\{\{(.*)\}\}", text)
        if match:
            text = match.group(1).strip()
        if text == "always()":
            return True
        if text == "!cancelled()":
            return True
        if text == "success()":
            return not failed
        if text == "failure()":
            return failed
        raise RecipeError("unsupported condition %r" % text)

    def run(self):
        workflow = self.recipe
        jobs = workflow["jobs"]
        done = {}
        order = topological(jobs, lambda job: as_list(job.get("needs")))
        for name in order:
            job = jobs[name]
            needs = as_list(job.get("needs"))
            needs_failed = any(done[need] != "success" for need in needs)
            matrix = job.get("strategy", {}).get("matrix")
            instances = [None]
            if matrix:
                if len(matrix) != 1:
                    raise RecipeError("%s: only a one-key matrix is emulated" % name)
                key, values = next(iter(matrix.items()))
                instances = [{key: value} for value in values]
            statuses = []
            for instance in instances:
                label = name if instance is None else "%s %s" % (
                    name, " ".join(str(v) for v in instance.values()))
                result = JobResult("github", label)
                result.shard = instance is not None
                self.results.append(result)
                if not self.condition(job.get("if"), needs_failed):
                    result.status = "skipped"
                    log("== github: %s: skipped (a needed job failed)" % label)
                    statuses.append("skipped")
                    continue
                self.run_job(name, job, instance or {}, result)
                statuses.append(result.status)
            done[name] = "success" if all(s == "success" for s in statuses) else "failed"

    def run_job(self, name, job, matrix, result):
        label = result.name
        log("== github: job %s (container %s)" % (label, job.get("container")))
        if job.get("container") != "debian:12":
            result.errors.append("container is %r, not debian:12" % job.get("container"))
        start = time.monotonic()
        root = JobRoot(self.options.base, os.path.join(
            self.options.work, "jobs", "github-" + label.replace(" ", "-")),
            self.options.apt_cache)
        try:
            env = {"PATH": PATH, "HOME": "/github/home", "CI": "true",
                   "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": GH_WORKSPACE,
                   "RUNNER_TEMP": "/__w/_temp",
                   "GITHUB_ENV": "/__w/_temp/_runner_file_commands/set_env"}
            env.update({k: str(v) for k, v in self.recipe.get("env", {}).items()})
            env.update({k: str(v) for k, v in job.get("env", {}).items()})
            for directory in [GH_WORKSPACE, "/github/home",
                              "/__w/_temp/_runner_file_commands"]:
                os.makedirs(root.host(directory), exist_ok=True)
            failed = False
            steps = job["steps"]
            for index, step in enumerate(steps):
                context = {"matrix": matrix, "env": env}
                step_name = self.expression(step.get("name") or step.get("uses") or
                                            step.get("run", "").split("\n")[0], context)
                if not self.condition(step.get("if"), failed):
                    log("  -- step %s: skipped" % step_name)
                    continue
                log("  -- step %s" % step_name)
                ok = self.step(step, context, env, root, result)
                if not ok:
                    failed = True
                    result.failed_steps.append(step_name)
                    result.last_step_failed = index == len(steps) - 1
            result.status = "failed" if failed else "success"
        finally:
            root.teardown()
            result.seconds = time.monotonic() - start
        log("== github: job %s: %s (%.0f s)" % (label, result.status, result.seconds))

    def step(self, step, context, env, root, result):
        if "run" in step:
            script = self.expression(step["run"], context)
            env_file = root.host(env["GITHUB_ENV"])
            open(env_file, "w").close()
            status = run_in_root(root, script, env, GH_WORKSPACE, "run")
            with open(env_file) as source:
                for line in source.read().splitlines():
                    if "=" in line:
                        key, value = line.split("=", 1)
                        env[key] = value
            return status == 0
        uses = step["uses"]
        inputs = {k: self.expression(v, context) for k, v in (step.get("with") or {}).items()}
        action = uses.split("@")[0]
        if action == "actions/checkout":
            return self.checkout(inputs, root)
        if action == "actions/upload-artifact":
            return self.upload_artifact(inputs, root, result)
        if action == "actions/download-artifact":
            return self.download_artifact(inputs, root)
        if action == "github/codeql-action/upload-sarif":
            return self.upload_sarif(inputs, root, result)
        if action in ("actions/cache/restore", "actions/cache/save"):
            return "path" in inputs and "key" in inputs
        raise RecipeError("unsupported action %s" % uses)

    def checkout(self, inputs, root):
        workspace = root.host(GH_WORKSPACE)
        repository = inputs.get("repository")
        if repository is None:
            source = self.options.project
        elif repository == "corolint/corolint":
            ref = inputs.get("ref")
            if ref is not None and ref not in self.options.tags:
                log("    checkout: corolint has no ref %r (tags: %s)" %
                    (ref, ", ".join(self.options.tags)))
                return False
            source = self.options.snapshot
        else:
            raise RecipeError("checkout of an unknown repository %s" % repository)
        if "path" in inputs:
            destination = os.path.join(workspace, inputs["path"])
        else:
            # The checkout of the project replaces the workspace's content.
            for entry in os.listdir(workspace):
                path = os.path.join(workspace, entry)
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path)
                else:
                    os.remove(path)
            destination = workspace
        copy_tree(source, destination)
        shutil.rmtree(os.path.join(destination, ".git"), ignore_errors=True)
        log("    checkout: %s into %s" % (repository or "the project", inputs.get("path", ".")))
        return True

    def upload_artifact(self, inputs, root, result):
        name = inputs["name"]
        # A path may be a glob (`corolint-llvm22_*.deb`), as upload-artifact's
        # are.
        sources = sorted(glob.glob(root.host(os.path.join(GH_WORKSPACE, inputs["path"]))))
        if not sources:
            missing = inputs.get("if-no-files-found", "warn")
            log("    upload-artifact %s: no file %s (%s)" % (name, inputs["path"], missing))
            return missing != "error"
        destination = os.path.join(self.store, name)
        if os.path.exists(destination):
            log("    upload-artifact: %s was uploaded already" % name)
            return False
        os.makedirs(destination)
        for source in sources:
            if os.path.isdir(source):
                copy_tree(source, destination)
            else:
                shutil.copy(source, destination)
        # GitHub's artifacts do not keep file modes.
        for directory, _, files in os.walk(destination):
            for file in files:
                path = os.path.join(directory, file)
                if not os.path.islink(path):
                    os.chmod(path, 0o644)
                if file.endswith(".sarif"):
                    result.sarif_files.append(path)
        log("    upload-artifact %s: %s" % (name, ", ".join(sorted(os.listdir(destination)))))
        return True

    def download_artifact(self, inputs, root):
        # A relative path is in the workspace; an absolute one in the job's root.
        path = root.host(os.path.join(GH_WORKSPACE, inputs.get("path", ".")))
        if "name" in inputs:
            source = os.path.join(self.store, inputs["name"])
            if not os.path.isdir(source):
                log("    download-artifact: no artifact %s" % inputs["name"])
                return False
            copy_tree(source, path)
            log("    download-artifact %s into %s" % (inputs["name"], inputs.get("path", ".")))
            return True
        pattern = inputs.get("pattern", "*")
        names = sorted(n for n in os.listdir(self.store) if fnmatch.fnmatch(n, pattern))
        merge = str(inputs.get("merge-multiple", "false")).lower() == "true"
        for name in names:
            copy_tree(os.path.join(self.store, name),
                      path if merge else os.path.join(path, name))
        log("    download-artifact %s into %s: %s" % (pattern, inputs.get("path", "."),
                                                      ", ".join(names) or "none"))
        return True

    def upload_sarif(self, inputs, root, result):
        path = os.path.join(root.host(GH_WORKSPACE), inputs.get("sarif_file", "../results"))
        if not os.path.isfile(path):
            log("    upload-sarif: no file %s" % inputs.get("sarif_file"))
            return False
        try:
            results = sarif_results(path)
        except (ValueError, RecipeError) as error:
            log("    upload-sarif: %s" % error)
            return False
        category = inputs.get("category")
        log("    upload-sarif: %s, category %s: valid SARIF 2.1.0, %d results" %
            (inputs.get("sarif_file"), category, len(results)))
        self.uploaded_sarif.append((category, results))
        return True

    def check(self):
        """What a sharded run must show: shard jobs fail exactly on findings;
        one category, holding every shard's findings."""
        errors = []
        shard_results = []
        for result in self.results:
            if result.shard and result.status != "skipped":
                result.sarif = [r for path in result.sarif_files for r in sarif_results(path)]
                shard_results.extend(result.sarif)
        categories = [category for category, _ in self.uploaded_sarif]
        if len(categories) != 1:
            errors.append("github: %d SARIF uploads (%s), not one" %
                          (len(categories), ", ".join(map(str, categories))))
        else:
            merged = set(self.uploaded_sarif[0][1])
            if not shard_results:
                errors.append("github: the shards found nothing in the example project")
            missing = set(shard_results) - merged
            if missing:
                errors.append("github: the uploaded report lacks %d shard findings" % len(missing))
        return errors


# --- GitLab CI -----------------------------------------------------------------

GL_PROJECT_DIR = "/builds/group/project"
GL_KEYWORDS = {"variables", "stages", "default", "include", "workflow", "image",
               "services", "before_script", "after_script", "cache"}


class GitLab:
    def __init__(self, recipe, options):
        self.recipe = recipe
        self.options = options
        self.store = os.path.join(options.work, "artifacts", "gitlab")
        self.results = []
        self.instances = {}  # job name -> [(artifact dir, status)]

    def run(self):
        jobs = {name: job for name, job in self.recipe.items()
                if name not in GL_KEYWORDS and not name.startswith(".")}
        stages = self.recipe.get("stages", ["build", "test", "deploy"])

        def needs(name):
            job = jobs[name]
            if "needs" in job:
                return [n if isinstance(n, str) else n["job"] for n in job["needs"]]
            order = [".pre"] + stages + [".post"]
            mine = order.index(job.get("stage", "test"))
            return [other for other in jobs
                    if order.index(jobs[other].get("stage", "test")) < mine]

        for name in topological(jobs, lambda job: None, needs_of=needs):
            job = jobs[name]
            previous = needs(name)
            previous_failed = any(status != "success"
                                  for need in previous
                                  for _, status in self.instances.get(need, []))
            when = job.get("when", "on_success")
            parallel = job.get("parallel")
            indices = list(range(1, int(parallel) + 1)) if parallel else [None]
            self.instances[name] = []
            for index in indices:
                label = name if index is None else "%s %d/%d" % (name, index, len(indices))
                result = JobResult("gitlab", label)
                result.shard = index is not None
                self.results.append(result)
                if when == "on_success" and previous_failed or when == "never":
                    result.status = "skipped"
                    log("== gitlab: %s: skipped (a needed job failed)" % label)
                    self.instances[name].append((None, "skipped"))
                    continue
                if when not in ("on_success", "always"):
                    raise RecipeError("%s: unsupported when: %s" % (name, when))
                artifacts = self.run_job(name, job, index, len(indices), previous, result)
                self.instances[name].append((artifacts, result.status))

    def run_job(self, name, job, index, total, previous, result):
        label = result.name
        image = job.get("image", self.recipe.get("image"))
        log("== gitlab: job %s (image %s)" % (label, image))
        if image != "debian:12":
            result.errors.append("image is %r, not debian:12" % image)
        start = time.monotonic()
        root = JobRoot(self.options.base, os.path.join(
            self.options.work, "jobs", "gitlab-" + label.replace(" ", "-").replace("/", "of")),
            self.options.apt_cache)
        artifact_dir = None
        try:
            # The network's GitHub: corolint's repository is the snapshot.
            shutil.copytree(self.options.bare, root.host("/srv/corolint.git"), symlinks=True)
            with open(root.host("/etc/gitconfig"), "w") as config:
                config.write('[url "file:///srv/corolint.git"]\n\tinsteadOf = %s\n' % COROLINT_URL)
            env = {"PATH": PATH, "HOME": "/root", "CI": "true", "GITLAB_CI": "true",
                   "CI_PROJECT_DIR": GL_PROJECT_DIR, "CI_JOB_NAME": label}
            if index is not None:
                env.update({"CI_NODE_INDEX": str(index), "CI_NODE_TOTAL": str(total)})
            for source in (self.recipe.get("variables", {}), job.get("variables", {})):
                env.update({k: str(v) for k, v in source.items()})
            project = root.host(GL_PROJECT_DIR)
            copy_tree(self.options.project, project)
            for need in previous:
                for artifacts, _ in self.instances.get(need, []):
                    if artifacts and os.path.isdir(artifacts):
                        copy_tree(artifacts, project)
            script = job.get("before_script", self.recipe.get("before_script", [])) + job["script"]
            status = run_in_root(root, gitlab_script(script), env, GL_PROJECT_DIR, "script")
            result.status = "success" if status == 0 else "failed"
            if status != 0:
                result.failed_steps.append("script")
                result.last_step_failed = True
            after = job.get("after_script", self.recipe.get("after_script"))
            if after:
                env["CI_JOB_STATUS"] = "success" if status == 0 else "failed"
                if run_in_root(root, gitlab_script(after), env, GL_PROJECT_DIR,
                               "after_script") != 0:
                    result.errors.append("after_script failed")
            artifacts = job.get("artifacts", {})
            when = artifacts.get("when", "on_success")
            if artifacts.get("paths") and (when == "always" or
                                           (when == "on_success") == (status == 0)):
                artifact_dir = os.path.join(self.store, label.replace(" ", "-").replace("/", "of"))
                os.makedirs(artifact_dir)
                for pattern in artifacts["paths"]:
                    # Paths may be globs, as GitLab's are.
                    pattern = expand_variables(pattern, env).rstrip("/")
                    sources = sorted(glob.glob(os.path.join(project, pattern)))
                    if not sources:
                        log("    artifacts: no %s" % pattern)
                        continue
                    for source in sources:
                        relative = os.path.relpath(source, project)
                        target = os.path.join(artifact_dir, relative)
                        os.makedirs(os.path.dirname(target), exist_ok=True)
                        subprocess.run(["cp", "-a", source, target], check=True)
                        log("    artifacts: %s" % relative)
                        if relative.endswith(".sarif"):
                            result.sarif_files.append(target)
        finally:
            root.teardown()
            result.seconds = time.monotonic() - start
        log("== gitlab: job %s: %s (%.0f s)" % (label, result.status, result.seconds))
        return artifact_dir

    def check(self):
        errors = []
        shard_results = []
        merged = None
        for result in self.results:
            if result.shard and result.status != "skipped":
                result.sarif = [r for path in result.sarif_files for r in sarif_results(path)]
                shard_results.extend(result.sarif)
            elif not result.shard:
                for path in result.sarif_files:
                    if merged is not None:
                        errors.append("gitlab: more than one merged report")
                    merged = sarif_results(path)
                    log("gitlab: merged report of %s: valid SARIF 2.1.0, %d results" %
                        (result.name, len(merged)))
        if merged is None:
            errors.append("gitlab: no merged SARIF report among the artifacts")
        else:
            if not shard_results:
                errors.append("gitlab: the shards found nothing in the example project")
            missing = set(shard_results) - set(merged)
            if missing:
                errors.append("gitlab: the merged report lacks %d shard findings" % len(missing))
        return errors


def gitlab_script(commands):
    # The runner runs a job's lines as one bash script that stops at the
    # first failing line.
    lines = ["set -eo pipefail"]
    for command in commands:
        lines.append("echo %s" % shell_quote("$ " + command))
        lines.append(command)
    return "\n".join(lines) + "\n"


def shell_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def expand_variables(text, env):
    return re.sub(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", lambda m: env.get(m.group(1), ""), text)


def as_list(value):
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def topological(jobs, needs_of_job, needs_of=None):
    needs_of = needs_of or (lambda name: needs_of_job(jobs[name]))
    order, seen = [], set()

    def visit(name, path):
        if name in path:
            raise RecipeError("a cycle of needs through %s" % name)
        if name in seen:
            return
        for need in needs_of(name):
            if need not in jobs:
                raise RecipeError("%s needs an unknown job %s" % (name, need))
            visit(need, path | {name})
        seen.add(name)
        order.append(name)

    for name in jobs:
        visit(name, set())
    return order


# --- Main ------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True, help="the clean Debian 12 root")
    parser.add_argument("--work", required=True, help="where job roots and artifacts go")
    parser.add_argument("--snapshot", required=True, help="corolint's checkout, as a git repository")
    parser.add_argument("--bare", required=True, help="the same, bare, for git clone")
    parser.add_argument("--project", required=True, help="the user's project")
    parser.add_argument("--apt-cache", required=True)
    parser.add_argument("--recipes-dir", required=True)
    parser.add_argument("--recipe", action="append", choices=["github", "gitlab"])
    options = parser.parse_args()
    options.tags = subprocess.run(["git", "-C", options.snapshot, "tag"], check=True,
                                  capture_output=True, text=True).stdout.split()

    def stop(signum, _frame):
        raise SystemExit("check-ci-recipes: stopped by signal %d" % signum)
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)

    recipes = options.recipe or ["github", "gitlab"]
    files = {"github": "github-actions.yml", "gitlab": "gitlab-ci.yml"}
    runners, errors = [], []
    start = time.monotonic()
    try:
        for name in recipes:
            with open(os.path.join(options.recipes_dir, files[name])) as source:
                recipe = yaml.safe_load(source)
            runner = (GitHub if name == "github" else GitLab)(recipe, options)
            runners.append(runner)
            log("=== %s: %s" % (name, files[name]))
            try:
                runner.run()
                errors.extend(runner.check())
            except RecipeError as error:
                errors.append("%s: %s" % (name, error))
    finally:
        teardown_all()

    # A lint shard fails exactly when its report has findings, at its last
    # step (the one that fails on findings); every other job succeeds.
    log("")
    log("check-ci-recipes: summary")
    for runner in runners:
        for result in runner.results:
            expected = "success"
            if result.shard and result.sarif:
                expected = "failed"
            verdict = "ok"
            if result.status != expected:
                verdict = "UNEXPECTED"
                errors.append("%s: %s: %s, expected %s (failed steps: %s)" % (
                    result.recipe, result.name, result.status, expected,
                    ", ".join(result.failed_steps) or "none"))
            elif result.status == "failed" and (len(result.failed_steps) != 1 or
                                                not result.last_step_failed):
                verdict = "UNEXPECTED"
                errors.append("%s: %s: failed at %s, not only at its last step" % (
                    result.recipe, result.name, ", ".join(result.failed_steps)))
            for error in result.errors:
                verdict = "UNEXPECTED"
                errors.append("%s: %s: %s" % (result.recipe, result.name, error))
            findings = "" if result.sarif is None else ", %d findings" % len(result.sarif)
            log("  %-7s %-22s %-8s (expected %s%s) %5.0f s  %s" % (
                result.recipe, result.name, result.status, expected, findings,
                result.seconds, verdict))
    for error in errors:
        log("  error: %s" % error)
    log("check-ci-recipes: %s in %.0f s" % ("FAILED" if errors else "passed",
                                             time.monotonic() - start))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
