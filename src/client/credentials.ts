/**
 * Where the client's credentials come from: explicit options first, else the cloud's standard
 * environment variables (TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY,
 * ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET, JDCLOUD_ACCESS_KEY /
 * JDCLOUD_SECRET_KEY). A missing pair is a harness error that names the variables, never the values.
 */
import { SuiteError } from "../core/errors.ts";
import type { Credentials, SurfaceModule } from "../surfaces/types.ts";

/** Resolve credentials for `module` from `explicit` or `env`. */
export function resolveCredentials(
  module: SurfaceModule,
  explicit: Credentials | undefined,
  env: Record<string, string | undefined> = process.env,
): Credentials {
  if (explicit) return explicit;
  const names = module.credentialEnv;
  const accessKeyId = env[names.accessKeyId];
  const secret = env[names.secret];
  if (!accessKeyId || !secret) {
    throw new SuiteError(
      "ENIC_CREDENTIALS",
      `no credentials for ${module.id}: pass credentials or set ${names.accessKeyId} and ${names.secret}`,
    );
  }
  const token = names.token ? env[names.token] : undefined;
  return token ? { accessKeyId, secret, token } : { accessKeyId, secret };
}
