/** A small binary heap of states ordered by cost, ties by insertion, so the search is deterministic. */
export class Heap {
  private f: number[] = [];
  private s: number[] = [];
  private q: number[] = [];
  private n = 0;
  get size() {
    return this.f.length;
  }
  push(f: number, state: number) {
    const { f: fs, s: ss, q: qs } = this;
    let i = fs.length;
    const seq = this.n++;
    fs.push(f);
    ss.push(state);
    qs.push(seq);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (fs[p]! < f || (fs[p] === f && qs[p]! < seq)) break;
      fs[i] = fs[p]!;
      ss[i] = ss[p]!;
      qs[i] = qs[p]!;
      i = p;
    }
    fs[i] = f;
    ss[i] = state;
    qs[i] = seq;
  }
  pop(): number {
    const { f: fs, s: ss, q: qs } = this;
    const top = ss[0]!;
    const f = fs.pop()!;
    const s = ss.pop()!;
    const q = qs.pop()!;
    const n = fs.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && (fs[r]! < fs[l]! || (fs[r] === fs[l] && qs[r]! < qs[l]!)) ? r : l;
        if (fs[c]! > f || (fs[c] === f && qs[c]! > q)) break;
        fs[i] = fs[c]!;
        ss[i] = ss[c]!;
        qs[i] = qs[c]!;
        i = c;
      }
      fs[i] = f;
      ss[i] = s;
      qs[i] = q;
    }
    return top;
  }
}
