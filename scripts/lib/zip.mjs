// A small, dependency-free zip writer for store uploads: deflate (or store, when deflate does not
// help), CRC-32, UTF-8 names, Unix permissions, entries sorted so the same tree gives the same
// archive. No ZIP64: an extension is far below 4 GB and 65 535 files, and we refuse anything bigger.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const DEFLATE = 8;
const STORE = 0;
const FLAG_UTF8 = 0x0800;
const MADE_BY_UNIX = (3 << 8) | 20; // version made by: Unix, spec 2.0
const NEEDS = 20; // version needed to extract: 2.0 (deflate)
const LIMIT = 0xffffffff;

/** Every regular file under `dir`, as sorted '/'-separated relative paths. @param {string} dir */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
      else throw new Error(`${path.join(dir, child)}: only regular files and folders can be zipped`);
    }
  };
  walk('');
  return out.sort();
}

/** MS-DOS date and time (local time, 2 s resolution, 1980 at the earliest). @param {Date} d */
function dosTime(d) {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * Zip the files under `dir` (paths relative to it, so `dir/manifest.json` is at the archive's root)
 * into `file`. Timestamps are the files' own, or SOURCE_DATE_EPOCH's when set (reproducible builds).
 * @param {string} dir
 * @param {string} file
 * @returns {{entries: number, bytes: number}}
 */
export function zipDirectory(dir, file) {
  const names = listFiles(dir);
  if (names.length > 0xffff) throw new Error(`${dir}: too many files for a zip without ZIP64`);
  const epoch = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : undefined;
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {Buffer[]} */
  const central = [];
  let offset = 0;
  for (const name of names) {
    const full = path.join(dir, name);
    const data = fs.readFileSync(full);
    const stat = fs.statSync(full);
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? DEFLATE : STORE;
    const body = method === DEFLATE ? deflated : data;
    const crc = zlib.crc32(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : FLAG_UTF8;
    const { time, date } = dosTime(epoch ?? stat.mtime);
    if (data.length >= LIMIT || offset + body.length >= LIMIT) throw new Error(`${full}: too large for a zip without ZIP64`);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(NEEDS, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra field length

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(MADE_BY_UNIX, 4);
    entry.writeUInt16LE(NEEDS, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    // extra length, comment length, disk number, internal attributes: all 0
    entry.writeUInt32LE(((0o100000 | 0o644) << 16) >>> 0, 38); // external: regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);

    chunks.push(local, nameBytes, body);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const archive = Buffer.concat([...chunks, ...central, end]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write beside, then rename: a store upload never sees half an archive.
  fs.writeFileSync(`${file}.tmp`, archive);
  fs.renameSync(`${file}.tmp`, file);
  return { entries: names.length, bytes: archive.length };
}
