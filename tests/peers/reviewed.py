"""What the peer checks share: their reviewed lists of deviations, running a
dumper, pixfmt's components of a format, the pixel checks' loading, skips and
summary, and how a check ends."""
import json
import os
import subprocess
import sys
import time
from collections import defaultdict

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "gen"))
import bits  # noqa: E402


def load_rules(path, keys, relations, choices=None, formats=None):
    """The rules of a reviewed list (its `deviations`), and what is wrong with
    them as sentences: each rule needs every key of keys, one relation of
    relations and non-empty evidence; choices maps a key to its allowed
    values (for a list, each item); formats, when given, are the names a
    rule may list."""
    with open(path, encoding="utf-8") as fh:
        rules = (yaml.safe_load(fh) or {}).get("deviations") or []
    problems = []
    for i, r in enumerate(rules):
        where = f'{path}: deviation {i + 1} ({r.get("class", "?")})'
        for key in keys:
            if key not in r:
                problems.append(f"{where}: missing {key}")
        for key, allowed in (choices or {}).items():
            values = r.get(key)
            for v in values if isinstance(values, list) else [values]:
                if v not in allowed:
                    problems.append(f"{where}: {key} {v!r} is not one of {sorted(allowed)}")
        rel = r.get("relation") or {}
        if not isinstance(rel, dict) or len(rel) != 1 or next(iter(rel)) not in relations:
            problems.append(f"{where}: relation must be one of {sorted(relations)}")
        if not str(r.get("evidence", "")).strip():
            problems.append(f"{where}: empty evidence")
        for name in r.get("formats") or [] if formats is not None else []:
            if name not in formats:
                problems.append(f"{where}: no format {name} in formats.yaml")
    return rules, problems


def run(binary, args, lines):
    """A dumper's answer lines, one per question line (exits on a mismatch)."""
    proc = subprocess.run([binary] + list(args), input="".join(line + "\n" for line in lines),
                          capture_output=True, text=True, check=False)
    out = proc.stdout.splitlines()
    if proc.returncode != 0 or (lines and len(out) != len(lines)):
        sys.exit(f'{binary} {" ".join(args)}: exit {proc.returncode}, {len(out)} answers '
                 f"for {len(lines)} questions\n{proc.stderr[-2000:]}")
    return out


def finish(failed, start=None):
    """The last lines of a check: its time (from start), PASS or FAIL; the
    exit status."""
    if start is not None:
        print(f"({time.monotonic() - start:.2f} s)")
    print("PASS" if failed == 0 else f"FAIL: {failed} problems")
    return 0 if failed == 0 else 1


def with_bits(db, key, binary):
    """The formats that record a name in key (paired), those of them whose
    every plane has bits, and the peer's facts of each of their names, from
    its dumper (binary --facts)."""
    paired = [f for f in db.formats if f.names.get(key)]
    laid = [f for f in paired if f.planes and all(p.samples for p in f.planes)]
    names = sorted({f.names[key] for f in laid})
    facts = {n: json.loads(line) for n, line in zip(names, run(binary, ["--facts"], names))}
    return paired, laid, facts


def components_of(rule):
    """The components a component rule names: `component`, or `components`."""
    return [str(c) for c in rule.get("components", [rule.get("component")])]


class Review:
    """Per-component differences against a reviewed list: one is explained
    by the first rule that names its format, component and field and whose
    relation holds between the peer's value and pixfmt's."""

    def __init__(self, rules, relations):
        self.rules, self.relations = rules, relations
        self.hits = {}
        self.unreviewed = []
        self.fields = self.agree = self.components = self.components_agree = 0

    def compare(self, fmt, name, peer, rows, components):
        """One format's rows (component, field, the peer's value, pixfmt's):
        counts the fields that agree and the components that agree in every
        field, and checks each difference."""
        differ = set()
        for comp, field, theirs, ours in rows:
            self.fields += 1
            if theirs == ours:
                self.agree += 1
                continue
            differ.add(comp)
            self.check(fmt, comp, field, theirs, ours,
                       f"{fmt} ({name}) {comp} {field}: {peer} {theirs!r}, pixfmt {ours!r}")
        self.components += len(components)
        self.components_agree += sum(1 for c in components if c not in differ)

    def counts(self):
        return (f"{self.components} components, {self.components_agree} agree in every field; "
                f"{self.fields} fields compared: {self.agree} agree, {self.explained} reviewed, "
                f"{len(self.unreviewed)} unreviewed")

    def check(self, fmt, comp, field, theirs, ours, what):
        for i, r in enumerate(self.rules):
            (rel, arg), = r["relation"].items()
            if fmt in r["formats"] and r["field"] == field and comp in components_of(r) \
                    and self.relations[rel](arg, theirs, ours):
                self.hits.setdefault(i, []).append((fmt, what))
                return
        self.unreviewed.append(what)

    @property
    def explained(self):
        return sum(len(v) for v in self.hits.values())

    def report(self, examples):
        """Prints what each rule explained, fails a rule that explains
        nothing for a format it lists and every unreviewed difference;
        returns how many failed."""
        failed = len(self.unreviewed)
        for i, r in enumerate(self.rules):
            where = f'({" ".join(components_of(r))} {r["field"]})'
            explained = {fmt for fmt, _ in self.hits.get(i, [])}
            if explained:
                print(f'  reviewed   {r["class"]} {where}: {len(self.hits[i])} in '
                      f'{" ".join(sorted(explained))}')
                for _fmt, e in self.hits[i][:examples]:
                    print(f"      e.g. {e}")
            unused = [fmt for fmt in r["formats"] if fmt not in explained]
            if unused:
                print(f'  FAIL       {r["class"]}: explains nothing for {" ".join(unused)} {where}')
                failed += 1
        for e in self.unreviewed:
            print(f"  UNREVIEWED {e}")
        return failed


def components(f):
    """pixfmt's components of a format: name -> [(plane index, plane, sample)]."""
    out = defaultdict(list)
    for i, p in enumerate(f.planes):
        for s in p.samples:
            if s.component not in bits.PADDING:
                out[s.component].append((i, p, s))
    return out


# Relations of component rules, between the peer's value and pixfmt's.
def peer_is(arg, peer, expected):
    """The peer says arg (where pixfmt says something else)."""
    return peer == arg and expected != arg


def pixfmt_is(arg, peer, expected):
    """pixfmt says arg (where the peer says something else)."""
    return expected == arg and peer != arg


# ---------------------------------------------------------------- pixel checks
def relations_by_format(rules):
    """Each format's relations, merged over the rules that list it."""
    out = {}
    for rule in rules:
        for name in rule.get("formats") or []:
            out.setdefault(name, {}).update(rule["relation"])
    return out


def pixel_results(binary, deviations, relations):
    """A pixel program's results (one per format), the reviewed list's rules
    and what is wrong with them."""
    results = [json.loads(line) for line in run(binary, [], [])]
    rules, problems = load_rules(deviations, ("class", "formats", "relation", "evidence"),
                                 relations, formats={r["format"] for r in results})
    return results, rules, problems


def compared_pixels(results, rules, problems, counts, head, rule, plain_skips, peer):
    """The results a pixel check compares, each with its format's relations
    and printed head (head(result)): an error is a problem, a skip is
    counted, printed and checked here (skip_problems)."""
    by_format = relations_by_format(rules)
    for r in results:
        name = r["format"]
        rel = by_format.get(name, {})
        if "error" in r:
            problems.append(f"{name}: {r['error']}")
            continue
        problems += skip_problems(name, r.get("skip"), rel, rule, plain_skips, peer)
        if "skip" in r:
            counts["skipped"] += 1
            print(f"{head(r)}: skipped ({r['skip']})")
            continue
        yield r, rel, head(r)


def pixel_summary(results, counts, problems, start):
    """A pixel check's last lines; its exit status."""
    print(f"{len(results)} formats: {counts['exact']} pixel-exact, {counts['reviewed']} reviewed, "
          f"{counts['skipped']} skipped, {time.monotonic() - start:.2f} s")
    for p in problems:
        print("FAIL", p)
    return 1 if problems else 0


def skip_problems(name, skip, rel, rule, plain_skips, peer):
    """What is wrong with a pixel check's skip (skip is None when the format
    was compared): a skip starting with one of plain_skips needs no rule,
    another needs `rule`; a `rule` where nothing was skipped explains
    nothing."""
    if skip is None:
        return ["%s: %s rule explains nothing (%s takes it)" % (name, rule, peer)] \
            if rel.get(rule) else []
    plain = skip.startswith(plain_skips)
    if plain and rel.get(rule):
        return ["%s: %s rule explains nothing" % (name, rule)]
    if not plain and not rel.get(rule):
        return ["%s: skipped, unreviewed: %s" % (name, skip)]
    return []
