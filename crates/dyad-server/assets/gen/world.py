#!/usr/bin/env python3
"""Write assets/world.json: a simplified world outline (GeoJSON) for the dashboard's map.

Source: the npm package `world-atlas` (ISC), whose `countries-110m.json` is Natural Earth's
1:110m Admin 0 countries (public domain) as TopoJSON. Install it outside the repository and
point this script at it:

    npm install --prefix /tmp/wa world-atlas
    python3 crates/dyad-server/assets/gen/world.py /tmp/wa/node_modules/world-atlas/countries-110m.json

The TopoJSON arcs are decoded here (delta-encoded, quantized); no Python packages are needed.
Coordinates are rounded to one decimal and repeated points dropped, which keeps the file small.
"""

import json
import os
import sys

DECIMALS = 1


def decode_arcs(topo):
    t = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        pts = []
        x = y = 0
        for p in arc:
            if t:
                x += p[0]
                y += p[1]
                pts.append((x * t["scale"][0] + t["translate"][0], y * t["scale"][1] + t["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)
    return arcs


def ring(arcs, indices):
    out = []
    for i in indices:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    rounded = []
    for x, y in out:
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not rounded or rounded[-1] != p:
            rounded.append(p)
    if len(rounded) < 4:
        return None
    if rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    return rounded


def polygon(arcs, rings):
    rs = [r for r in (ring(arcs, idx) for idx in rings) if r]
    return rs or None


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/wa/node_modules/world-atlas/countries-110m.json"
    here = os.path.dirname(os.path.abspath(__file__))
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "world.json")
    with open(src) as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") == "Polygon":
            polys = [polygon(arcs, g["arcs"])]
        elif g.get("type") == "MultiPolygon":
            polys = [polygon(arcs, p) for p in g["arcs"]]
        else:
            continue
        polys = [p for p in polys if p]
        if not polys:
            continue
        features.append({
            "type": "Feature",
            "properties": {"name": (g.get("properties") or {}).get("name", "")},
            "geometry": {"type": "MultiPolygon", "coordinates": polys},
        })
    out = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), via the npm package world-atlas",
        "features": features,
    }
    with open(dst, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    print(f"{dst}: {len(features)} countries, {os.path.getsize(dst)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
