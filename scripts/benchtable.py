#!/usr/bin/env python3
"""Turns `go test -bench 'Encode|ReedSolomonEncode|Recode|Decode' [-count N]` output of
package rlnc into the markdown table of docs/benchmarks.md: the median over the
counts, in GB/s (1e9 bytes/s)."""
import re, statistics, sys
rows = {}
for line in sys.stdin:
    m = re.match(r'Benchmark(\w+)/k=(\d+)/size=(\w+)-\d+\s+\d+\s+([\d.]+) ns/op\s+([\d.]+) MB/s', line)
    if m:
        name, k, size, ns, mbs = m.groups()
        rows.setdefault((int(k), size), {}).setdefault(name, []).append(float(mbs) / 1000)
order = {'1KiB': 0, '16KiB': 1, '64KiB': 2}
print('| k | chunk | Encode GB/s | ReedSolomonEncode GB/s (1 goroutine) | ratio | Recode GB/s | Decode GB/s | decode target 80/k |')
print('|---|---|---|---|---|---|---|---|')
for (k, size) in sorted(rows, key=lambda r: (r[0], order.get(r[1], 9))):
    r = {n: statistics.median(v) for n, v in rows[(k, size)].items()}
    e, rs, rc, d = (r.get(n, float('nan')) for n in ('Encode', 'ReedSolomonEncode', 'Recode', 'Decode'))
    print(f'| {k} | {size} | {e:.1f} | {rs:.1f} | {e/rs:.2f}× | {rc:.1f} | {d:.2f} | {80/k:.2f} |')
