import { describe, expect, it } from "vitest";
import { firstLoadScriptPaths } from "./first-load-js";

describe("the scripts a page loads first", () => {
  it("lists each /_next/static script once, tags and preloads, relative or absolute, and nothing else", () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1a.js"/>',
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/app.css"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/mod-9z.js"/>',
      '<script src="/_next/static/chunks/webpack-1a.js" async=""></script>',
      '<script src="/_next/static/chunks/main-app-2b.js?dpl=x&amp;v=1" async=""></script>',
      '<script async src="http://127.0.0.1:3000/_next/static/chunks/app/page-3c.js"></script>',
      "<script>self.__next_f.push([1,\"/_next/static/chunks/inline.js\"])</script>",
      '<script src="/vendor/other.js"></script>',
      '<script src="/_next/static/chunks/polyfills-42.js" noModule=""></script>',
    ].join("");
    expect(firstLoadScriptPaths(html)).toEqual([
      "/_next/static/chunks/webpack-1a.js",
      "/_next/static/chunks/main-app-2b.js?dpl=x&v=1",
      "/_next/static/chunks/app/page-3c.js",
      "/_next/static/chunks/mod-9z.js",
    ]);
  });
});
