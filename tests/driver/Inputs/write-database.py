"""Writes compile_commands.json in a directory: one entry per .cpp file in it,
compiled there with -std=c++20. Usage: write-database.py <dir>"""
import glob
import json
import os
import sys

directory = os.path.abspath(sys.argv[1])
entries = [{"directory": directory,
            "file": os.path.join(directory, name),
            "arguments": ["clang++", "-std=c++20", "-c", name]}
           for name in sorted(os.path.basename(path) for path in
                              glob.glob(os.path.join(directory, "*.cpp")))]
with open(os.path.join(directory, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=1)
