#!/usr/bin/env python3
"""Lists the length in lines of every function defined in app/, core/ and ui/ (C++ .cpp and .h)
and reports the ones over 80 and over 100 lines, the project's limits (docs: HELPERS, DESIGN).

The functions are found by clang's own parser (libclang, Debian package python3-clang-14), so
strings, comments, raw strings, lambdas and macros are read as the compiler reads them. Each
source file is parsed with the flags of build/compile_commands.json when it is there (configure
the build first; a file that does not parse cleanly is named in a warning, as some of its
functions may be missing); a file the build does not compile (another
platform's backend) and a header no parsed file includes are parsed with plain C++20 flags. A function's
length is the number of lines from the first line of its declaration to its closing brace; the
lambdas inside a function count towards it.

Usage: tools/function_lengths.py [--build DIR] [--all] [--limit N] [FILE...]
  FILE...    measure only these files (default: every .cpp and .h in app/, core/, ui/)
  --all      print every function, longest first (default: only those over 80 lines)
  --limit N  exit with status 1 if more than N functions are over 80 lines or any is over 100
Output: one line per function "LINES  FILE:LINE  NAME", then "N over 80, M over 100".
The whole tree takes a few minutes of CPU (every file is parsed with its Qt headers).
"""
import argparse
import json
import os
import shlex
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FOLDERS = ("app", "core", "ui")
WARN, LIMIT = 80, 100


def load_clang():
    """Imports clang.cindex; Debian installs it for the system python3 only."""
    try:
        import clang.cindex as cindex
    except ImportError:
        sys.path.append("/usr/lib/python3/dist-packages")
        try:
            import clang.cindex as cindex
        except ImportError:
            sys.exit("function_lengths.py needs libclang's Python binding: "
                     "apt-get install python3-clang-14")
    for lib in ("/usr/lib/llvm-14/lib/libclang.so.1", "/usr/lib/llvm-14/lib/libclang.so"):
        if os.path.exists(lib):
            cindex.Config.set_library_file(lib)
            break
    return cindex


def project_files():
    files = []
    for folder in FOLDERS:
        for base, _, names in os.walk(os.path.join(ROOT, folder)):
            files += [os.path.join(base, n) for n in names if n.endswith((".cpp", ".h"))]
    return sorted(files)


def compile_flags(build_dir):
    """Maps each source file to the flags the build compiles it with (minus -o/-c/the file)."""
    path = os.path.join(build_dir, "compile_commands.json")
    if not os.path.exists(path):
        return {}
    flags = {}
    for entry in json.load(open(path)):
        args = entry.get("arguments") or shlex.split(entry["command"])
        kept, skip = [], False
        for arg in args[1:]:
            if skip:
                skip = False
            elif arg in ("-o", "-c", "-MF", "-MT", "-MQ"):
                skip = arg != "-c"
            elif arg != entry["file"] and not arg.startswith("-W"):
                kept.append(arg)
        flags.setdefault(os.path.normpath(entry["file"]), kept)
    return flags


def default_flags():
    return ["-std=c++20", "-I" + ROOT, "-x", "c++"]


def collect(cindex, tu, found, file_set):
    """Records every function definition in a project file, with its line span."""
    kinds = {cindex.CursorKind.FUNCTION_DECL, cindex.CursorKind.CXX_METHOD,
             cindex.CursorKind.CONSTRUCTOR, cindex.CursorKind.DESTRUCTOR,
             cindex.CursorKind.FUNCTION_TEMPLATE, cindex.CursorKind.CONVERSION_FUNCTION}
    containers = {cindex.CursorKind.NAMESPACE, cindex.CursorKind.CLASS_DECL,
                  cindex.CursorKind.STRUCT_DECL, cindex.CursorKind.CLASS_TEMPLATE,
                  cindex.CursorKind.UNEXPOSED_DECL, cindex.CursorKind.LINKAGE_SPEC,
                  cindex.CursorKind.UNION_DECL}
    stack = list(tu.cursor.get_children())
    while stack:
        cursor = stack.pop()
        location = cursor.location.file
        if location is None:
            continue
        name = os.path.normpath(location.name)
        if not name.startswith(ROOT + os.sep):
            continue
        if name not in file_set:
            continue
        rel = os.path.relpath(name, ROOT)
        if cursor.kind in kinds and cursor.is_definition():
            extent = cursor.extent
            lines = extent.end.line - extent.start.line + 1
            parent = cursor.semantic_parent
            owner = parent.spelling + "::" if parent is not None and parent.kind in (
                cindex.CursorKind.CLASS_DECL, cindex.CursorKind.STRUCT_DECL,
                cindex.CursorKind.CLASS_TEMPLATE) else ""
            key = (rel, extent.start.line, owner + cursor.spelling)
            found[key] = max(found.get(key, 0), lines)
        elif cursor.kind in containers:
            stack.extend(cursor.get_children())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("files", nargs="*")
    options = parser.parse_args()

    cindex = load_clang()
    index = cindex.Index.create()
    flags = compile_flags(os.path.abspath(options.build))
    found = {}
    seen_files = set()
    files = project_files()
    if options.files:
        wanted = {os.path.abspath(f) for f in options.files}
        files = [f for f in files if f in wanted]
    file_set = set(files)
    options_mask = cindex.TranslationUnit.PARSE_INCOMPLETE
    if not files:
        sys.exit("function_lengths.py: no .cpp or .h file of app/, core/ or ui/ given")
    unparsed = []  # files with errors: some of their functions may be missing
    for path in [f for f in files if f.endswith(".cpp")]:
        tu = index.parse(path, args=flags.get(path, default_flags()), options=options_mask)
        if any(d.severity >= cindex.Diagnostic.Error for d in tu.diagnostics):
            unparsed.append(os.path.relpath(path, ROOT))
        collect(cindex, tu, found, file_set)
        seen_files.add(path)
        seen_files.update(os.path.normpath(i.include.name) for i in tu.get_includes())
    for path in [f for f in files if f.endswith(".h") and f not in seen_files]:
        tu = index.parse(path, args=default_flags(), options=options_mask)
        collect(cindex, tu, found, file_set)

    rows = sorted(((n, f, line, name) for (f, line, name), n in found.items()),
                  key=lambda r: (-r[0], r[1], r[2]))
    for lines, rel, line, name in rows:
        if options.all or lines > WARN:
            mark = " (over %d)" % LIMIT if lines > LIMIT else ""
            print("%5d  %s:%d  %s%s" % (lines, rel, line, name, mark))
    over_warn = sum(1 for r in rows if r[0] > WARN)
    over_limit = sum(1 for r in rows if r[0] > LIMIT)
    print("%d functions in %d files; %d over %d, %d over %d"
          % (len(rows), len(files), over_warn, WARN, over_limit, LIMIT))
    if unparsed:
        print("warning: %d files did not parse cleanly, some of their functions may be missing "
              "(other platforms' backends; or re-run cmake for new files): %s"
              % (len(unparsed), " ".join(unparsed)), file=sys.stderr)
    if options.limit is not None and (over_warn > options.limit or over_limit > 0):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
