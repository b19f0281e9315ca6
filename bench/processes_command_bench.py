#!/usr/bin/env python3
"""Times whole commands, interleaved, for bench/processes_command.sh:

    processes_command_bench.py RUNS FLOWSCOPE_CLI [OTHER_CLI...]

Per round, in this order: `ss -tunap`, `FLOWSCOPE_CLI processes --format json` and each
OTHER_CLI (e.g. older builds) the same way, each with standard output to /dev/null (fork and
exec included, as a user runs them). Wall time from perf_counter around the child, CPU time
(user + system, all threads) from wait4. Prints the median and the fastest of each and the
ratios of the medians to ss. Before timing, every other CLI's output is compared with
FLOWSCOPE_CLI's (they must be equal: the load does not change while it runs).
"""
import os
import statistics
import subprocess
import sys
import time


def run(cmd):
    devnull = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(devnull, 1)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    os.close(devnull)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("%s failed (%s)" % (" ".join(cmd), status))
    return wall, usage.ru_utime + usage.ru_stime


def main():
    runs = int(sys.argv[1])
    clis = sys.argv[2:]
    commands = [("ss -tunap", ["ss", "-tunap"])]
    commands.append(("flowscope-cli processes --format json", [clis[0], "processes", "--format",
                                                               "json"]))
    outputs = [subprocess.run([c, "processes", "--format", "json"], capture_output=True,
                              check=True).stdout for c in clis]
    print("JSON output: %d bytes" % len(outputs[0]))
    for cli, output in zip(clis[1:], outputs[1:]):
        commands.append((cli, [cli, "processes", "--format", "json"]))
        print("output of %s: %s" % (cli, "identical" if output == outputs[0] else "DIFFERENT"))
    for _, cmd in commands:  # warm-up: page cache, dentries
        run(cmd)
    times = {name: [] for name, _ in commands}
    for _ in range(runs):
        for name, cmd in commands:
            times[name].append(run(cmd))
    base_wall = statistics.median(w for w, _ in times["ss -tunap"])
    base_cpu = statistics.median(c for _, c in times["ss -tunap"])
    print("%d runs each, interleaved; medians (fastest)" % runs)
    print("| command | wall | x ss -tunap | CPU | x ss -tunap |")
    print("|---|---:|---:|---:|---:|")
    for name, _ in commands:
        wall = statistics.median(w for w, _ in times[name])
        cpu = statistics.median(c for _, c in times[name])
        fastest = min(w for w, _ in times[name])
        print("| %s | %.1f ms (%.1f) | %.3f | %.1f ms | %.3f |" %
              (name, wall * 1e3, fastest * 1e3, wall / base_wall, cpu * 1e3, cpu / base_cpu))


if __name__ == "__main__":
    main()
