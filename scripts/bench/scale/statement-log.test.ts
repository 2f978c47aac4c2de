import { describe, expect, it } from "vitest";
import { NULL_PARAMETER, parseParameters, statementsOf, withStatementLogging } from "./statement-log";

const log = [
  "2026-11-27 05:24:54.165 UTC [2193] postgres@stride_bench_ab LOG:  execute <unnamed>: select count(*) from \"patients\" where \"patients\".\"clinic_id\" = $1",
  "2026-11-27 05:24:54.165 UTC [2193] postgres@stride_bench_ab DETAIL:  parameters: $1 = '6f1c'",
  "2026-11-27 05:24:54.166 UTC [2194] postgres@stride_other LOG:  statement: select 1",
  "2026-11-27 05:24:54.167 UTC [2193] postgres@stride_bench_ab LOG:  statement: begin",
  "2026-11-27 05:24:54.168 UTC [2193] postgres@stride_bench_ab LOG:  execute S_1: select * from \"patients\" where \"full_name\" ilike $1 limit $2",
  "2026-11-27 05:24:54.168 UTC [2193] postgres@stride_bench_ab DETAIL:  parameters: $1 = '%o''n%', $2 = '25'",
  "2026-11-27 05:24:54.170 UTC [2193] LOG:  checkpoint starting: time",
].join("\n");

describe("statements in PostgreSQL's log", () => {
  it("counts only the named database's statements, with their parameters", () => {
    const statements = statementsOf(log, "stride_bench_ab");
    expect(statements.map((s) => s.text)).toEqual([
      'select count(*) from "patients" where "patients"."clinic_id" = $1',
      "begin",
      'select * from "patients" where "full_name" ilike $1 limit $2',
    ]);
    expect(statements[0]?.params).toEqual(["6f1c"]);
    expect(statements[1]?.params).toEqual([]);
    expect(statements[2]?.params).toEqual(["%o'n%", "25"]);
  });

  it("does not take a database whose name only starts the same", () => {
    expect(statementsOf(log, "stride_bench_a")).toEqual([]);
  });

  it("reads NULL parameters and quotes", () => {
    expect(parseParameters("$1 = NULL, $2 = 'a, b', $3 = ''")).toEqual([NULL_PARAMETER, "a, b", ""]);
  });

  it("asks every connection to log its statements, keeping the URL's own parts", () => {
    const url = new URL(withStatementLogging("postgres://postgres@127.0.0.1:5432/stride_x"));
    expect(url.pathname).toBe("/stride_x");
    expect(url.searchParams.get("options")).toBe("-c log_statement=all");
  });
});
