// Sutherland–Hodgman clipping of a closed ring to an axis-aligned box. The result may run
// along the box's edges; the app clips its drawing to a slightly smaller box, so those edges
// are never seen.
export function clipRing(ring, [w, s, e, n]) {
  const edges = [
    [(p) => p[0] >= w, (a, b) => cut(a, b, 0, w)],
    [(p) => p[0] <= e, (a, b) => cut(a, b, 0, e)],
    [(p) => p[1] >= s, (a, b) => cut(a, b, 1, s)],
    [(p) => p[1] <= n, (a, b) => cut(a, b, 1, n)],
  ];
  let out = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; ++i) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    }
    if (!out.length) return [];
  }
  return out.length >= 3 ? [...out, out[0]] : [];
}

function cut(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  const p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  p[axis] = v;
  return p;
}
