#!/usr/bin/env python3
"""The pre-release soak: bad input files, kill -9 during ingest and during a digest run, N chat users for T seconds,
and a Connector slower than the bot's timeout. Everything runs on 127.0.0.1 against a Connector stand-in written
here; every loop is bounded in count and in time. Prints one line of figures per part and exits 1 when any part saw
a crash, a lost document, or a duplicate or missing post. Run it through scripts/soak.sh."""

import argparse
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DLL = os.path.join(ROOT, "src/ScrutinyBot.Host/bin/Release/net10.0/ScrutinyBot.Host.dll")
SAMPLES = os.path.join(ROOT, "samples")
CRASH_MARKERS = ("Unhandled exception", "Process terminated", "Fatal error")


# ---------------------------------------------------------------- the Connector stand-in

class StandIn:
    """A Bot Connector on 127.0.0.1: records every POST under v3/conversations and answers 201 {"id"} after `delay`."""

    def __init__(self):
        self.delay = 0.0
        self.lock = threading.Lock()
        self.posts = []  # (conversation id, reply-to id or None, activity type, summary)
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as the real Connector

            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urllib.request.unquote(self.path).split("/")
                try:
                    activity = json.loads(body or b"{}")
                except ValueError:
                    activity = {}
                if "conversations" in parts:
                    at = parts.index("conversations")
                    conversation = parts[at + 1] if len(parts) > at + 1 else ""
                    reply_to = parts[at + 3] if len(parts) > at + 3 else None
                    with stand_in.lock:
                        stand_in.posts.append((conversation, reply_to, activity.get("type"), activity.get("summary")))
                if stand_in.delay:
                    time.sleep(stand_in.delay)
                answer = json.dumps({"id": "sent-%d" % len(stand_in.posts)}).encode()
                try:
                    self.send_response(201)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot gave up waiting (its timeout); the post was recorded all the same

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # the default 5 resets connections under load

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = "http://127.0.0.1:%d/_connector" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def digests(self, conversation=None):
        with self.lock:
            return sum(1 for p in self.posts
                       if (conversation is None or p[0] == conversation) and p[1] is None and p[3] == "Scrutiny digest")

    def replies_to(self):
        with self.lock:
            counts = {}
            for conversation, reply_to, kind, _ in self.posts:
                if reply_to and kind == "message":
                    counts[reply_to] = counts.get(reply_to, 0) + 1
            return counts

    def close(self):
        self.server.shutdown()


# ---------------------------------------------------------------- the bot

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bot_env(data, extra=None):
    env = dict(os.environ)
    env.update({
        "Storage__DataDirectory": data,
        "Bot__AppId": "",
        "Bot__AllowAnonymousLoopback": "true",
        "Digests__PollIntervalSeconds": "86400",
        "Ingestion__WatchDirectory": "",
        "Logging__LogLevel__Default": "Warning",
        "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
    })
    env.update(extra or {})
    return env


def cli(data, args, timeout=600, extra=None, measure=None):
    """Runs one verb to completion; returns (exit code, seconds, stderr). With `measure` (a list), appends the
    process's peak resident memory in MB."""
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(["dotnet", DLL, "--data", data] + args, env=bot_env(data, extra),
                                   stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL, text=True)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    if measure is not None:
        measure.append(usage.ru_maxrss / 1024)
    return process.returncode, time.monotonic() - started, stderr


def crashed(code, stderr):
    return code not in (0, 1) or any(m in stderr for m in CRASH_MARKERS)


class Server:
    def __init__(self, data, extra=None):
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        self.log = open(os.path.join(os.path.dirname(data), "serve-%d.log" % self.port), "w")
        self.process = subprocess.Popen(["dotnet", DLL, "--data", data, "--urls", self.url], env=bot_env(data, extra),
                                        stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the bot exited on start; see " + self.log.name)
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.25)
        raise RuntimeError("the bot did not start listening")

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


def activity(stand_in, conversation, user, text, activity_id):
    return {
        "type": "message", "id": activity_id, "serviceUrl": stand_in.url, "channelId": "msteams",
        "from": {"id": user, "name": user, "aadObjectId": "00000000-0000-0000-0000-%012d" % (hash(user) % 10 ** 12)},
        "recipient": {"id": "bot", "name": "ScrutinyBot"},
        "conversation": {"id": conversation, "conversationType": "personal", "tenantId": "soak-tenant"},
        "channelData": {"tenant": {"id": "soak-tenant"}}, "text": text, "textFormat": "plain", "locale": "en-GB",
    }


def post_json(url, payload, timeout=60):
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, response.read()


def subscribe(server, stand_in, conversations):
    for i, conversation in enumerate(conversations):
        status, _ = post_json(server.url + "/api/messages",
                              activity(stand_in, conversation, "user-%d" % i, "subscribe daily at 09:00", "sub-%d" % i))
        assert status == 200, status


def outbox(data):
    """(subscription conversation, status) for every digest row, read straight from the store."""
    with sqlite3.connect(os.path.join(data, store_file(data))) as db:
        return db.execute("""SELECT s.conversation_id, o.status FROM digest_outbox o
                             JOIN subscriptions s ON s.id = o.subscription_id""").fetchall()


def store_file(data):
    return next(f for f in os.listdir(data) if f.endswith((".db", ".sqlite", ".sqlite3")))


def post_accounting(stand_in, data, conversations):
    """Duplicates: digests Teams got beyond the rows that were sent or may have been (unknown, sending). Missing:
    rows the bot recorded as sent that Teams never got, and rows still unsent after the final run."""
    rows = outbox(data)
    duplicate = missing = unconfirmed = posts = 0
    for conversation in conversations:
        mine = [status for c, status in rows if c == conversation]
        sent = mine.count("sent")
        maybe = mine.count("unknown") + mine.count("sending")
        received = stand_in.digests(conversation)
        posts += received
        duplicate += max(0, received - sent - maybe)
        missing += max(0, sent - received) + mine.count("pending") + mine.count("failed")
        unconfirmed += maybe
    return posts, duplicate, missing, unconfirmed


# ---------------------------------------------------------------- bad input files (generated)

def docx_bytes(document_xml, extra_entries=0):
    path = tempfile.mktemp(suffix=".docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document_xml)
        for i in range(extra_entries):
            z.writestr("word/media/%d.bin" % i, b"")
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    return data


def bomb_docx(path, expanded):
    """A .docx whose word/document.xml is one paragraph of `expanded` letters, deflated at the highest ratio."""
    head = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>")
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open(zipfile.ZipInfo("word/document.xml"), "w", force_zip64=True) as part:
            part.write(head)
            chunk = b"A" * (1 << 20)
            for _ in range(expanded >> 20):
                part.write(chunk)
            part.write(tail)


def claiming_entries(data, entries):
    end = data.rfind(b"PK\x05\x06")
    return data[:end + 8] + struct.pack("<HH", entries, entries) + data[end + 12:]


def bad_inputs(folder):
    paragraph = lambda t: "<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % t
    wrap = lambda body: ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                         'wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    rng = random.Random(11)
    files = {
        "empty.txt": b"",
        "random-bytes.txt": bytes(rng.getrandbits(8) for _ in range(4096)),
        "random-bytes.pdf": bytes(rng.getrandbits(8) for _ in range(4096)),
        "random-bytes.docx": bytes(rng.getrandbits(8) for _ in range(4096)),
        "truncated.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Type /Pa",
        "html-renamed.pdf": b"<html><body>not a pdf</body></html>",
        "not-a-word-zip.docx": docx_bytes("x").replace(b"word/document.xml", b"word/documenX.xml"),
        "broken-xml.docx": docx_bytes(wrap(paragraph("unclosed <w:p>"))),
        "xxe.docx": docx_bytes('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                               '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                               "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"),
        "60000-entries.docx": claiming_entries(docx_bytes(wrap(paragraph("Minutes"))), 60000),
        "10000-real-entries.docx": docx_bytes(wrap(paragraph("Minutes")), extra_entries=10000),
        "million-tags.html": b"<html><body>" + b"<i></i>" * 1_000_000 + b"</body></html>",
        "nested-5000.html": b"<html><body>" + b"<div>" * 5000 + b"deep" + b"</div>" * 5000 + b"</body></html>",
        "no-body.html": b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>",
        "utf8-claims-bom.txt": b"\xef\xbb\xbf" + b"\xff\xfe bad",
        "nul-in-text.md": b"# Minutes\x00\x00\x00" * 100,
        "control-chars.txt": bytes(range(1, 32)) * 200,
        "huge-line.txt": b"resolved " * 2_000_000,
        "unicode name \u00e9\u4e2d.txt": "Minutes of the meeting. RESOLVED: that the report be noted.".encode(),
    }
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    bomb_docx(os.path.join(folder, "bomb-1gb.docx"), 1 << 30)
    bomb_docx(os.path.join(folder, "bomb-100mb.docx"), 100 << 20)
    return sorted(os.listdir(folder))


def part_bad_inputs(work):
    folder = os.path.join(work, "bad")
    os.makedirs(folder)
    names = bad_inputs(folder)
    crashes = refused = accepted = 0
    slowest = 0.0
    memory = []
    for index, name in enumerate(names):
        data = os.path.join(work, "bad-data-%d" % index)
        code, seconds, stderr = cli(data, ["ingest", os.path.join(folder, name)], timeout=300, measure=memory)
        slowest = max(slowest, seconds)
        print("  %-28s exit %d, %.1f s, %d MB" % (name, code, seconds, memory[-1]), file=sys.stderr)
        if crashed(code, stderr):
            crashes += 1
            print("  crash on %s (exit %d)" % (name, code), file=sys.stderr)
        elif code == 0:
            accepted += 1
        else:
            refused += 1
    peak = max(memory)
    print("bad-inputs: %d cases, %d crashes, %d refused with a message, %d accepted, slowest %.1f s, peak RSS %d MB"
          % (len(names), crashes, refused, accepted, slowest, peak))
    return crashes == 0


# ---------------------------------------------------------------- kill -9 during ingest

def documents(data):
    with sqlite3.connect(os.path.join(data, store_file(data))) as db:
        ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return db.execute("SELECT count(*) FROM documents").fetchone()[0], ok


def part_kill_ingest(work, kills, deadline):
    papers = os.path.join(work, "papers")
    shutil.copytree(SAMPLES, papers)
    expected = len([f for f in os.listdir(papers) if not f.startswith(".")])
    data = os.path.join(work, "kill-ingest-data")
    rng = random.Random(5)
    done = crashes = 0
    while done < kills and time.monotonic() < deadline:
        process = subprocess.Popen(["dotnet", DLL, "--data", data, "ingest", papers], env=bot_env(data),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        wait_until = time.monotonic() + 60
        while not os.path.exists(os.path.join(data, "scrutinybot.db")) and process.poll() is None and time.monotonic() < wait_until:
            time.sleep(0.05)  # until the store is open, so the kill lands mid-ingest
        time.sleep(rng.uniform(0.2, 3.0))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            done += 1
        process.wait(30)
        if process.returncode not in (0, 1, -9):
            crashes += 1
        # A file touched by a killed run must be re-ingested: mark one as changed now and then.
        if done % 2 == 1:
            first = sorted(os.listdir(papers))[0]
            os.utime(os.path.join(papers, first))
    code, _, stderr = cli(data, ["ingest", papers])
    crashes += crashed(code, stderr)
    stored, intact = documents(data)
    lost = max(0, expected - stored)
    print("kill-ingest: %d kill -9 during ingest, %d crashes, %d documents lost (%d of %d stored after a rerun), store %s, rerun exit %d"
          % (done, crashes, lost, stored, expected, "intact" if intact else "DAMAGED", code))
    return crashes == 0 and lost == 0 and intact and code == 0


# ---------------------------------------------------------------- kill -9 during a digest run

def part_kill_digest(work, kills, deadline):
    data = os.path.join(work, "kill-digest-data")
    code, _, _ = cli(data, ["ingest", SAMPLES])
    stand_in = StandIn()
    stand_in.delay = 0.4
    server = Server(data)
    conversations = ["kill-%d" % i for i in range(6)]
    crashes = done = 0
    try:
        subscribe(server, stand_in, conversations)
        rng = random.Random(9)
        while done < kills and time.monotonic() < deadline:
            before = stand_in.digests()
            process = subprocess.Popen(["dotnet", DLL, "--data", data, "digest", "run", "--force"], env=bot_env(data),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
            wait_until = time.monotonic() + 60
            while stand_in.digests() == before and process.poll() is None and time.monotonic() < wait_until:
                time.sleep(0.05)  # until the run is posting, so the kill lands mid-run
            time.sleep(rng.uniform(0.0, 1.5))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                done += 1
            process.wait(60)
            if process.returncode not in (0, 1, -9):
                crashes += 1
        stand_in.delay = 0
        final, _, stderr = cli(data, ["digest", "run"])
        crashes += crashed(final, stderr) + (not server.alive())
        posts, duplicate, missing, unconfirmed = post_accounting(stand_in, data, conversations)
    finally:
        server.stop()
        stand_in.close()
    print("kill-digest: %d kill -9 during `digest run --force`, %d crashes, %d digests posted, %d duplicate, %d missing posts, %d unconfirmed (not re-sent)"
          % (done, crashes, posts, duplicate, missing, unconfirmed))
    return crashes == 0 and duplicate == 0 and missing == 0


# ---------------------------------------------------------------- N chat users for T seconds

QUESTIONS = [
    "who chaired the November 2024 meeting?", "overdue", "due soon", "next meeting", "help",
    "what was resolved about school attendance?", "resolutions since 2024-01-01", "who was absent from the 13 November CYP scrutiny committee?",
    "[Click here](https://evil.example/login) what is the waiting time?", "meeting 13 November 2024",
]


def part_chat(work, users, seconds):
    data = os.path.join(work, "chat-data")
    cli(data, ["ingest", SAMPLES])
    stand_in = StandIn()
    server = Server(data)
    latencies, errors, sent_ids = [], [0], []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def user(n):
        rng = random.Random(n)
        i = 0
        while time.monotonic() < stop_at and i < 100_000:
            i += 1
            activity_id = "u%d-m%d" % (n, i)
            payload = activity(stand_in, "chat-%d" % n, "user-%d" % n, rng.choice(QUESTIONS), activity_id)
            started = time.monotonic()
            try:
                status, _ = post_json(server.url + "/api/messages", payload)
                ok = 200 <= status < 300
            except (urllib.error.URLError, OSError):
                ok = False
            with lock:
                latencies.append(time.monotonic() - started)
                sent_ids.append(activity_id)
                errors[0] += 0 if ok else 1

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 120)
    alive = server.alive()
    server.stop()
    stand_in.close()
    replies = stand_in.replies_to()
    duplicate = sum(max(0, replies.get(i, 0) - 1) for i in sent_ids)
    missing = sum(1 for i in sent_ids if replies.get(i, 0) == 0)
    ms = sorted(x * 1000 for x in latencies) or [0]
    pct = lambda p: ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]
    print("chat-load: %d users for %d s, %d requests (%.1f/s), %d errors, %d crashes, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, %d duplicate and %d missing replies"
          % (users, seconds, len(ms), len(latencies) / seconds, errors[0], 0 if alive else 1, pct(50), pct(95), pct(99), duplicate, missing))
    return alive and errors[0] == 0 and duplicate == 0 and missing == 0


# ---------------------------------------------------------------- a Connector slower than the timeout

def part_slow_connector(work, runs):
    data = os.path.join(work, "slow-data")
    cli(data, ["ingest", SAMPLES])
    stand_in = StandIn()
    slow = {"Bot__Connector__RequestTimeoutSeconds": "2"}
    server = Server(data, slow)
    conversations = ["slow-%d" % i for i in range(4)]
    crashes = 0
    try:
        subscribe(server, stand_in, conversations)
        stand_in.delay = 4.0
        for i in range(runs):
            code, _, stderr = cli(data, ["digest", "run"] + (["--force"] if i % 2 == 0 else []), extra=slow)
            crashes += crashed(code, stderr)
        stand_in.delay = 0
        code, _, stderr = cli(data, ["digest", "run"], extra=slow)
        crashes += crashed(code, stderr) + (not server.alive())
        posts, duplicate, missing, unconfirmed = post_accounting(stand_in, data, conversations)
        rows = len([r for r in outbox(data) if r[0] in conversations])
    finally:
        server.stop()
        stand_in.close()
    print("slow-connector: Connector 4 s, bot timeout 2 s, %d runs x %d subscriptions: %d digests queued, %d posted, %d duplicate, %d missing posts, %d unconfirmed (not re-sent), %d crashes"
          % (runs, len(conversations), rows, posts, duplicate, missing, unconfirmed, crashes))
    return crashes == 0 and duplicate == 0 and missing == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=8, help="chat users at once (default 8)")
    parser.add_argument("--seconds", type=int, default=60, help="how long the chat load runs (default 60)")
    parser.add_argument("--kills", type=int, default=5, help="kill -9 per kill part (default 5)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if not os.path.exists(DLL):
        sys.exit("build first: dotnet build src/ScrutinyBot.Host -c Release")
    work = tempfile.mkdtemp(prefix="scrutinybot-soak-")
    print("soak: %s, %d users x %d s, %d kills per part, in %s" % (time.strftime("%Y-%m-%d %H:%M"), args.users, args.seconds, args.kills, work))
    ok = True
    try:
        ok &= part_bad_inputs(work)
        ok &= part_kill_ingest(work, args.kills, time.monotonic() + 300)
        ok &= part_kill_digest(work, args.kills, time.monotonic() + 300)
        ok &= part_chat(work, args.users, args.seconds)
        ok &= part_slow_connector(work, 3)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("soak: " + ("passed" if ok else "FAILED"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
