#!/usr/bin/env python3
"""Two checks of issue #8 that shared/tools/layers.py does not make, read from the code only:
no two structs in src/ share a name, and no integration test file takes fixtures from another
test file (grouped imports such as `use super::{helpers, register::x}` included).
Run from the project root: python3 scripts/structure.py (exit 1 when a check fails)."""
import os
import re
import sys

failed = False


def report(ok, what, detail):
    global failed
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
    failed |= not ok


def rust_files(top):
    for root, _, names in os.walk(top):
        for n in sorted(names):
            if n.endswith(".rs"):
                yield os.path.join(root, n)


# 1. Struct names, wherever they are declared (tests included, macros' own bodies aside).
structs = {}
for path in rust_files("src"):
    for m in re.finditer(r"^\s*(?:pub(?:\([^)]*\))?\s+)?struct\s+([A-Z]\w*)",
                         open(path, encoding="utf-8").read(), re.M):
        structs.setdefault(m.group(1), []).append(path)
shared = {name: paths for name, paths in structs.items() if len(paths) > 1}
report(not shared, f"no two of the {len(structs)} structs in src/ share a name",
       "; ".join(f"{n} in {', '.join(p)}" for n, p in sorted(shared.items())))

# 2. Integration test files (and the helpers) import no test file: `super::x` or `crate::x`,
# alone or in a group, where x is a module of tests/app with tests of its own.
tdir = os.path.join("tests", "app")
texts = {n[:-3]: open(os.path.join(tdir, n), encoding="utf-8").read()
         for n in os.listdir(tdir) if n.endswith(".rs")}
with_tests = {n for n, t in texts.items() if re.search(r"#\[[\w:]*test\]", t) and n != "main"}


def imported(text, roots="super|crate"):
    """The first path segment after `super::`/`crate::`, also inside `{...}` groups."""
    names = set(re.findall(rf"\b(?:{roots})::(\w+)", text))
    for group in re.findall(rf"\b(?:{roots})::\{{([^}}]*)\}}", text):
        names |= set(re.findall(r"(?:^|,)\s*(\w+)", group))
    return names


helper_texts = {f"helpers/{n[:-3]}": open(os.path.join(tdir, "helpers", n), encoding="utf-8").read()
                for n in os.listdir(os.path.join(tdir, "helpers")) if n.endswith(".rs")}
# In a helper file `super::` is the helpers module itself: only `crate::x` reaches a test file.
cross = sorted(f"{n} -> {o}" for n, t in texts.items() for o in imported(t)
               if o in with_tests and o != n)
cross += sorted(f"{n} -> {o}" for n, t in helper_texts.items() for o in imported(t, "crate")
                if o in with_tests)
report(not cross, "no integration test file imports another test file's fixtures", cross)

# 3. No test file over 500 lines: tests/ (helpers included) and unit-test files in src/.
test_files = list(rust_files("tests")) + [
    p for p in rust_files("src") if p.endswith("tests.rs") or os.sep + "tests" + os.sep in p]
big = [f"{p} {open(p, encoding='utf-8').read().count(chr(10))}" for p in test_files
       if open(p, encoding="utf-8").read().count("\n") > 500]
report(not big, f"none of the {len(test_files)} test files is over 500 lines", big)
sys.exit(1 if failed else 0)
