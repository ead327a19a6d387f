-- Benchmark database for bench/jdbc.sh: 20 tables, 250,000 rows each (5 million in total), of
-- synthetic Vietnamese-looking customers, orders and staff. Everything is made by the server
-- (generate_series), so creation takes seconds per table. Nobody here is real: names are drawn
-- from common family, middle and given names, CCCD-like numbers follow the structure (province,
-- century-and-sex digit, birth year, serial), phones use mobile prefixes, e-mails use example.vn.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS ban_hang CASCADE;
CREATE SCHEMA ban_hang;

CREATE FUNCTION pg_temp.ho_ten(g bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ'])[1 + g % 12]
    || ' ' || (ARRAY['Văn','Thị','Minh','Hoàng','Ngọc','Thanh','Đức','Thu'])[1 + (g / 12) % 8]
    || ' ' || (ARRAY['An','Bình','Cường','Dũng','Hà','Lan','Mai','Nam','Oanh','Phúc','Quân',
                     'Sơn','Trang','Uyên','Vy','Khoa','Linh','Hải','Tuấn','Yến'])[1 + (g / 96) % 20]
$$;
CREATE FUNCTION pg_temp.cccd(g bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '0' || (ARRAY['01','79','48','31','92','26','75','36'])[1 + g % 8] || (g % 2)::text
    || lpad((50 + g % 50)::text, 2, '0') || lpad(((g * 7919) % 1000000)::text, 6, '0')
$$;
CREATE FUNCTION pg_temp.phone(g bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '09' || (ARRAY['1','8','3','4','7','6'])[1 + g % 6]
    || lpad(((g * 104729) % 10000000)::text, 7, '0')
$$;
CREATE FUNCTION pg_temp.dia_chi(g bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (1 + g % 300)::text || ' '
    || (ARRAY['Lý Thường Kiệt','Trần Hưng Đạo','Nguyễn Huệ','Lê Lợi','Hai Bà Trưng',
              'Điện Biên Phủ','Cách Mạng Tháng Tám','Võ Văn Tần'])[1 + g % 8]
    || ', Phường ' || (1 + g % 15)::text || ', Quận ' || (1 + g % 12)::text
    || ', Thành phố Hồ Chí Minh'
$$;

DO $$
DECLARE
  i int;
BEGIN
  FOR i IN 1..20 LOOP
    CASE i % 4
      WHEN 0 THEN
        EXECUTE format($f$
          CREATE UNLOGGED TABLE ban_hang.khach_hang_%s AS
          SELECT g AS id, pg_temp.ho_ten(g) AS ho_ten, pg_temp.cccd(g) AS so_cccd,
                 pg_temp.phone(g) AS so_dien_thoai, 'kh' || g || '@example.vn' AS email,
                 pg_temp.dia_chi(g) AS dia_chi,
                 date '1950-01-01' + (g %% 18000)::int AS ngay_sinh,
                 timestamp '2024-01-01' + g * interval '37 seconds' AS ngay_tao
          FROM generate_series(%s::bigint * 1000000 + 1, %s::bigint * 1000000 + 250000) g$f$,
          i, i, i);
      WHEN 1 THEN
        EXECUTE format($f$
          CREATE UNLOGGED TABLE ban_hang.don_hang_%s AS
          SELECT g AS id, 'DH' || lpad(g::text, 10, '0') AS ma_don,
                 pg_temp.ho_ten(g) AS nguoi_nhan, pg_temp.phone(g) AS sdt_nguoi_nhan,
                 pg_temp.dia_chi(g) AS dia_chi_giao, round((g * 1237 %% 50000000) / 100.0, 2) AS so_tien,
                 (ARRAY['đã giao','đang giao','đã hủy'])[1 + g %% 3] AS trang_thai,
                 timestamp '2024-01-01' + g * interval '11 seconds' AS ngay_dat
          FROM generate_series(%s::bigint * 1000000 + 1, %s::bigint * 1000000 + 250000) g$f$,
          i, i, i);
      WHEN 2 THEN
        EXECUTE format($f$
          CREATE UNLOGGED TABLE ban_hang.nhan_vien_%s AS
          SELECT g AS id, pg_temp.ho_ten(g) AS ho_ten, pg_temp.cccd(g) AS cccd,
                 'nv' || g || '@congty.example.vn' AS email_cong_ty, pg_temp.phone(g + 7) AS dien_thoai,
                 (10000000 + g %% 90000000)::bigint * 100 + g %% 97 AS so_tai_khoan,
                 round((8000000 + g * 31 %% 40000000)::numeric, 0) AS luong,
                 (ARRAY['Kế toán','Kinh doanh','Kỹ thuật','Nhân sự'])[1 + g %% 4] AS phong_ban
          FROM generate_series(%s::bigint * 1000000 + 1, %s::bigint * 1000000 + 250000) g$f$,
          i, i, i);
      ELSE
        EXECUTE format($f$
          CREATE UNLOGGED TABLE ban_hang.nhat_ky_%s AS
          SELECT g AS id, timestamp '2025-01-01' + g * interval '3 seconds' AS thoi_gian,
                 ('10.' || (g %% 256) || '.' || (g / 256 %% 256) || '.' || (g %% 200 + 1))::inet AS ip,
                 'Khách ' || pg_temp.ho_ten(g) || ' gọi tới ' || pg_temp.phone(g) || ' hỏi về đơn DH'
                   || lpad(g::text, 10, '0') AS noi_dung,
                 (g %% 500)::int AS ma_thao_tac
          FROM generate_series(%s::bigint * 1000000 + 1, %s::bigint * 1000000 + 250000) g$f$,
          i, i, i);
    END CASE;
  END LOOP;
END
$$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'ban_hang' LOOP
    EXECUTE format('ALTER TABLE ban_hang.%I ADD PRIMARY KEY (id)', t.tablename);
    EXECUTE format('ANALYZE ban_hang.%I', t.tablename);
  END LOOP;
END
$$;
SELECT count(*) AS tables, sum(c.reltuples)::bigint AS rows
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'ban_hang' AND c.relkind = 'r';
