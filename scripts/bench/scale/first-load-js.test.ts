import { describe, expect, it } from "vitest";
import { scriptPaths } from "./first-load-js";

describe("the scripts a page loads", () => {
  it("lists each /_next/static script once, relative or absolute, and nothing else", () => {
    const html = [
      '<script src="/_next/static/chunks/webpack-1a.js" async=""></script>',
      '<script src="/_next/static/chunks/main-app-2b.js?dpl=x&amp;v=1" async=""></script>',
      '<script src="/_next/static/chunks/webpack-1a.js" async=""></script>',
      '<script src="http://127.0.0.1:3000/_next/static/chunks/app/page-3c.js"></script>',
      '<link rel="stylesheet" href="/_next/static/css/app.css"/>',
      "<script>self.__next_f.push([1,\"/_next/static/chunks/inline.js\"])</script>",
      '<script src="/vendor/other.js"></script>',
      '<script src="/_next/static/chunks/polyfills-42.js" noModule=""></script>',
    ].join("");
    expect(scriptPaths(html)).toEqual(["/_next/static/chunks/webpack-1a.js", "/_next/static/chunks/main-app-2b.js?dpl=x&v=1", "/_next/static/chunks/app/page-3c.js"]);
  });
});
