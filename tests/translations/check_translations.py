#!/usr/bin/env python3
"""The translation catalogues (translations/flowscope_<code>.ts) against the sources:

1. lupdate, run by tools/update_translations.sh on a copy of the catalogues (and on a new,
   empty one), warns about nothing: no tr() on a variable, no class it cannot place (the
   context would not match the one the app looks up at run time); and the sources hold no
   translate() with a variable context or tr() of a variable, which lupdate skips silently.
2. Every catalogue is up to date: the same messages (context, source, comment, plural) as
   lupdate finds in the sources now. Otherwise: run tools/update_translations.sh.
   English, the sources' language, has only the plural messages (lupdate -pluralonly).
3. Every message of every catalogue is translated and finished, with every plural form, and
   keeps the source's placeholders (%1, %2, %n, %L1) and keyboard accelerator (&).
4. lrelease builds each catalogue and counts no unfinished or untranslated message.
Usage: check_translations.py SOURCE_DIR LUPDATE LRELEASE"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE, LUPDATE, LRELEASE = sys.argv[1:4]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def messages(path):
    """(context, source, comment, numerus) -> the <message> element."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            key = (name, m.findtext("source"), m.findtext("comment") or "",
                   m.get("numerus") == "yes")
            found[key] = m
    return found


def update(directory, new_codes):
    r = subprocess.run([os.path.join(SOURCE, "tools", "update_translations.sh"), *new_codes],
                       env={**os.environ, "LUPDATE": LUPDATE, "TRANSLATIONS_DIR": directory},
                       cwd=SOURCE, capture_output=True, text=True, timeout=300)
    check(r.returncode == 0, f"update_translations.sh: exit {r.returncode}: {r.stderr}")
    noise = [line for line in (r.stdout + r.stderr).splitlines()
             if line.strip() and not re.match(r"\s*(Scanning directory|Updating|Found \d+|Stripping non plural forms)", line)]
    check(not noise, "lupdate warns:\n  " + "\n  ".join(noise))


TR_VARIABLE = re.compile(r"\btr\(\s*[A-Za-z_][A-Za-z0-9_:.>-]*\s*[,)]")
TRANSLATE_VARIABLE = re.compile(r"\btranslate\(\s*[A-Za-z_][A-Za-z0-9_]*\s*,")


def check_sources():
    """lupdate skips, without a word, a translate() whose context is not a literal and a tr()
    of a variable: such text is never translated. A tr() of a variable is allowed only in a
    file that marks its strings with QT_TR_NOOP / QT_TRANSLATE_NOOP (Qt's pattern for tables)."""
    for folder in ("ui", os.path.join("app", "gui")):
        for root, _, files in os.walk(os.path.join(SOURCE, folder)):
            for name in files:
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(root, name)
                text = open(path, encoding="utf-8").read()
                where = os.path.relpath(path, SOURCE)
                for m in TRANSLATE_VARIABLE.finditer(text):
                    check(False, f"{where}: {m.group(0)!r}: give translate() a literal context")
                if "_NOOP(" not in text:
                    for m in TR_VARIABLE.finditer(text):
                        check(False, f"{where}: {m.group(0)!r}: tr() of a variable")


def placeholders(text):
    return sorted(set(re.findall(r"%L?\d+|%n", text or "")))


def accelerators(text):
    return len(re.findall(r"&(?!&)\S", (text or "").replace("&&", "")))


def translations_of(message):
    t = message.find("translation")
    if message.get("numerus") == "yes":
        return t, [f.text or "" for f in t.iter("numerusform")]
    return t, [t.text or ""]


def check_finished(code, found):
    for (context, source, _, numerus), message in found.items():
        where = f"{code}: {context}: {source!r}"
        t, forms = translations_of(message)
        check(t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete"),
              f"{where} is not finished")
        check(all(f.strip() for f in forms), f"{where} has an empty translation")
        want = placeholders(source)
        for form in forms:
            have = placeholders(form)
            # A plural form may drop %n (e.g. "one file" for n == 1), nothing else.
            ok = have == want or (numerus and have == [p for p in want if p != "%n"])
            check(ok, f"{where}: placeholders {have} in {form!r}, the source has {want}")
            check(accelerators(form) == accelerators(source),
                  f"{where}: {form!r} must keep exactly the source's keyboard accelerators (&)")


def check_lrelease(path, code):
    with tempfile.TemporaryDirectory() as out:
        r = subprocess.run([LRELEASE, path, "-qm", os.path.join(out, "x.qm")],
                           capture_output=True, text=True, timeout=120)
    check(r.returncode == 0, f"{code}: lrelease exit {r.returncode}: {r.stderr}")
    m = re.search(r"\((\d+) finished and (\d+) unfinished\)", r.stdout)
    check(m is not None and m.group(2) == "0", f"{code}: lrelease says {r.stdout.strip()!r}")
    check("untranslated" not in r.stdout, f"{code}: lrelease says {r.stdout.strip()!r}")


def main():
    check_sources()
    catalogues = sorted(f for f in os.listdir(os.path.join(SOURCE, "translations"))
                        if re.fullmatch(r"flowscope_\w+\.ts", f))
    with tempfile.TemporaryDirectory() as work:
        for name in catalogues:
            shutil.copy(os.path.join(SOURCE, "translations", name), work)
        # A new catalogue too: what the sources hold now, whatever the committed ones say.
        update(work, ["xx"])
        current = messages(os.path.join(work, "flowscope_xx.ts"))
        check(len(current) > 100, f"lupdate found only {len(current)} messages in ui/")
        for name in catalogues:
            code = name[len("flowscope_"):-3]
            committed = messages(os.path.join(SOURCE, "translations", name))
            wanted = current if code != "en" else {k: m for k, m in current.items() if k[3]}
            missing = set(wanted) - set(committed)
            extra = set(committed) - set(wanted)
            check(not missing and not extra,
                  f"{name} is out of date ({len(missing)} new messages, {len(extra)} gone, "
                  f"e.g. {sorted(missing or extra)[:2]}): run tools/update_translations.sh")
            check_finished(code, committed)
            check_lrelease(os.path.join(SOURCE, "translations", name), code)
        print(f"{len(current)} messages in the sources; {len(catalogues)} catalogues: "
              + ", ".join(c[len('flowscope_'):-3] for c in catalogues))
    print("FAILED" if failures else "ok")
    return 1 if failures else 0


sys.exit(main())
