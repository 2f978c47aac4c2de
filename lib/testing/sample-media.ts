import { deflateSync } from "node:zlib";

/**
 * Small, structurally valid media files made in code, for the upload tests and the e2e spec (no
 * binary fixtures). Each is the least a decoder needs; the PNG is a real 1x1 picture.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 1x1 RGB PNG (a teal pixel) that browsers decode. */
export function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const pixels = deflateSync(Buffer.from([0, 0x0f, 0x76, 0x6e])); // filter byte + RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk("IHDR", ihdr), pngChunk("IDAT", pixels), pngChunk("IEND", new Uint8Array(0))]);
}

/** Start-of-image, a JFIF segment, end-of-image: the structure the check reads. */
export function tinyJpeg(): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, Buffer.from([0xff, 0xd9])]);
}

/** RIFF container, WEBP form, one VP8L chunk whose size matches. */
export function tinyWebp(): Buffer {
  const data = Buffer.from([0x2f, 0x00, 0x00, 0x00, 0x00, 0x07, 0x10, 0x11, 0x11, 0x88]); // a 1x1 lossless bitstream
  const chunk = Buffer.concat([Buffer.from("VP8L", "ascii"), u32le(data.length), data]);
  return Buffer.concat([Buffer.from("RIFF", "ascii"), u32le(4 + chunk.length), Buffer.from("WEBP", "ascii"), chunk]);
}

/** An ftyp box (isom) followed by an empty mdat box. */
export function tinyMp4(extraBytes = 0): Buffer {
  const ftyp = Buffer.concat([u32be(24), Buffer.from("ftypisom", "ascii"), u32be(0x200), Buffer.from("isommp41", "ascii")]);
  const mdat = Buffer.concat([u32be(8 + extraBytes), Buffer.from("mdat", "ascii"), Buffer.alloc(extraBytes)]);
  return Buffer.concat([ftyp, mdat]);
}

/** An EBML header naming DocType "webm", then the start of a Segment. */
export function tinyWebm(docType = "webm"): Buffer {
  const doc = Buffer.from(docType, "ascii");
  const body = Buffer.concat([Buffer.from([0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x80 | doc.length]), doc, Buffer.from([0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02])]);
  const header = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | body.length]), body]);
  const segment = Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, ...Buffer.alloc(16)]);
  return Buffer.concat([header, segment]);
}

function u32be(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n, 0);
  return b;
}

function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}

/** A body stream that sends `bytes` in chunks of `chunkSize`, as a request body would arrive. */
export function streamOf(bytes: Uint8Array, chunkSize = 64 * 1024): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunkSize));
      at += chunkSize;
    },
  });
}
