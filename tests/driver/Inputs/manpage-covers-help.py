#!/usr/bin/env python3
"""manpage-covers-help.py <corolint> <page.1>: the man page documents every
option corolint's --help lists (a `.B` line naming it) and every check
--list-checks lists, and has the sections a man page needs. Prints what is
missing and exits 1, else prints "covered: N options, M checks"."""
import re
import subprocess
import sys

corolint, page_path = sys.argv[1:3]
help_text = subprocess.run([corolint, "--help"], check=True, capture_output=True,
                           text=True).stdout
checks_text = subprocess.run([corolint, "--list-checks"], check=True,
                             capture_output=True, text=True).stdout
page = open(page_path, encoding="utf-8").read()
# roff escapes '-' as '\-'.
shown = {line[3:].replace("\\-", "-").split("=")[0].split(" ")[0]
         for line in page.splitlines() if line.startswith(".B ")}
own = help_text.split("corolint options:", 1)[1]
options = re.findall(r"^  (-{1,2}[a-z][a-z0-9-]*)", own, re.M)
checks = re.findall(r"^\s+(coro-[a-z-]+) - ", checks_text, re.M)
missing = [o for o in options + checks if o not in shown]
for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "CHECKS",
                "EXIT STATUS", "SEE ALSO"):
    if not re.search(r"^\.SH %s$" % section, page, re.M):
        missing.append("section " + section)
if missing or not options or not checks:
    print("missing from the man page: " + ", ".join(missing or ["everything"]))
    sys.exit(1)
print("covered: %d options, %d checks" % (len(options), len(checks)))
