#!/usr/bin/env python3
"""Classify the checker's results and write the conformance report (Markdown).

Reads the manifest (`idlbind manifest`), the probes and the results of run.py. Each lookup's
results in the realms (window, dedicated, shared and service worker, audio worklet) are
merged into one status:

  present    found in some realm, where and as the glue uses it;
  wrong      found, but not where or not as the glue uses it, and the glue departs from its
             IDL there: a binding bug;
  differs    found, but not as the glue uses it, while the glue does what the IDL declares:
             Chromium departs from the spec (reported, not a failure);
  absent     in no realm (not shipped, behind a flag, or not exposed in these realms);
  unchecked  could not be checked: the member lives on instances and no realm had one, or the
             interface is exposed only in realms not checked (worklets, ...).

Exit status: 1 if a lookup is wrong, a probe is not classified as it expects, or a realm did
not report; 0 otherwise. With --check, the report is compared with the file instead of
written (a difference is printed, not an error: the report names Chromium's version).
"""

import argparse
import collections
import json
import os
import sys

REALMS = {
    "window": ("a window", {"Window"}),
    "dedicated": ("a dedicated worker", {"Worker", "DedicatedWorker"}),
    "shared": ("a shared worker", {"Worker", "SharedWorker"}),
    "service": ("a service worker", {"Worker", "ServiceWorker"}),
    "audioWorklet": ("an audio worklet", {"Worklet", "AudioWorklet"}),
}

# When realms disagree, the most telling result wins.
RANK = {"wrong": 5, "present": 4, "noinstance": 3, "absent": 2, "na": 1}

STATUSES = ["present", "absent", "differs", "unchecked", "wrong"]


def merge(lookup, results, checked_globals):
    """One status and what was found, from the results of every realm."""
    # Between two absent results, the realm that has the object says more (the member is
    # missing there).
    best_realm, best = max(
        results.items(), key=lambda item: (RANK[item[1]["s"]], item[1]["f"] == "member missing")
    )
    status, found = best["s"], best["f"]
    if status == "wrong":
        if lookup.get("follows_idl", True) is not False and "the check itself" not in found:
            return "differs", found, best_realm
        return "wrong", found, best_realm
    if status == "present":
        return "present", found, best_realm
    if status == "noinstance":
        return "unchecked", "no instance to look at", best_realm
    if status == "na":
        return "unchecked", f"no realm here whose global object is {lookup['path'][-1]}", best_realm
    exposed = set(lookup.get("exposed") or [])
    if exposed and "*" not in exposed and not exposed & checked_globals:
        where = ", ".join(sorted(exposed))
        return "unchecked", f"exposed only in {where}", best_realm
    return "absent", found, best_realm


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--probes", default=os.path.join(os.path.dirname(__file__), "probes.json"))
    parser.add_argument("--output", required=True)
    parser.add_argument("--check", action="store_true", help="compare with --output, do not write")
    parser.add_argument("--webref", default="", help="the @webref/idl version, for the header")
    parser.add_argument("--files", type=int, default=0, help="how many IDL files were read")
    parser.add_argument("--chromium", default="", help="Chromium's version line")
    args = parser.parse_args()

    with open(args.manifest, encoding="utf-8") as f:
        lookups = json.load(f)["lookups"]
    with open(args.probes, encoding="utf-8") as f:
        probes = json.load(f)["probes"]
    with open(args.results, encoding="utf-8") as f:
        results = json.load(f)

    failures = []
    realms = [name for name in REALMS if name in results["realms"]]
    for name, error in sorted(results.get("errors", {}).items()):
        failures.append(f"the {name} realm did not report: {error}")
    if "window" not in realms:
        failures.append("the window realm did not report")
    checked_globals = set().union(*(REALMS[name][1] for name in realms)) if realms else set()
    count = results["probes"]
    if count != len(probes):
        failures.append(f"the results have {count} probes, probes.json {len(probes)}")

    def merged(index, lookup):
        per_realm = {name: results["realms"][name][index] for name in realms}
        return merge(lookup, per_realm, checked_globals)

    # The probes first: the checker must tell a misplaced lookup from a right one.
    probe_lines = []
    for index, probe in enumerate(probes):
        status, found, _ = merged(index, probe["lookup"])
        ok = status == probe["expect"]
        probe_lines.append((ok, probe, status, found))
        if not ok:
            failures.append(
                f"probe ({probe['why']}): expected {probe['expect']}, got {status} ({found})"
            )

    rows = []
    for index, lookup in enumerate(lookups):
        status, found, realm = merged(index + count, lookup)
        rows.append((lookup, status, found, realm))
    wrong = [row for row in rows if row[1] == "wrong"]
    for lookup, _, found, realm in wrong:
        failures.append(f"WRONG {lookup['spec']}: {lookup['js']}: {found} ({realm})")

    text = render(rows, probe_lines, realms, args)
    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print(
                f"note: {args.output} differs from this run "
                "(regenerate it with `bash scripts/conformance.sh`)"
            )
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)

    totals = collections.Counter(status for _, status, _, _ in rows)
    print(
        f"{len(rows)} lookups checked: "
        + ", ".join(f"{totals[s]} {s}" for s in STATUSES)
        + f"; probes: {sum(ok for ok, *_ in probe_lines)}/{len(probe_lines)} as expected"
    )
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    # In libtest's words, so that scripts/test.sh counts them: each probe, and "no lookup is
    # wrong".
    passed = sum(ok for ok, *_ in probe_lines) + (not wrong)
    failed = len(probe_lines) + 1 - passed
    verdict = "ok" if not failures else "FAILED"
    print(f"test result: {verdict}. {passed} passed; {failed} failed; 0 ignored; 0 measured; "
          "0 filtered out (conformance: probes, and no wrong lookup)")
    return 1 if failures else 0


def render(rows, probe_lines, realms, args):
    out = []
    w = out.append
    w("# Conformance of the generated glue, checked in Chromium")
    w("")
    w("<!-- Generated by `bash scripts/conformance.sh`: do not edit. -->")
    w("")
    w(
        "Every JavaScript object and property that the code generated for the web platform's IDL "
        "reaches, looked up in headless Chromium: the lookups are read from the generated code "
        "(`idlbind manifest`), not from the IDL, so a binding that looks for a member in the wrong "
        "place shows as **wrong**. See docs/testing.md, \"Conformance\", for what each lookup "
        "checks."
    )
    w("")
    webref = f"@webref/idl {args.webref}" if args.webref else "@webref/idl"
    files = f", {args.files} files read together" if args.files else ""
    w(f"- IDL: {webref}{files}.")
    if args.chromium:
        w(f"- Browser: {args.chromium}, headless.")
    w(f"- Realms: {', '.join(REALMS[name][0] for name in realms)}; a lookup counts as present "
      "when a realm has it.")
    passed = sum(ok for ok, *_ in probe_lines)
    misplaced = sum(probe["expect"] == "wrong" for _, probe, _, _ in probe_lines)
    w(f"- Self-test: {passed} of {len(probe_lines)} deliberately placed lookups classified as "
      f"expected (`scripts/conformance/probes.json`; {misplaced} of them misplaced bindings, "
      "which must come out wrong).")
    w("")

    totals = collections.Counter(status for _, status, _, _ in rows)
    w("## Totals")
    w("")
    w("| lookups checked | present | absent in Chromium | differs (Chromium departs from the spec) "
      "| unchecked | wrong |")
    w("|---:|---:|---:|---:|---:|---:|")
    w(f"| {len(rows)} | {totals['present']} | {totals['absent']} | {totals['differs']} "
      f"| {totals['unchecked']} | {totals['wrong']} |")
    w("")
    by_kind = collections.defaultdict(collections.Counter)
    for lookup, status, _, _ in rows:
        by_kind[(lookup["kind"], lookup["where"])][status] += 1
    w("| lookup | where the glue looks | checked | present | absent | differs | unchecked | wrong |")
    w("|---|---|---:|---:|---:|---:|---:|---:|")
    for (kind, where), counts in sorted(by_kind.items()):
        place = WHERE[where] if kind in MEMBER_KINDS else OBJECT_WHERE[where]
        w(f"| {kind} | {place} | {sum(counts.values())} | "
          + " | ".join(str(counts[s]) for s in STATUSES) + " |")
    w("")

    w("## Wrong")
    w("")
    wrong = [row for row in rows if row[1] == "wrong"]
    if not wrong:
        w("None.")
    else:
        for lookup, _, found, realm in wrong:
            w(f"- {lookup['spec']}: `{lookup['js']}` ({describe(lookup)}; Rust: "
              f"{rust_items(lookup)}): {found} (in {REALMS[realm][0]})")
    w("")

    w("## Chromium departs from the spec")
    w("")
    w("The binding does what its IDL declares, and Chromium does otherwise: the Rust item may "
      "fail in Chromium (each line says how).")
    w("")
    differs = [row for row in rows if row[1] == "differs"]
    if not differs:
        w("None.")
    for lookup, _, found, realm in differs:
        w(f"- {lookup['spec']}: `{lookup['js']}` ({describe(lookup)}; Rust: {rust_items(lookup)}): "
          f"{found} (in {REALMS[realm][0]})")
    w("")

    w("## Unchecked")
    w("")
    unchecked = collections.defaultdict(list)
    for lookup, status, found, _ in rows:
        if status == "unchecked":
            unchecked[found].append(lookup)
    if not unchecked:
        w("None.")
    for reason, items in sorted(unchecked.items()):
        names = sorted({item["interface"] for item in items})
        w(f"- {reason} ({len(items)}): {', '.join(names)}")
    w("")

    w("## Per spec")
    w("")
    w("One row per IDL file; a lookup counts under the file that defines the member (a mixin "
      "member under the mixin's file).")
    w("")
    w("| spec | checked | present | absent | differs | unchecked | wrong |")
    w("|---|---:|---:|---:|---:|---:|---:|")
    per_spec = collections.defaultdict(collections.Counter)
    for lookup, status, _, _ in rows:
        per_spec[lookup["spec"]][status] += 1
    for spec, counts in sorted(per_spec.items(), key=lambda item: item[0].lower()):
        w(f"| {spec} | {sum(counts.values())} | " + " | ".join(str(counts[s]) for s in STATUSES) + " |")
    w("")

    w("## Absent in Chromium")
    w("")
    w("Interfaces and namespaces Chromium does not have in these realms, then the members it "
      "lacks on those it has, per spec.")
    w("")
    absent_objects = collections.defaultdict(set)
    absent_members = collections.defaultdict(list)
    for lookup, status, found, _ in rows:
        if status != "absent":
            continue
        if lookup["kind"] in ("interface", "namespace", "constructor") or found.startswith("no "):
            absent_objects[lookup["spec"]].add(".".join(lookup["path"]))
        else:
            absent_members[lookup["spec"]].append(lookup["js"])
    for spec in sorted(set(absent_objects) | set(absent_members), key=str.lower):
        parts = []
        if absent_objects[spec]:
            parts.append("objects: " + ", ".join(f"`{n}`" for n in sorted(absent_objects[spec])))
        if absent_members[spec]:
            parts.append("members: " + ", ".join(f"`{n}`" for n in sorted(set(absent_members[spec]))))
        w(f"- {spec}: " + "; ".join(parts))
    w("")
    return "\n".join(out)


MEMBER_KINDS = {"operation", "attribute", "constant"}

OBJECT_WHERE = {"global": "global object", "namespace": "namespace object (`js_namespace`)"}

WHERE = {
    "prototype": "prototype",
    "instance": "instances ([LegacyUnforgeable])",
    "global": "global object ([Global])",
    "static": "interface object",
    "namespace": "namespace object",
}


def describe(lookup):
    kind = lookup["kind"]
    if kind == "attribute":
        kind = "attribute with a setter" if lookup.get("setter") else "read-only attribute"
    if kind == "constant":
        kind = f"constant {lookup.get('value')}"
    return f"{kind} looked up on the {WHERE.get(lookup['where'], lookup['where'])}"


def rust_items(lookup):
    items = lookup.get("rust") or []
    shown = ", ".join(f"`{item}`" for item in items[:3])
    return shown + (f" and {len(items) - 3} more" if len(items) > 3 else "")


if __name__ == "__main__":
    sys.exit(main())
