import postgres from "postgres";

/** With TEST_DATABASE_URL: a fresh database for this run, dropped at the end. */
export default async function setup() {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const name = `partnerhub_test_${process.pid}_${Date.now()}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.PARTNER_HUB_TEST_DB = url.toString();
  return async () => {
    const a = postgres(base, { max: 1, onnotice: () => {} });
    await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  };
}
