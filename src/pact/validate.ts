/**
 * Checks a pact file: the Pact V4 shape (src/pact/pact-v4.schema.json, written from the Pact V4
 * specification's models), unique interaction descriptions, every regex matcher accepting its own
 * example, and every provider-state expression naming a value one of the interaction's states
 * provides. (The pact core reading the file back is the other half: `verify-pacts` loads every file
 * through pact's verifier.)
 */
import { readFileSync } from "node:fs";
import { createAjv, formatErrors } from "../contracts/ajv.ts";

const schema = JSON.parse(readFileSync(new URL("./pact-v4.schema.json", import.meta.url), "utf8")) as object;
const validateShape = createAjv().compile(schema);

interface Rule {
  matchers: { match: string; regex?: string }[];
}
interface Side {
  path?: string;
  query?: Record<string, string[]>;
  headers?: Record<string, string[]>;
  body?: { content?: unknown };
  matchingRules?: Record<string, Record<string, Rule> | Rule>;
  generators?: Record<
    string,
    Record<string, { type: string; expression?: string }> | { type: string; expression?: string }
  >;
}

function bodyValue(content: unknown, path: string): unknown {
  let v = content;
  for (const part of path
    .replace(/^\$\.?/, "")
    .split(/\.|\[(\d+|\*)\]/)
    .filter((x) => x !== undefined && x !== "")) {
    if (Array.isArray(v)) v = part === "*" ? v[0] : v[Number(part)];
    else v = (v as Record<string, unknown> | undefined)?.[part];
  }
  return v;
}

function headerValue(headers: Record<string, string[]> | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? headers?.[key]?.[0] : undefined;
}

function checkSide(where: string, side: Side, problems: string[]): void {
  const rules = side.matchingRules ?? {};
  const check = (place: string, rule: Rule, value: unknown) => {
    for (const m of rule.matchers) {
      if (m.match !== "regex" || m.regex === undefined) continue;
      let re: RegExp;
      try {
        re = new RegExp(m.regex, "u");
      } catch (error) {
        problems.push(`${where} ${place}: regex ${m.regex} does not compile: ${(error as Error).message}`);
        continue;
      }
      if (value === undefined) problems.push(`${where} ${place}: a regex matcher with no example value`);
      else if (!re.test(String(value)))
        problems.push(`${where} ${place}: example ${String(value)} fails its own regex ${m.regex}`);
    }
  };
  for (const [category, entry] of Object.entries(rules)) {
    if (category === "path") check("path", entry as Rule, side.path);
    else if (category === "status") continue;
    else {
      for (const [key, rule] of Object.entries(entry as Record<string, Rule>)) {
        const value =
          category === "query"
            ? side.query?.[key]?.[0]
            : category === "header"
              ? headerValue(side.headers, key)
              : bodyValue(side.body?.content, key);
        check(`${category} ${key}`, rule, value);
      }
    }
  }
}

/** Every problem of a parsed pact document (empty when it is a sound Pact V4 file). */
export function pactProblems(doc: unknown): string[] {
  if (!validateShape(doc)) return formatErrors(validateShape.errors).map((e) => `Pact V4 shape: ${e}`);
  const problems: string[] = [];
  const pact = doc as {
    interactions: {
      description: string;
      providerStates?: { name: string; params?: Record<string, unknown> }[];
      request: Side;
      response: Side;
    }[];
  };
  const seen = new Set<string>();
  for (const i of pact.interactions) {
    const where = `"${i.description}"`;
    if (seen.has(i.description)) problems.push(`${where}: the description is not unique`);
    seen.add(i.description);
    checkSide(`${where} request`, i.request, problems);
    checkSide(`${where} response`, i.response, problems);
    // Values the states provide: the names their params inject (roles, a client token).
    const provided = new Set<string>();
    for (const s of i.providerStates ?? []) {
      const p = s.params ?? {};
      for (const name of Object.keys((p.roles as Record<string, string> | undefined) ?? {}))
        provided.add(name);
      if (typeof p.tokenParam === "string") provided.add(p.tokenParam);
    }
    const generators = i.request.generators ?? {};
    for (const [category, entry] of Object.entries(generators)) {
      const list =
        "type" in entry
          ? [entry as { type: string; expression?: string }]
          : Object.values(entry as Record<string, { type: string; expression?: string }>);
      for (const g of list) {
        if (g.type !== "ProviderState") continue;
        for (const m of (g.expression ?? "").matchAll(/\$\{([^}]+)\}/g)) {
          if (!provided.has(m[1] as string))
            problems.push(`${where} request ${category}: \${${m[1]}} is provided by no provider state`);
        }
      }
    }
  }
  return problems;
}

/** Every problem of a pact file on disk. */
export function pactFileProblems(file: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return [`${file}: not JSON: ${(error as Error).message}`];
  }
  return pactProblems(doc);
}
