"""Prints a fenced code block of a markdown page, as a reader would copy it:
the first block (```lang ... ```) whose text contains every --containing
string, with the indentation of its fence removed.
Usage: doc-block.py <page.md> --containing TEXT [--containing TEXT]..."""
import argparse
import re
import sys

parser = argparse.ArgumentParser()
parser.add_argument("page")
parser.add_argument("--containing", action="append", default=[])
options = parser.parse_args()

with open(options.page, encoding="utf-8") as source:
    lines = source.read().split("\n")
block, indent = None, ""
for line in lines:
    if block is None:
        match = re.match(r"^(\s*)```", line)
        if match:
            block, indent = [], match.group(1)
        continue
    if line.strip() == "```":
        text = "\n".join(block) + "\n"
        if all(wanted in text for wanted in options.containing):
            sys.stdout.write(text)
            sys.exit(0)
        block = None
        continue
    block.append(line[len(indent):] if line.startswith(indent) else line.lstrip())
sys.exit("doc-block.py: no code block in %s contains %s" % (
    options.page, " and ".join(map(repr, options.containing))))
