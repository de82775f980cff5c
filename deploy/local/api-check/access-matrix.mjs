// Writes docs/access-matrix.md from the OpenAPI documents the services served during the tests
// (<service>/target/openapi/openapi.json): every operation of every service and the roles allowed to call it,
// as the @RolesAllowed annotations publish them. AccessMatrixContract holds the running services to this table.
// Usage: node access-matrix.mjs <repo dir>
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const repo = process.argv[2];
const services = ["intake-service", "trajectory-service", "matching-service", "employer-service", "reporting-service"];
const roleOrder = ["municipality", "consultant", "jobcoach", "account-manager", "employer", "analyst", "auditor", "admin"];
const methods = ["get", "post", "put", "patch", "delete"];

const rows = [];
const roles = new Set();
for (const service of services) {
  const file = join(repo, service, "target", "openapi", "openapi.json");
  if (!existsSync(file)) {
    console.error(`missing ${file}: run the tests first`);
    process.exit(1);
  }
  const doc = JSON.parse(readFileSync(file, "utf8"));
  for (const [path, item] of Object.entries(doc.paths)) {
    if (path.startsWith("/q/")) continue;
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const allowed = (operation.security ?? []).flatMap((requirement) => Object.values(requirement).flat());
      allowed.forEach((role) => roles.add(role));
      rows.push({ service, method: method.toUpperCase(), path, allowed: new Set(allowed) });
    }
  }
}
const columns = [...new Set([...roleOrder.filter((r) => r !== "auditor" || roles.has(r)), ...roles])].sort((a, b) => {
  const ia = roleOrder.indexOf(a), ib = roleOrder.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
});
const lines = [
  "# Access matrix",
  "",
  "Every endpoint of every service and the roles that may call it (✓). Everyone else gets 403, or 401 where",
  "their token is not issued for that service at all (a municipal system's token is for intake-service only);",
  "a request without a token or with an expired one gets 401. An empty row is public. Generated from the OpenAPI",
  "documents by `deploy/local/api-check.sh --write-access-matrix`; each service's `AccessMatrixTest` fails",
  "when its running endpoints and this table disagree, in either direction, for any role.",
  "",
  "Beyond the role, every endpoint scopes data to the caller's organisation (another organisation's id is 404),",
  "an employer user to its own employer, a municipal system to its own referrals.",
  "",
  `| service | method | path | ${columns.join(" | ")} |`,
  `|---|---|---|${columns.map(() => ":-:").join("|")}|`,
  ...rows.map((r) => `| ${r.service} | ${r.method} | \`${r.path}\` | ${columns.map((c) => (r.allowed.has(c) ? "✓" : "")).join(" | ")} |`),
  "",
  `${rows.length} operations × ${columns.length} roles, plus no token and an expired token.`,
  "",
  "## Pages for people",
  "",
  "Not API operations, so not in the OpenAPI documents or the table above: they log people in through Keycloak in the",
  "browser (authorization-code flow with PKCE; the service keeps the tokens, the browser a session cookie).",
  "Without a session the answer is a redirect to the login page, not 401; a bearer token does not open them.",
  "",
  "| service | path | who | held by |",
  "|---|---|---|---|",
  "| reporting-service | `/dashboard` | analyst, admin (others 403); figures of the user's own organisation | `DashboardBrowserTest` |",
  "",
];
writeFileSync(join(repo, "docs", "access-matrix.md"), lines.join("\n"));
console.log(`docs/access-matrix.md: ${rows.length} operations, roles ${columns.join(", ")}`);
