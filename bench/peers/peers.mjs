// Runs an npm peer tool (see openredaction.mjs, redact-pii.mjs) for bench/run.sh.
//
//   node peers.mjs --modules DIR --tool NAME speed FILE [--mb N] [--chunk-kb K] [--runs R]
//       Times the tool's normal call over the first N MB of FILE (whole lines), cut into chunks of
//       about K KB of characters at line ends (default 8: the tool's README quotes its speed per
//       2-3 KB, and openredaction slows down on longer texts). A warm-up pass over the first 256 KB
//       is not timed; then R timed passes (default 3). Prints one JSON line: bytes, per-run
//       seconds, median MB/s (1 MB = 10^6 bytes of UTF-8), peak RSS. Reading the file is not timed.
//   node peers.mjs --modules DIR --tool NAME predict CORPUS_DIR
//       Runs the tool on every CORPUS_DIR/docs/*.txt and negatives/*.txt and prints predictions as
//       JSONL for `pdpguard eval --predictions`; counts go to standard error.
//   node peers.mjs --tool NAME claims
//       Prints the pdpguard types the tool claims, comma-separated.
//
// DIR is the node_modules folder the packages were installed into (never the project's).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const modules = opt('--modules', null);
const toolName = opt('--tool', null);
const mb = Number(opt('--mb', '0'));
const chunkKb = Number(opt('--chunk-kb', '8'));
const runs = Number(opt('--runs', '3'));
const [command, target] = args;

const adapter = await import(`./${toolName}.mjs`);
if (command === 'claims') {
  console.log(adapter.claims.join(','));
  process.exit(0);
}
const tool = adapter.load(createRequire(path.join(path.resolve(modules), 'noop.js')));

if (command === 'speed') {
  speed(target);
} else if (command === 'predict') {
  predict(target);
} else {
  console.error(`unknown command ${command}`);
  process.exit(2);
}

function speed(file) {
  const limit = mb > 0 ? Math.round(mb * 1e6) : fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(Math.min(limit, fs.statSync(file).size));
  const got = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  const cut = buf.lastIndexOf(0x0a, got - 1) + 1 || got; // whole lines only
  const text = buf.subarray(0, cut).toString('utf8');
  const bytes = cut;
  const chunks = [];
  const size = chunkKb * 1024;
  for (let i = 0; i < text.length; ) {
    let j = Math.min(text.length, i + size);
    if (j < text.length) {
      const nl = text.lastIndexOf('\n', j);
      if (nl > i) j = nl + 1;
    }
    chunks.push(text.slice(i, j));
    i = j;
  }
  let sink = 0;
  let warm = 0;
  for (const c of chunks) {
    if (warm > 256 * 1024) break;
    sink += tool.run(c);
    warm += c.length;
  }
  const seconds = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    for (const c of chunks) sink += tool.run(c);
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(JSON.stringify({
    tool: adapter.name,
    bytes,
    chunks: chunks.length,
    chunkKb,
    seconds,
    median,
    mbps: bytes / 1e6 / median,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    sink: sink > 0,
  }));
}

function predict(dir) {
  let docs = 0;
  let spans = 0;
  const lines = [];
  for (const sub of ['docs', 'negatives']) {
    const folder = path.join(dir, sub);
    if (!fs.existsSync(folder)) continue;
    for (const f of fs.readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(path.join(folder, f), 'utf8');
      docs++;
      for (const s of tool.spans(text)) {
        lines.push(JSON.stringify({ doc: `${sub}/${f}`, start: s.start, end: s.end, type: s.type }));
        spans++;
      }
    }
  }
  process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
  console.error(JSON.stringify({ tool: adapter.name, docs, spans, ...tool.stats }));
}
