"""Checks the links and .md names of README.md and docs/ (docs-links.test)."""
import glob
import os
import re
import sys

root = sys.argv[1]
pages = [os.path.join(root, "README.md")] + sorted(
    glob.glob(os.path.join(root, "docs", "**", "*.md"), recursive=True))
shipped = {os.path.basename(p) for p in glob.glob(
    os.path.join(root, "**", "*.md"), recursive=True)}
broken = []
for page in pages:
    text = open(page, encoding="utf-8").read()
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = os.path.join(os.path.dirname(page), target.split("#")[0])
        if not os.path.exists(path):
            broken.append("%s: link to %s" % (page, target))
    for name in set(re.findall(r"[\w.-]+\.md\b", text)):
        if name not in shipped:
            broken.append("%s: names %s, which is not in the repository"
                          % (page, name))
if broken:
    sys.exit("\n".join(broken))
print("%d pages checked" % len(pages))
