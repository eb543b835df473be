"""Prints what SARIF reports say, one line per result, sorted:
"<file>:<line> <ruleId>" (and the level, with --levels), after a "runs: N"
line per report. Fails if a result's ruleIndex does not point at a rule with
its ruleId. Usage: sarif-summary.py [--levels] <report.sarif>..."""
import json
import sys

lines = []
paths = sys.argv[1:]
levels = paths[:1] == ["--levels"]
if levels:
    paths = paths[1:]
for path in paths:
    with open(path) as report:
        log = json.load(report)
    print("runs:", len(log["runs"]))
    for run in log["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        for result in run["results"]:
            if "ruleIndex" in result:
                rule = rules[result["ruleIndex"]]
                if rule["id"] != result["ruleId"]:
                    sys.exit("%s: ruleIndex %d is %s, not %s" % (
                        path, result["ruleIndex"], rule["id"],
                        result["ruleId"]))
            where = result["locations"][0]["physicalLocation"]
            line = "%s:%d %s" % (where["artifactLocation"]["uri"],
                                 where["region"]["startLine"],
                                 result["ruleId"])
            if levels:
                line += " " + result.get("level", "warning")
            lines.append(line)
for line in sorted(lines):
    print(line)
