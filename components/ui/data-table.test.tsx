import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type DataTableColumn } from "./data-table";

type Row = { id: string; name: string; pain: number };
const columns: DataTableColumn<Row>[] = [
  { id: "name", header: "Name", cell: (row) => <b>{row.name}</b> },
  { id: "pain", header: "Pain", cell: (row) => row.pain },
  { id: "note", header: "Note", sortable: false, cell: () => "none" },
];
const rows: Row[] = [{ id: "a", name: "Ana", pain: 3 }, { id: "b", name: "Ben", pain: 7 }];

const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) =>
  renderToStaticMarkup(
    <DataTable<Row>
      caption="People"
      columns={columns}
      rows={rows}
      rowCount={27}
      getRowId={(row) => row.id}
      sort={{ id: "name", desc: false }}
      pageIndex={1}
      pageSize={2}
      sortHref={(id, desc) => `/list?sort=${id}.${desc ? "desc" : "asc"}`}
      firstSortDesc={(id) => id === "pain"}
      pageHref={(index) => `/list?page=${index + 1}`}
      empty="Nobody here."
      {...props}
    />,
  );

describe("DataTable (server-rendered)", () => {
  it("draws each row's cells in column order", () => {
    const html = render();
    expect(html).toContain("<td class=\"whitespace-nowrap px-4 py-3 text-slate-800\"><b>Ana</b></td><td class=\"whitespace-nowrap px-4 py-3 text-slate-800\">3</td>");
    expect(html.match(/<tr class="hover:bg-slate-50">/g)).toHaveLength(2);
  });

  it("marks the sorted column and links each sortable header to its next direction", () => {
    const html = render();
    expect(html).toMatch(/<th scope="col" aria-sort="ascending"[^>]*><a [^>]*href="\/list\?sort=name\.desc"/);
    // An unsorted column opens in its first direction (pain: worst first); an unsortable one is text.
    expect(html).toMatch(/<th scope="col" class="[^"]*"><a [^>]*href="\/list\?sort=pain\.desc"/);
    expect(html).toMatch(/<th scope="col" class="[^"]*">Note<\/th>/);
    expect(render({ sort: { id: "pain", desc: true } })).toMatch(/aria-sort="descending"[^>]*><a [^>]*href="\/list\?sort=pain\.asc"/);
  });

  it("pages by the count, or by hasNextPage past a capped count", () => {
    const counted = render();
    expect(counted).toContain("Showing 3-4 of 27");
    expect(counted).toContain("Page 2 of 14");
    expect(counted).toContain('href="/list?page=1"');
    expect(counted).toContain('href="/list?page=3"');
    const capped = render({ rowCount: 1000, countCapped: true, hasNextPage: false, pageIndex: 600 });
    expect(capped).toContain("of 1,000+");
    expect(capped).toContain("Page 601<");
    expect(capped).toMatch(/<span aria-disabled="true"[^>]*>Next page<\/span>/);
  });

  it("says what the empty list means in one cell across every column", () => {
    expect(render({ rows: [] })).toContain('<td colSpan="3" class="px-4 py-10 text-center text-slate-600">Nobody here.</td>');
  });
});
