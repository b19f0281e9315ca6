#!/usr/bin/env python3
"""`flowscope-cli processes` as a user sees it, in a private network namespace with real
processes (flowscope-test-sockets):

* its sockets are listed with pid, all pids (a forked child shares the listener), name, path
  and user, in JSON and in the table;
* a socket owned by another user's process, seen by an unprivileged reader
  (`setpriv --reuid=65534`), shows that user and says the owner is hidden;
* the same reader sees its own user's process in full;
* bad options exit 2 with one sentence, and FLOWSCOPE_PROCESS_BACKEND=procfs gives the same
  table.

Usage: processes_test.py FLOWSCOPE_CLI TEST_SOCKETS. Exits 77 (skipped) with a printed reason
where it cannot run (needs root for the namespace and for setpriv).
"""
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import unittest

SKIP = 77
CLI = HELPER = None
NOBODY = 65534
DROP = ["setpriv", "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY, "--clear-groups",
        "--inh-caps=-all", "--bounding-set=-all"]


def user_name(uid):
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


class Helper:
    def __init__(self, args, prefix=(), program=None):
        self.p = subprocess.Popen(list(prefix) + [program or HELPER] + args, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        self.pid = int(self.p.stdout.readline().split()[1])

    def expect(self, prefix):
        while True:
            line = self.p.stdout.readline()
            if not line or line.startswith(prefix):
                return line.split()

    def finish(self):
        self.p.stdin.close()
        self.p.wait(timeout=30)


def processes(*args, env=None, user=False):
    cmd = ([] if not user else DROP) + [CLI, "processes"] + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, **(env or {})))


def by_port(rows, proto, port, states=("LISTEN", "UNCONN")):
    return [r for r in rows if r["protocol"] == proto and r["local"]["port"] == port and
            (states is None or r["state"] in states)]


class ProcessesTest(unittest.TestCase):
    def test_sockets_with_their_processes_in_json_and_table(self):
        server = Helper(["listen", "tcp", "127.0.0.1", "0", "listen", "udp", "::1", "0", "fork",
                         "wait"])
        tcp_port = int(server.expect("listen")[3])
        udp_port = int(server.expect("listen")[3])
        child = int(server.expect("child")[1])
        client = Helper(["connect", "tcp", "127.0.0.1", str(tcp_port), "wait"])
        client_port = int(client.expect("connect")[3])
        try:
            for env in ({}, {"FLOWSCOPE_PROCESS_BACKEND": "procfs"}):
                r = processes("--format", "json", env=env)
                self.assertEqual(r.returncode, 0, r.stderr)
                rows = json.loads(r.stdout)
                for proto, port, state in (("tcp", tcp_port, "LISTEN"),
                                           ("udp", udp_port, "UNCONN")):
                    [row] = by_port(rows, proto, port)
                    self.assertEqual(row["state"], state)
                    self.assertEqual(row["uid"], os.geteuid())
                    p = row["process"]
                    self.assertIsNotNone(p, row)
                    self.assertEqual(p["pid"], min(server.pid, child))
                    self.assertEqual(p["pids"], sorted([server.pid, child]))
                    self.assertEqual(p["name"], "flowscope-test-sockets")
                    self.assertEqual(p["path"], os.path.realpath(HELPER))
                    self.assertEqual(p["user"], user_name(os.geteuid()))
                [conn] = by_port(rows, "tcp", client_port, None)
                self.assertEqual(conn["state"], "ESTABLISHED")
                self.assertEqual(conn["remote"], {"ip": "127.0.0.1", "port": tcp_port})
                self.assertEqual(conn["process"]["pids"], [client.pid])
                # The server side waits in the accept queue: nobody holds it yet.
                [queued] = by_port(rows, "tcp", tcp_port, ("ESTABLISHED",)) or [None]
                if queued is not None:
                    self.assertIsNone(queued["process"])
                    self.assertIn("accepted", queued["reason"])
            r = processes()
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertTrue(r.stdout.startswith("PROTO"))
            line = [x for x in r.stdout.splitlines()
                    if x.split()[2:3] == ["127.0.0.1:%d" % client_port]][0]
            self.assertIn("flowscope-test-sockets", line)
            self.assertIn(str(client.pid), line)
        finally:
            client.finish()
            server.finish()

    def test_reuseport_sockets_each_show_their_process_of_one_program(self):
        # Two processes bound to the same port (SO_REUSEPORT): two rows with the same
        # addresses, each with its own pid; one program (the command line of the process
        # described first, for both).
        a = Helper(["listen-reuseport", "udp", "127.0.0.1", "0", "wait"])
        port = int(a.expect("listen")[3])
        b = Helper(["sleep", "1", "listen-reuseport", "udp", "127.0.0.1", str(port), "wait"])
        b.expect("listen")
        try:
            r = processes("--format", "json")
            self.assertEqual(r.returncode, 0, r.stderr)
            rows = by_port(json.loads(r.stdout), "udp", port)
            self.assertEqual(len(rows), 2, rows)
            self.assertEqual(sorted(row["process"]["pid"] for row in rows), sorted([a.pid, b.pid]))
            for row in rows:
                self.assertEqual(row["process"]["pids"], [row["process"]["pid"]])
                self.assertEqual(row["process"]["name"], "flowscope-test-sockets")
                self.assertEqual(row["process"]["path"], os.path.realpath(HELPER))
            self.assertEqual(rows[0]["process"]["command_line"], rows[1]["process"]["command_line"])
            # Same addresses: in inode order, whatever order the kernel listed them in.
            self.assertEqual([row["inode"] for row in rows], sorted(row["inode"] for row in rows))
            self.assertIn(rows[0]["process"]["command_line"].split(" ", 1)[1],
                          ("listen-reuseport udp 127.0.0.1 0 wait",
                           "sleep 1 listen-reuseport udp 127.0.0.1 %d wait" % port))
        finally:
            a.finish()
            b.finish()

    def test_thousands_of_sockets_are_listed_once_each_and_in_order(self):
        # More rows than one core sorts and writes (1,024 each): the parts come back whole,
        # in order, as one JSON array.
        import resource
        import socket
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft < 3200:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))
        mine = []
        try:
            for _ in range(3000):
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                s.bind(("127.0.0.1", 0))
                mine.append(s)
        except OSError as e:
            for s in mine:
                s.close()
            self.skipTest("cannot open 3,000 sockets here: %s" % e)
        try:
            r = processes("--format", "json")
            self.assertEqual(r.returncode, 0, r.stderr)
            rows = json.loads(r.stdout)
            ports = {s.getsockname()[1] for s in mine}
            listed = [row["local"]["port"] for row in rows
                      if row["protocol"] == "udp" and row["local"]["ip"] == "127.0.0.1"
                      and row["local"]["port"] in ports]
            self.assertEqual(listed, sorted(ports))
            for row in rows:
                if row["protocol"] == "udp" and row["local"]["port"] in ports:
                    self.assertEqual(row["process"]["pid"], os.getpid())
        finally:
            for s in mine:
                s.close()

    def test_other_users_sockets_show_the_user_and_a_hidden_owner(self):
        tmp = tempfile.mkdtemp()
        os.chmod(tmp, 0o755)
        cli = os.path.join(tmp, "flowscope-cli")
        helper = os.path.join(tmp, "flowscope-test-sockets")
        shutil.copy(CLI, cli)  # copies nobody may run, without file capabilities
        shutil.copy(HELPER, helper)
        root_owned = Helper(["listen", "tcp", "127.0.0.1", "0", "wait"])
        root_port = int(root_owned.expect("listen")[3])
        nobody_owned = Helper(["listen", "udp", "127.0.0.1", "0", "wait"], prefix=DROP,
                              program=helper)
        nobody_port = int(nobody_owned.expect("listen")[3])
        try:
            r = subprocess.run(DROP + [cli, "processes", "--format", "json"],
                               capture_output=True, text=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
            rows = json.loads(r.stdout)
            [hidden] = by_port(rows, "tcp", root_port)
            self.assertIsNone(hidden["process"])
            self.assertTrue(hidden["owner_hidden"])
            self.assertEqual(hidden["user"], user_name(0))
            self.assertIn("hidden", hidden["reason"])
            self.assertIn(user_name(0), hidden["reason"])
            [own] = by_port(rows, "udp", nobody_port)
            self.assertEqual(own["process"]["pid"], nobody_owned.pid)
            self.assertEqual(own["process"]["user"], user_name(NOBODY))
            r = subprocess.run(DROP + [cli, "processes"], capture_output=True, text=True,
                               timeout=60)
            line = [x for x in r.stdout.splitlines()
                    if x.split()[1:3] == ["LISTEN", "127.0.0.1:%d" % root_port]][0]
            self.assertIn("hidden (user %s)" % user_name(0), line)
            # Root sees nobody's process in full.
            rows = json.loads(processes("--format", "json").stdout)
            [full] = by_port(rows, "udp", nobody_port)
            self.assertEqual(full["process"]["user"], user_name(NOBODY))
            self.assertEqual(full["uid"], NOBODY)
        finally:
            root_owned.finish()
            nobody_owned.finish()
            shutil.rmtree(tmp)

    def test_usage_errors_exit_2_with_one_sentence(self):
        for args in (["--format", "xml"], ["--bogus"], ["extra"]):
            r = processes(*args)
            self.assertEqual(r.returncode, 2, args)
            lines = r.stderr.strip().splitlines()
            self.assertEqual(len(lines), 1, r.stderr)
            self.assertTrue(lines[0].startswith("flowscope-cli: "))
        r = processes("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("--format", r.stdout)


def main():
    global CLI, HELPER
    CLI, HELPER = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    if os.environ.get("FLOWSCOPE_IN_NETNS") != "1":
        if os.geteuid() != 0 or shutil.which("setpriv") is None:
            print("SKIPPED: needs root (a private network namespace, and setpriv to drop to "
                  "another user).")
            sys.exit(SKIP)
        probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
        if probe.returncode != 0:
            print("SKIPPED: cannot create a private network namespace (%s)."
                  % probe.stderr.strip())
            sys.exit(SKIP)
        env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
        sys.exit(subprocess.run(["unshare", "-n", "--", sys.executable, __file__, CLI, HELPER],
                                env=env).returncode)
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    unittest.main(argv=[sys.argv[0], "-v"])


if __name__ == "__main__":
    main()
