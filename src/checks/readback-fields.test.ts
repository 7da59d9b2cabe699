/**
 * `readback-fields`: the answers the runner reads back with (the describe, the task query) hold
 * their schema, an ENI the case bound reads back as secondary, and — where the case also read the
 * instance's primary ENI — not at the primary's device index. Each property broken by the
 * simulator's own deviation is named by its `x-field-properties` id.
 */
import { expect, it } from "vitest";
import { type Given, judge, useCheckSim, type Want } from "../testing/checks.ts";
import { readbackFields } from "./readback-fields.ts";

/** The property of each surface that an ENI bound reads back as secondary. */
const SECONDARY = {
  "tencent-v2": "primary.bound-is-secondary",
  "tencent-v3": "primary.bound-is-secondary",
  "aliyun-ecs": "type.bound-is-secondary",
  "jdcloud-vm": "role.bound-is-secondary",
} as const;

/** The case of each surface that binds eni.available to instance.running and reads the primary too. */
const ONE_PRIMARY = {
  "tencent-v2": "tencent-v2/instance.one-primary-eni#1",
  "tencent-v3": "tencent-v3/instance.one-primary-eni#1",
  "aliyun-ecs": "aliyun-ecs/instance.one-primary-eni#1",
  "jdcloud-vm": "jdcloud-vm/instance.one-primary-eni#1",
} as const;

type Row = [string, { given: Given; want: Want[] }];
const surfaces = Object.keys(SECONDARY) as (keyof typeof SECONDARY)[];

const rows: Row[] = [
  ...surfaces.flatMap((surface): Row[] => [
    [
      `${surface}: the bound ENI reads back secondary, beside the primary`,
      { given: { case: ONE_PRIMARY[surface], readEni: true, readPrimary: true }, want: [] },
    ],
    [
      `${surface}: the bound ENI reads back as a primary ENI`,
      {
        given: {
          case: ONE_PRIMARY[surface],
          readEni: true,
          deviations: [`${surface}:field:${SECONDARY[surface]}`],
        },
        want: [{ check: "readback-fields", property: SECONDARY[surface] }],
      },
    ],
  ]),
  // Tencent v2's describe has no device index: its property is not given there.
  ...surfaces
    .filter((s) => s !== "tencent-v2")
    .map(
      (surface): Row => [
        `${surface}: the bound ENI at the primary ENI's device index`,
        {
          given: {
            case: ONE_PRIMARY[surface],
            readEni: true,
            readPrimary: true,
            deviations: [`${surface}:field:device-index.not-primary-slot`],
          },
          want: [{ check: "readback-fields", property: "device-index.not-primary-slot" }],
        },
      ],
    ),
  [
    "Tencent API 3.0: a refused attach is no binding (nothing of the ENI to judge)",
    {
      given: {
        case: "tencent-v3/eni.same-zone#1",
        readEni: true,
        deviations: ["tencent-v3:field:primary.bound-is-secondary"],
      },
      want: [],
    },
  ],
  [
    "Tencent API 3.0: the task query's answer holds its schema",
    { given: { case: "tencent-v3/async.task-completes#1", readTask: true }, want: [] },
  ],
  [
    "Tencent API 3.0: a describe answer that breaks its schema (the request id a number)",
    {
      given: {
        case: "tencent-v3/instance.state-running-or-stopped#1",
        readEni: true,
        deviations: ["tencent-v3:envelope:wrong-field-type"],
      },
      want: [{ check: "readback-fields" }],
    },
  ],
  [
    "Tencent API 3.0: a task answer that breaks its schema (a Status outside the enum)",
    {
      given: {
        case: "tencent-v3/async.task-completes#1",
        readTask: true,
        alterReads: (answer) => ({
          ...answer,
          body: answer.body.replace('"Status":"SUCCESS"', '"Status":"DONE"'),
        }),
      },
      want: [{ check: "readback-fields" }],
    },
  ],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_name, { given, want }) => {
  const ctx = await sim.context(given);
  expect(judge(ctx, readbackFields)).toEqual(want);
});
