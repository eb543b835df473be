"""Checks a Code Climate report against what GitLab Code Quality requires
(docs.gitlab.com, "Code Quality report format"): a JSON array of issues, each
with a string description, check_name and fingerprint, a severity of info,
minor, major, critical or blocker, a location.path, and a location.lines.begin
or location.positions.begin.line. Also the Code Climate spec's type "issue"
and non-empty categories. Prints "issues: N", one line per issue
("<check> <severity> <path>:<line>") and whether fingerprints are unique;
exits 1 naming the first violation."""
import json
import sys

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}
with open(sys.argv[1]) as report:
    issues = json.load(report)
if not isinstance(issues, list):
    sys.exit("not a JSON array")
print("issues:", len(issues))
fingerprints = set()
for number, issue in enumerate(issues):
    def fail(why):
        sys.exit("issue %d: %s" % (number, why))
    for key in ("description", "check_name", "fingerprint"):
        if not isinstance(issue.get(key), str) or not issue[key]:
            fail("no string " + key)
    if issue.get("type") != "issue":
        fail("type is not 'issue'")
    if not issue.get("categories"):
        fail("no categories")
    if issue.get("severity") not in SEVERITIES:
        fail("severity %r" % issue.get("severity"))
    location = issue.get("location", {})
    if not isinstance(location.get("path"), str):
        fail("no location.path")
    if "lines" in location:
        line = location["lines"]["begin"]
    else:
        line = location["positions"]["begin"]["line"]
    if not isinstance(line, int) or line < 1:
        fail("bad begin line")
    fingerprints.add(issue["fingerprint"])
    print(issue["check_name"], issue["severity"],
          "%s:%d" % (location["path"], line))
print("fingerprints:",
      "unique" if len(fingerprints) == len(issues) else "repeated")
