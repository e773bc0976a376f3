#!/usr/bin/env python3
"""score-styles.py [DIR] [HOST] - how well papers in other councils' house styles are read.

Ingests DIR (default tests/data/council-styles; vectors off) with HOST (default the Release build of
src/ScrutinyBot.Host) into a scratch store, compares `facts --json` with DIR/truth.json and prints, per file,
what differs, then the share right for each fact. The papers were written by a helper in eight councils' styles
(session 41); truth.json holds the facts each states: counts of resolutions, recommendations and work programme
items, or (a probe set written later) the phrases of each, matched in what was read. DIR may hold the papers as
PDFs laid out from the .txt files by scripts/txt2pdf (same names), to score the PDF reader on the same layouts."""
import json, os, subprocess, sys, shutil, re, tempfile
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests/data/council-styles")
binp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "src/ScrutinyBot.Host/bin/Release/net10.0/ScrutinyBot.Host.dll")
work = tempfile.mkdtemp(prefix="score-styles-")
store, tmp = os.path.join(work, "store"), os.path.join(work, "in")
os.makedirs(tmp)
env = dict(os.environ, Embeddings__MiniLM__Enabled="false")
for f in os.listdir(d):
    if f.endswith(".txt") or f.endswith(".pdf"): shutil.copy(os.path.join(d, f), tmp)
subprocess.run(["dotnet", binp, "--data", store, "ingest", tmp], env=env, capture_output=True, check=True)
facts = json.loads(subprocess.run(["dotnet", binp, "--data", store, "facts", "--json"], env=env, capture_output=True, text=True, check=True).stdout)
# A probe set laid out as PDFs (scripts/txt2pdf) is scored against the truth of its .txt twin.
for rows in facts.values():
    for x in rows if isinstance(rows, list) else []:
        if isinstance(x, dict) and str(x.get("source", "")).endswith(".pdf"): x["source"] = x["source"][:-4] + ".txt"
shutil.rmtree(work, ignore_errors=True)
truth = json.load(open(os.path.join(d, "truth.json")))
norm = lambda s: re.sub(r"[^a-z0-9]", "", (s or "").lower())
tot = {}
def score(k, ok):
    a = tot.setdefault(k, [0, 0]); a[0] += bool(ok); a[1] += 1
    return ok
for t in truth:
    f = t["file"]; ms = [m for m in facts["meetings"] if m["source"] == f]
    m = next((m for m in ms if m["date"] == t["date"]), None)
    bad = []
    if not score("meeting", m is not None): bad.append(f"meeting missing (got {[x['date'] for x in ms]})")
    else:
        if not score("committee", norm(t["committee"]) in norm(m["committee"]) or norm(m["committee"]) in norm(t["committee"])): bad.append(f"committee {m['committee']!r} vs {t['committee']!r}")
        for k in ("start", "end"):
            if t.get(k) and not score(k, m[k] == t[k]): bad.append(f"{k} {m[k]} vs {t[k]}")
        if t.get("place") and not score("place", norm(t["place"])[:15] in norm(m["place"]) ): bad.append(f"place {m['place']!r} vs {t['place']!r}")
        if t.get("chair") and not score("chair", m["chair"] and norm(t["chair"]).endswith(norm(m["chair"].split()[-1]))): bad.append(f"chair {m['chair']!r} vs {t['chair']!r}")
    res = [x for x in facts["resolutions"] if x["source"] == f]
    if isinstance(t.get("resolutions"), list) and t["resolutions"]:
        # Phrases copied from each decision (session 42's probes): every one must be in a resolution read.
        missed = [p for p in t["resolutions"] if not any(norm(p) in norm(x["text"]) for x in res)]
        if not score("resolutions", not missed): bad.append(f"resolutions {len(t['resolutions']) - len(missed)}/{len(t['resolutions'])} (of {len(res)} read), missed {missed}")
    elif t.get("resolutions") and not score("resolutions", len(res) == t["resolutions"]): bad.append(f"resolutions {len(res)} vs {t['resolutions']}")
    for st, key in (("present", "present"), ("apologies", "apologies")):
        want = t.get(key) or []
        if want:
            # A substitute sits as a member: the probes' truth lists them among those present.
            statuses = ("present", "substitute") if st == "present" else (st,)
            got = [a["name"] for a in facts["attendance"] if a["source"] == f and a["status"] in statuses]
            hit = sum(any(norm(w.split()[-1]) == norm(g.split()[-1]) for g in got) for w in want)
            score(key, hit == len(want) and len(got) <= len(want) + 1)
            if hit != len(want) or len(got) > len(want) + 1: bad.append(f"{key} {hit}/{len(want)} got {got}")
    recs = [x for x in facts["recommendations"] if x["source"] == f]
    if isinstance(t.get("recommendations"), list) and t["recommendations"]:
        # Phrases (later probes) or records with the dates and whether a response came (session 41's).
        text = lambda w: w if isinstance(w, str) else w["text"]
        found = [next((x for x in recs if norm(text(w)) in norm(x["text"])), None) for w in t["recommendations"]]
        hit = sum(x is not None for x in found)
        if not score("recommendations", hit == len(found)): bad.append(f"recommendations {hit}/{len(found)} (of {len(recs)} read)")
        pairs = [(w, x) for w, x in zip(t["recommendations"], found) if x is not None and not isinstance(w, str)]
        for key, fk in (("issued", "issued"), ("deadline", "deadline")):
            if pairs and not score(key, all(x[fk] == w[key] for w, x in pairs)): bad.append(f"{key} " + ", ".join(f"{x[fk]} vs {w[key]}" for w, x in pairs if x[fk] != w[key]))
        if pairs and not score("responded", all((x["responseStatus"] == "responded") == w["responded"] for w, x in pairs)): bad.append("responded " + ", ".join(f"{x['responseStatus']} vs {w['responded']}" for w, x in pairs if (x["responseStatus"] == "responded") != w["responded"]))
    wps = [x for x in facts["workProgramme"] if x["source"] == f]
    if isinstance(t.get("work_programme_items"), list) and t["work_programme_items"]:
        missed = [w for w in t["work_programme_items"] if not any(norm(w)[:24] in norm(x["item"]) for x in wps)]
        if not score("work_programme_items", not missed and len(wps) <= len(t["work_programme_items"]) + 2): bad.append(f"work programme {len(t['work_programme_items']) - len(missed)}/{len(t['work_programme_items'])} (of {len(wps)} read), missed {missed[:4]}")
    for k, fk in (("recommendations", "recommendations"), ("work_programme_items", "workProgramme")):
        if t.get(k) and not isinstance(t[k], list):
            n = len([x for x in facts[fk] if x["source"] == f])
            if not score(k, n == t[k]): bad.append(f"{k} {n} vs {t[k]}")
    print(f"{f}: {'OK' if not bad else '; '.join(bad)}")
print(" ".join(f"{k} {a}/{b}" for k, (a, b) in tot.items()))
