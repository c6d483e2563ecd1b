#!/usr/bin/env python3
"""Check the bundle.json + expected.json of one of the project's own labelled sets.

    python3 test/eval/sets/check_set.py test/eval/sets/holdout     exit status 1 on any error (warnings do not fail)

The set's id ranges come from its set.json ("tickets", "users", "organizations": [first, last]).

Checks: id ranges and references resolve; timestamps; the lane(s) follow from the six levels
by the lane rules of policy.md; every raised level has evidence; quotes occur verbatim in the
requester's own text (never agent comments, AI drafts, quoted '>' lines or forwarded mail);
record facts hold against the bundle; record-driven minimum levels; the alternative reading of
the 7-day contact count is covered by the lanes; owner, family and language entries.
"""
import glob, json, os, re, sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta

if len(sys.argv) != 2:
    sys.exit("usage: check_set.py <set folder>")
HERE = os.path.abspath(sys.argv[1])
_SET = json.load(open(os.path.join(HERE, "set.json"), encoding="utf-8"))
TICKETS = tuple(_SET["tickets"])
USERS = tuple(_SET["users"])
ORGS = tuple(_SET["organizations"])
FACTORS = ["policy_sensitivity", "security_identity", "missing_context",
           "action_irreversibility", "customer_pressure", "multi_domain_complexity"]
RANK = {"low": 0, "medium": 1, "high": 2}
NAME = {0: "low", 1: "medium", 2: "high"}
FAMILIES = {"documentation", "feature_access", "billing", "permissions", "provisioning",
            "usage_limits", "contract", "outage", "security"}
ALLOW = {"documentation", "feature_access", "usage_limits"}
ORG_FIELDS = {"plan_tier": {"free", "standard", "business", "enterprise"},
              "contract_type": {"standard", "negotiated"}, "renewal_date": None,
              "csm_owner": None, "region": {"us", "eu", "apac"}, "executive_sponsor": {True, False}}
CUSTOM_FIELDS = {9000001, 9000002, 9000003, 9000004, 9000005}
DEMO_GROUPS = {100: "Frontline Support", 101: "Billing Specialists", 102: "Security & Identity",
               103: "Customer Success", 104: "Incident Response", 105: "Legal & Compliance",
               106: "Team Leads"}

errors, warnings = [], []
err = errors.append
warn = warnings.append


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def lane(levels, family):
    """policy.md 'From levels to a lane', first rule that matches wins."""
    hi = [f for f in FACTORS if levels[f] == "high"]
    up = [f for f in FACTORS if levels[f] != "low"]
    if (levels["security_identity"] == "high" or levels["missing_context"] == "high"
            or levels["customer_pressure"] == "high" or len(hi) >= 2
            or (levels["policy_sensitivity"] == "high" and len(up) >= 2) or len(up) >= 3):
        return 3
    if up:
        return 2
    return 1 if family in ALLOW else 2


FWD = re.compile(r"^\s*(-{3,}\s*(Forwarded message|Weitergeleitete Nachricht|Message transf[ée]r[ée]|Mensaje reenviado|Mensagem encaminhada|Doorgestuurd bericht|Messaggio inoltrato)|On .+ wrote:\s*$|Am .+ schrieb .+:\s*$|Le .+ a [ée]crit\s?:\s*$|El .+ escribi[óo]:\s*$|Em .+ escreveu:\s*$|Op .+ schreef .+:\s*$|Il giorno .+ ha scritto:\s*$)")


def own_text(body):
    """The requester's own words in one comment: drop '>' lines and any forwarded/quoted tail."""
    keep = []
    for line in body.split("\n"):
        if FWD.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        keep.append(line)
    return "\n".join(keep)


# ------------------------------------------------------------------ load
try:
    bundle = json.load(open(os.path.join(HERE, "bundle.json"), encoding="utf-8"))
    doc = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
except (OSError, ValueError) as e:
    print("FATAL:", e)
    sys.exit(1)

now = ts(doc["now"])
notes = doc.get("notes", {})
expected = doc.get("expected", {})
absent = notes.get("deliberately_absent", {})
absent_orgs = set(absent.get("organizations", []))
absent_problems = set(absent.get("problem_tickets", []))
inferred = notes.get("inferred_families", {})
no_org_ok = set(notes.get("no_org_not_account_question", []))

tickets = {t["id"]: t for t in bundle["tickets"]}
users = {u["id"]: u for u in bundle.get("users", [])}
orgs = {o["id"]: o for o in bundle.get("organizations", [])}
groups = {g["id"]: g for g in bundle.get("groups", [])}
comments = bundle.get("comments", {})

for kind, rows in (("ticket", bundle["tickets"]), ("user", bundle.get("users", [])),
                   ("organization", bundle.get("organizations", []))):
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err(f"duplicate {kind} ids")
if {g: groups[g]["name"] for g in groups} != DEMO_GROUPS:
    err("groups must be exactly the demo groups 100..106")

# ------------------------------------------------------------------ ranges
for tid in tickets:
    if not TICKETS[0] <= tid <= TICKETS[1]:
        err(f"ticket {tid} outside {TICKETS}")
for uid in users:
    if not USERS[0] <= uid <= USERS[1]:
        err(f"user {uid} outside {USERS}")
for oid in set(orgs) | absent_orgs:
    if not ORGS[0] <= oid <= ORGS[1]:
        err(f"organization {oid} outside {ORGS}")
for oid in absent_orgs & set(orgs):
    err(f"organization {oid} declared absent but present")
for pid in absent_problems & set(tickets):
    err(f"problem {pid} declared absent but present")

# ------------------------------------------------------------------ references and shapes
for o in orgs.values():
    for k, v in o.get("organization_fields", {}).items():
        if k not in ORG_FIELDS:
            err(f"organization {o['id']}: unknown field {k}")
        elif v is not None and ORG_FIELDS[k] is not None and v not in ORG_FIELDS[k]:
            err(f"organization {o['id']}: bad value {k}={v!r}")
        elif k == "renewal_date" and v is not None:
            try:
                datetime.strptime(v, "%Y-%m-%d")
            except ValueError:
                err(f"organization {o['id']}: bad renewal_date {v}")
for u in users.values():
    if u.get("role") not in ("end-user", "agent", "admin"):
        err(f"user {u['id']}: bad role")
    oid = u.get("organization_id")
    if oid is not None and oid not in orgs and oid not in absent_orgs:
        err(f"user {u['id']}: organization {oid} neither present nor declared absent")
    if not u.get("locale"):
        err(f"user {u['id']}: no locale")
for m in bundle.get("group_memberships", []):
    if m["user_id"] not in users or m["group_id"] not in groups:
        err(f"bad group membership {m}")


def cf(t, fid):
    return next((c.get("value") for c in t.get("custom_fields", []) if c["id"] == fid), None)


for tid, t in tickets.items():
    for k in ("requester_id", "submitter_id", "assignee_id"):
        if t.get(k) is not None and t[k] not in users:
            err(f"{tid}: {k} {t[k]} not a user")
    if t.get("assignee_id") is not None and users.get(t["assignee_id"], {}).get("role") == "end-user":
        err(f"{tid}: assignee is an end-user")
    req = users.get(t["requester_id"], {})
    oid = t.get("organization_id")
    if oid is not None and oid not in orgs and oid not in absent_orgs:
        err(f"{tid}: organization {oid} neither present nor declared absent")
    if req.get("role") == "end-user" and req.get("organization_id") != oid:
        err(f"{tid}: ticket organization {oid} differs from the requester's")
    if t.get("group_id") is not None and t["group_id"] not in groups:
        err(f"{tid}: group {t['group_id']} unknown")
    for c in t.get("custom_fields", []):
        if c["id"] not in CUSTOM_FIELDS:
            err(f"{tid}: unknown custom field {c['id']}")
    fam = cf(t, 9000001)
    if fam is not None and fam not in FAMILIES:
        err(f"{tid}: unknown family {fam}")
    if fam is None and str(tid) not in inferred:
        err(f"{tid}: family empty and no inferred family in notes")
    if fam is not None and str(tid) in inferred:
        err(f"{tid}: family set but also listed as inferred")
    pid = t.get("problem_id")
    if pid is not None:
        if t.get("type") != "incident":
            err(f"{tid}: problem_id on a non-incident")
        if pid in tickets:
            if tickets[pid].get("type") != "problem":
                err(f"{tid}: problem_id {pid} is not a problem")
        elif pid not in absent_problems:
            err(f"{tid}: problem {pid} neither present nor declared absent")
    created = ts(t["created_at"])
    if not now - timedelta(days=10) <= created <= now:
        err(f"{tid}: created_at not within the 10 days before now")
    thread = comments.get(str(tid))
    if not thread:
        err(f"{tid}: no comments")
        continue
    first = thread[0]
    if (first["body"] != t["description"] or not first["public"]
            or first["author_id"] != t["requester_id"] or first["created_at"] != t["created_at"]):
        err(f"{tid}: first comment must be the requester's public description at created_at")
    last = created
    for c in thread:
        if c["author_id"] not in users:
            err(f"{tid}: comment author {c['author_id']} unknown")
        at = ts(c["created_at"])
        if not created <= at <= now or at < last:
            err(f"{tid}: comment {c['id']} out of order or outside [created_at, now]")
        last = at
    if t.get("updated_at") != thread[-1]["created_at"]:
        warn(f"{tid}: updated_at differs from the last comment")
for key in comments:
    if int(key) not in tickets:
        err(f"comments for unknown ticket {key}")
cids = [c["id"] for th in comments.values() for c in th]
if len(cids) != len(set(cids)):
    err("duplicate comment ids")

# ------------------------------------------------------------------ helpers for facts and counts
by_req = defaultdict(list)
for t in tickets.values():
    by_req[t["requester_id"]].append(t)


def count_own(t):
    end = ts(t["created_at"])
    return sum(1 for o in by_req[t["requester_id"]] if end - timedelta(days=7) <= ts(o["created_at"]) <= end)


def count_now(t):
    return sum(1 for o in by_req[t["requester_id"]] if now - timedelta(days=7) <= ts(o["created_at"]) <= now)


def fmt(v):
    return {None: "null", True: "true", False: "false"}.get(v, str(v)) if not isinstance(v, str) else v


def customer_text(t):
    parts = [t["subject"]]
    for c in comments.get(str(t["id"]), []):
        if c["public"] and c["author_id"] == t["requester_id"]:
            parts.append(own_text(c["body"]))
    return "\n".join(parts)


def is_fact(q):
    head = q.split("=", 1)[0]
    return "=" in q and " " not in head and head.split(".")[0] in ("organization", "ticket", "problem", "requester")


def check_fact(t, q):
    """None when the record fact holds, else why not."""
    field, _, value = q.partition("=")
    p = field.split(".")
    org = orgs.get(t.get("organization_id"))
    if p[0] == "organization" and len(p) == 2:
        if p[1].isdigit():
            ok = value == "absent" and int(p[1]) == t.get("organization_id") and int(p[1]) not in orgs
            return None if ok else "organization not the ticket's or not absent"
        if org is None:
            return "ticket has no readable organization"
        if p[1] not in ORG_FIELDS:
            return "unknown organization field"
        actual = fmt(org.get("organization_fields", {}).get(p[1]))
        return None if actual == value else f"actual {actual}"
    if p[0] == "ticket":
        if len(p) == 3 and p[1] == "custom_fields":
            actual = fmt(cf(t, int(p[2])))
        elif len(p) == 2:
            actual = fmt(t.get(p[1]))
        else:
            return "bad ticket fact"
        return None if actual == value else f"actual {actual}"
    if p[0] == "problem" and len(p) == 2:
        if p[1].isdigit():
            ok = value == "absent" and t.get("problem_id") == int(p[1]) and int(p[1]) not in tickets
            return None if ok else "problem not the ticket's or not absent"
        if p[1] == "status":
            pr = tickets.get(t.get("problem_id"))
            return None if pr and pr["status"] == value else "problem status differs"
    if p[0] == "requester" and len(p) == 2:
        if p[1] == "tickets_7d":
            n = count_own(t)
            return None if str(n) == value else f"actual {n}"
        if p[1] == "organization_id":
            actual = fmt(users[t["requester_id"]].get("organization_id"))
            return None if actual == value else f"actual {actual}"
    return "unknown fact syntax"


# ------------------------------------------------------------------ labels
if set(expected) != {str(t) for t in tickets}:
    err(f"expected vs tickets: missing {sorted(set(map(str, tickets)) - set(expected))}, "
        f"extra {sorted(set(expected) - set(map(str, tickets)))}")

lanes_c, fam_c, lang_c, owner_c = Counter(), Counter(), Counter(), Counter()
lang_lane = defaultdict(Counter)
two_lane = []
for key, e in sorted(expected.items()):
    t = tickets.get(int(key))
    if t is None:
        continue
    lv = e.get("factors", {})
    if set(lv) != set(FACTORS) or any(v not in RANK for v in lv.values()):
        err(f"{key}: factors must hold the six ids at low/medium/high")
        continue
    fam_field = cf(t, 9000001)
    fam = fam_field if fam_field is not None else inferred.get(key)
    if e.get("family") != fam:
        err(f"{key}: family {e.get('family')} differs from field/inferred {fam}")
    if e.get("family_inferred") is not (fam_field is None):
        err(f"{key}: family_inferred wrong")
    comp = lane(lv, fam)
    lanes = e.get("lanes", [])
    if not (1 <= len(lanes) <= 2 and lanes == sorted(set(lanes)) and all(x in (1, 2, 3) for x in lanes)
            and (len(lanes) == 1 or lanes[1] - lanes[0] == 1)):
        err(f"{key}: lanes {lanes} must be one lane or two adjacent lanes")
    if comp not in lanes:
        err(f"{key}: lanes {lanes} do not contain the lane the levels give ({comp})")
    if len(lanes) == 2:
        two_lane.append((key, lanes, comp))
    if not e.get("why"):
        err(f"{key}: empty why")

    # evidence
    ev = e.get("evidence", {})
    text = customer_text(t)
    for f in ev:
        if f not in FACTORS:
            err(f"{key}: evidence for unknown factor {f}")
        elif lv[f] == "low":
            err(f"{key}: evidence given for {f}, which is low")
    for f in FACTORS:
        if lv[f] != "low" and not ev.get(f):
            err(f"{key}: {f} is {lv[f]} without evidence")
        for q in ev.get(f, []):
            if is_fact(q):
                why_not = check_fact(t, q)
                if why_not:
                    err(f"{key}: record fact {q!r} does not hold ({why_not})")
            elif q not in text:
                err(f"{key}: quote not in the requester's own text: {q!r}")
            elif len(q) < 12:
                warn(f"{key}: very short quote {q!r}")

    # owner
    owner = e.get("owner_group_id", "missing")
    if owner == "missing":
        err(f"{key}: owner_group_id missing")
    elif owner is not None:
        if owner not in groups or owner == 106:
            err(f"{key}: owner {owner} is not a routing group")
        if comp != 3:
            err(f"{key}: owner set but the levels give Lane {comp}")
    if comp == 3:
        owner_c[owner] += 1

    # language
    req = users[t["requester_id"]]
    lang = (req.get("locale") or "")[:2]
    if e.get("language") != lang:
        err(f"{key}: language {e.get('language')} differs from the requester's locale {req.get('locale')}")

    # record-driven minimums
    org = orgs.get(t.get("organization_id"))
    fields = org.get("organization_fields", {}) if org else {}
    need, reasons = 0, []
    if fields.get("plan_tier") == "enterprise":
        need, reasons = 1, reasons + ["enterprise"]
    if fields.get("executive_sponsor") is True:
        need, reasons = 1, reasons + ["executive sponsor"]
    rd = fields.get("renewal_date")
    if rd and timedelta(0) <= datetime.strptime(rd, "%Y-%m-%d") - now <= timedelta(days=30):
        need, reasons = 1, reasons + ["renewal within 30 days"]
    n_own = count_own(t)
    if n_own == 2:
        need, reasons = max(need, 1), reasons + ["second contact"]
    if n_own >= 3:
        need, reasons = 2, reasons + [f"{n_own} contacts"]
    if RANK[lv["customer_pressure"]] < need:
        err(f"{key}: customer_pressure {lv['customer_pressure']} below the record ({reasons})")
    if req.get("role") == "end-user":
        if t.get("organization_id") in absent_orgs and lv["missing_context"] != "high":
            err(f"{key}: organization absent but missing_context not high")
        if t.get("organization_id") is None and lv["missing_context"] != "high" and key not in no_org_ok:
            err(f"{key}: requester without organization, missing_context not high and not listed in notes.no_org_not_account_question")
    if t.get("problem_id") is not None and t["problem_id"] not in tickets and lv["missing_context"] != "high":
        err(f"{key}: problem absent but missing_context not high")
    if fields.get("plan_tier") == "enterprise" and fields.get("renewal_date") is None and RANK[lv["missing_context"]] < 1:
        err(f"{key}: enterprise without renewal_date but missing_context low")
    if org and "plan_tier" not in fields and fam in ("billing", "contract") and lv["missing_context"] != "high":
        err(f"{key}: plan_tier unreadable on a {fam} ticket but missing_context not high")
    if cf(t, 9000005) is True and lv["policy_sensitivity"] == "low":
        warn(f"{key}: prior service credit set but policy_sensitivity low")

    # the other reading of the 7-day count (every ticket of the requester in the 7 days before now)
    n_now = count_now(t)
    if n_now != n_own:
        alt = dict(lv)
        if n_now >= 3:
            alt["customer_pressure"] = "high"
        elif n_now == 2:
            alt["customer_pressure"] = NAME[max(RANK[lv["customer_pressure"]], 1)]
        if n_now < n_own and n_own >= 2:
            warn(f"{key}: count as of now ({n_now}) lower than at arrival ({n_own}); check by hand")
        alt_lane = lane(alt, fam)
        if alt != lv and alt_lane not in lanes:
            err(f"{key}: counted as of now ({n_now} contacts) the lane is {alt_lane}, not in {lanes}")

    lanes_c[comp] += 1
    fam_c[fam + (" (inferred)" if fam_field is None else "")] += 1
    lang_c[lang] += 1
    lang_lane[lang][comp] += 1

# ------------------------------------------------------------------ independence from the corpus (optional)
def shingles(s, n=5):
    w = "".join(ch.lower() if ch.isalnum() else " " for ch in s).split()
    return {tuple(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}


mine = {tid: shingles(t["description"]) for tid, t in tickets.items()}
ids = sorted(mine)
for i, a in enumerate(ids):
    for b in ids[i + 1:]:
        if mine[a] and mine[b] and len(mine[a] & mine[b]) / len(mine[a] | mine[b]) > 0.25:
            warn(f"{a} and {b} look templated (5-word shingle overlap > 25%)")
# The repository's shared folder stands beside it: test/eval/sets/<set> -> ../../../../../shared
corpus_files = glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "corpus", "labelled", "*", "bundle.json"))
seen, worst = set(), (0.0, None, None)
for path in corpus_files:
    real = os.path.realpath(path)
    if real in seen:
        continue
    seen.add(real)
    try:
        other = json.load(open(real, encoding="utf-8"))
    except (OSError, ValueError):
        continue
    for ot in other.get("tickets", []):
        sh = shingles(ot.get("description", ""))
        for tid, m in mine.items():
            if sh and m:
                j = len(sh & m) / len(sh | m)
                if j > worst[0]:
                    worst = (j, tid, ot["id"])
                if j > 0.15:
                    err(f"{tid} overlaps corpus ticket {ot['id']} ({j:.0%} of 5-word shingles)")

# ------------------------------------------------------------------ report
total = sum(lanes_c.values())
print(f"tickets {len(tickets)}, users {len(users)}, organizations {len(orgs)} (+{len(absent_orgs)} absent), "
      f"problem tickets absent {len(absent_problems)}")
print("lanes (from levels):", ", ".join(f"Lane {l}: {n} ({100 * n / total:.0f}%)" for l, n in sorted(lanes_c.items())))
print("two-lane entries:", ", ".join(f"{k} {l} (levels give {c})" for k, l, c in two_lane) or "none")
print("families:", ", ".join(f"{f}: {n}" for f, n in sorted(fam_c.items())))
print("languages:", ", ".join(f"{l}: {n} {dict(sorted(lang_lane[l].items()))}" for l, n in sorted(lang_c.items())))
print("Lane 3 owners:", ", ".join(f"{DEMO_GROUPS.get(o, 'none (two rules apply)')}: {n}"
                                  for o, n in sorted(owner_c.items(), key=lambda x: (x[0] is None, x[0] or 0))))
if seen:
    print(f"corpus overlap: checked {len(seen)} corpus bundles, highest 5-word shingle overlap {worst[0]:.0%} "
          f"({worst[1]} vs {worst[2]})")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
