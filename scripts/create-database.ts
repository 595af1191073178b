// Creates (or re-creates) an empty PostgreSQL database: `create-database.ts <admin-url> <name> [--drop]`.
import postgres from "postgres";

const [adminUrl, name, flag] = process.argv.slice(2);
if (!adminUrl || !name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: create-database.ts <admin-url> <name> [--drop]");
  process.exit(2);
}
async function main(admin: string, db: string) {
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    if (flag !== "--drop") await sql.unsafe(`CREATE DATABASE ${db}`);
  } finally {
    await sql.end();
  }
}

main(adminUrl, name).catch((err: unknown) => {
  console.error("[partner-hub] could not create the database:", err instanceof Error ? err.message : err);
  process.exit(1);
});
