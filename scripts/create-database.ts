// Creates (or re-creates) an empty PostgreSQL database: `create-database.ts <admin-url> <name> [--drop]`.
import postgres from "postgres";

const [adminUrl, name, flag] = process.argv.slice(2);
if (!adminUrl || !name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: create-database.ts <admin-url> <name> [--drop]");
  process.exit(2);
}
const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
try {
  await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  if (flag !== "--drop") await sql.unsafe(`CREATE DATABASE ${name}`);
} finally {
  await sql.end();
}
