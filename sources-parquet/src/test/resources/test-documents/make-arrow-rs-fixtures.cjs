// Writes the arrow-rs-*.parquet fixtures with a writer independent of parquet-java: arrow-rs,
// compiled to WebAssembly in the npm package parquet-wasm. Synthetic data only.
//   npm install parquet-wasm@0.8.0 apache-arrow@21.2.0 && node make-arrow-rs-fixtures.cjs
const fs = require("fs");
const arrow = require("apache-arrow");
const pq = require("parquet-wasm");

const n = 20;
const pad = (v, w) => String(v).padStart(w, "0");
const rows = [...Array(n).keys()];
const str = (values) => arrow.vectorFromArray(values, new arrow.Utf8());
const table = new arrow.Table({
  ho_ten: str(rows.map((i) => ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"][i % 3])),
  so_cccd: str(rows.map((i) => ["001", "079", "048"][i % 3] + (i % 2 ? "2" : "0") + pad(i % 2 ? i % 6 : 70 + i, 2) + pad(1234 + i, 6))),
  so_dien_thoai: str(rows.map((i) => ["090", "091", "098"][i % 3] + pad(4567000 + i * 37, 7))),
  email: str(rows.map((i) => "khach" + i + "@example.vn")),
  ngay_sinh: arrow.vectorFromArray(rows.map((i) => new Date(Date.UTC(1990, 4, 17 + i))), new arrow.DateDay()),
  cap_nhat: arrow.vectorFromArray(rows.map((i) => Date.UTC(2024, 2, 1, 8, 30, i)), new arrow.TimestampMillisecond("UTC")),
  customer: arrow.vectorFromArray(
    rows.map((i) => ({ email: "kh" + i + "@example.vn" })),
    new arrow.Struct([new arrow.Field("email", new arrow.Utf8(), true)])),
  tags: arrow.vectorFromArray(
    rows.map((i) => ["vip", "hà nội " + i]),
    new arrow.List(new arrow.Field("item", new arrow.Utf8(), true))),
});
const ipc = arrow.tableToIPC(table, "stream");

const write = (name, compression, version) => {
  const props = new pq.WriterPropertiesBuilder()
    .setCompression(compression)
    .setWriterVersion(version)
    .build();
  const bytes = pq.writeParquet(pq.Table.fromIPCStream(ipc), props);
  fs.writeFileSync(name, bytes);
};
write("arrow-rs-snappy.parquet", pq.Compression.SNAPPY, pq.WriterVersion.V1);
write("arrow-rs-zstd-v2.parquet", pq.Compression.ZSTD, pq.WriterVersion.V2);
write("arrow-rs-lz4raw-v2.parquet", pq.Compression.LZ4_RAW, pq.WriterVersion.V2);
write("arrow-rs-gzip.parquet", pq.Compression.GZIP, pq.WriterVersion.V1);
write("arrow-rs-brotli.parquet", pq.Compression.BROTLI, pq.WriterVersion.V1);
