#!/usr/bin/env python3
"""The bash, zsh and fish completions of flowscope-cli offer exactly the commands of
`flowscope-cli --help` and, per command, exactly the options its `COMMAND --help` names.

bash and fish are asked for real (bash: the completion function with COMP_WORDS set, under
bash-completion; fish: `complete -C`); zsh's completion cannot run without a terminal, so
its _arguments specs are read per command from the file.
Usage: completions_test.py FLOWSCOPE_CLI COMPLETIONS_DIR"""
import os
import re
import shutil
import subprocess
import sys

cli, folder = sys.argv[1], sys.argv[2]
failed = False


def fail(message):
    global failed
    failed = True
    print("FAIL: " + message)


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs).stdout


top = run([cli, "--help"])
commands = re.findall(r"^  ([a-z]+) {2,}", top.split("Commands:")[1].split("\n\n")[0], re.M)
if len(commands) < 5:
    sys.exit("FAIL: could not read the commands from flowscope-cli --help:\n" + top)
options = {}
for command in commands:
    text = run([cli, command, "--help"])
    options[command] = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", text)) | {"--help"}
print("flowscope-cli --help: " + " ".join(commands))


def check(shell, command, offered):
    if offered != options[command]:
        fail("%s completes for '%s' %s; --help names %s" % (
            shell, command, sorted(offered - options[command]) or "",
            sorted(options[command] - offered) or ""))


# bash, with bash-completion's helpers (_init_completion, _filedir).
bash_completion = "/usr/share/bash-completion/bash_completion"
if shutil.which("bash") and os.path.exists(bash_completion):
    def bash_complete(words):
        script = ("source %s; source %s/flowscope-cli.bash; COMP_WORDS=(%s); COMP_CWORD=%d; "
                  "COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _flowscope_cli; "
                  "printf '%%s\\n' \"${COMPREPLY[@]}\"" % (
                      bash_completion, folder, " ".join("'%s'" % w for w in words),
                      len(words) - 1))
        return set(run(["bash", "-c", script]).split())
    offered = bash_complete(["flowscope-cli", ""])
    if offered != set(commands) | {"--help", "--version"}:
        fail("bash offers the commands %s" % sorted(offered))
    for command in commands:
        check("bash", command, bash_complete(["flowscope-cli", command, "--"]))
    print("ok  bash")
else:
    print("skip bash: bash-completion is not installed")

# fish
if shutil.which("fish"):
    def fish_complete(line):
        script = "source %s/flowscope-cli.fish; complete -C'%s'" % (folder, line)
        return {row.split("\t")[0] for row in run(["fish", "-c", script]).splitlines()}
    offered = fish_complete("flowscope-cli ")
    if offered != set(commands):
        fail("fish offers the commands %s" % sorted(offered))
    for command in commands:
        check("fish", command, fish_complete("flowscope-cli %s --" % command))
    print("ok  fish")
else:
    print("skip fish: fish is not installed")

# zsh: the commands array and the option specs of each case branch.
text = open(os.path.join(folder, "_flowscope-cli")).read()
zsh_commands = set(re.findall(r"^\s+'([a-z]+):", text.split("commands=(")[1].split(")")[0], re.M))
if zsh_commands != set(commands):
    fail("zsh offers the commands %s" % sorted(zsh_commands))
arrays = {name: set(re.findall(r"'(--[a-z-]+)\[", body))
          for name, body in re.findall(r"local -a (\w+)=\((.*?)\n\s*\)", text, re.S)}
branches = re.findall(r"^\s+([a-z|]+)\)\n\s+_arguments(.*?);;", text.split("case $words[1] in")[1],
                      re.M | re.S)
seen = set()
for names, body in branches:
    offered = set(re.findall(r"['\"](--[a-z-]+)\[", body))
    for name in re.findall(r"\$(\w+)", body):
        offered |= arrays.get(name, set())
    for command in names.split("|"):
        seen.add(command)
        if command in options:
            check("zsh", command, offered)
if seen != set(commands):
    fail("zsh has branches for %s" % sorted(seen))
print("ok  zsh")
sys.exit(1 if failed else 0)
