/**
 * Flattening of nested parameters into `Name.N` keys and back, as the RPC-style clouds send them in
 * query strings and form bodies: Tencent counts from 0 (`Filters.0.Name`), Alibaba and JD from 1
 * (`NetworkInterfaceId.1`, `filters.1.values.1`).
 */

/** Flatten an object of parameters into ordered `[key, value]` pairs. */
export function flatten(params: Record<string, unknown>, base: 0 | 1): [string, string][] {
  const out: [string, string][] = [];
  const walk = (prefix: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(`${prefix}.${i + base}`, item);
    } else if (typeof value === "object") {
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        walk(prefix ? `${prefix}.${k}` : k, v);
    } else {
      out.push([prefix, String(value)]);
    }
  };
  walk("", params);
  return out;
}

/** Key segments that would reach an object's prototype. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Rebuild nested parameters from flattened pairs. A numeric segment makes an array, ordered by index
 * (so the numbering base does not matter when reading); values stay strings (schema validation
 * coerces them). Returns undefined when the keys contradict each other (`a=1` and `a.0=2`).
 */
export function unflatten(pairs: [string, string][]): Record<string, unknown> | undefined {
  type Node = { [k: string]: Node | string };
  const root: Node = Object.create(null);
  for (const [key, value] of pairs) {
    const parts = key.split(".");
    // Keys come from the wire: never let one reach an object's prototype chain.
    if (parts.some((p) => FORBIDDEN.has(p))) return undefined;
    let node: Node = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (i === parts.length - 1) {
        if (typeof node[part] === "object") return undefined;
        node[part] = value;
      } else {
        const next = node[part];
        if (typeof next === "string") return undefined;
        if (next === undefined) node[part] = Object.create(null) as Node;
        node = node[part] as Node;
      }
    }
  }
  const toArrays = (node: Node | string): unknown => {
    if (typeof node === "string") return node;
    const keys = Object.keys(node);
    if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
      return keys
        .map(Number)
        .sort((a, b) => a - b)
        .map((k) => toArrays(node[String(k)] as Node | string));
    }
    const out: Record<string, unknown> = {};
    for (const k of keys)
      Object.defineProperty(out, k, {
        value: toArrays(node[k] as Node | string),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  };
  return toArrays(root) as Record<string, unknown>;
}
