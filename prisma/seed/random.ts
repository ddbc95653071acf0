// A small seeded pseudo-random generator (sfc32), so that the same seed and scale give the
// same rows on every machine and every run. Math.random is never used in the seed.

function hashString(text: string): [number, number, number, number] {
  // cyrb128: spreads a string key over four 32-bit words to seed sfc32.
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(key: string) {
    [this.a, this.b, this.c, this.d] = hashString(key);
    for (let warm = 0; warm < 12; warm++) this.next();
  }

  // An independent stream per purpose: adding draws to one generator never shifts another's.
  fork(label: string | number): Random {
    return new Random(`${this.a}:${this.b}:${this.c}:${this.d}/${label}`);
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  // An integer in [min, max], both inclusive.
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Random.pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  // Index drawn with probability proportional to its weight.
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.next() * total;
    for (let index = 0; index < weights.length; index++) {
      target -= weights[index] ?? 0;
      if (target < 0) return index;
    }
    return weights.length - 1;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const entry = entries[this.weightedIndex(entries.map(([, weight]) => weight))];
    if (!entry) throw new Error("Random.weighted from an empty list");
    return entry[0];
  }

  // Log-uniform: as many values between 1,000 and 10,000 as between 10,000 and 1,00,000.
  logUniform(min: number, max: number): number {
    return Math.exp(this.float(Math.log(min), Math.log(max)));
  }

  // Log-normal with the given median; sigma 1 spreads values over about two orders of magnitude.
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }

  // Distinct items, in random order.
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const wanted = Math.min(count, copy.length);
    for (let index = 0; index < wanted; index++) {
      const swap = index + Math.floor(this.next() * (copy.length - index));
      const held = copy[index] as T;
      copy[index] = copy[swap] as T;
      copy[swap] = held;
    }
    return copy.slice(0, wanted);
  }

  letters(count: number): string {
    let text = "";
    for (let index = 0; index < count; index++) text += String.fromCharCode(65 + this.int(0, 25));
    return text;
  }

  digits(count: number): string {
    let text = "";
    for (let index = 0; index < count; index++) text += String(this.int(0, 9));
    return text;
  }
}

// Draws indexes in proportion to fixed weights in O(log n): used for sellers and buyers,
// where a few large ones take many orders and most take a few.
export class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let index = 0; index < weights.length; index++) {
      total += weights[index] ?? 0;
      this.cumulative[index] = total;
    }
  }

  get size(): number {
    return this.cumulative.length;
  }

  pick(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    if (total <= 0) throw new Error("WeightedPicker has no weight");
    const target = random.next() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
