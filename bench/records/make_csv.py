#!/usr/bin/env python3
"""Writes a CSV export of synthetic customers to standard output: about SIZE_MB megabytes, every
row full of personal data (name, citizen ID, phone, e-mail, address) beside an order number, an
amount and a note. Deterministic for a seed. Usage: make_csv.py SIZE_MB [SEED]"""
import random
import sys

size = int(float(sys.argv[1]) * 1_000_000)
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
middle = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Ngọc", "Hữu", "Thanh"]
given = ["An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Mai", "Nam", "Phương", "Quân", "Tâm"]
provinces = ["001", "079", "048", "031"]  # Hà Nội, TP. Hồ Chí Minh, Đà Nẵng, Hải Phòng
out = sys.stdout
written = out.write("ma_don,ho_ten,so_cccd,so_dien_thoai,email,dia_chi,so_tien,ghi_chu\n")
i = 0
while written < size:
    name = f"{rng.choice(family)} {rng.choice(middle)} {rng.choice(given)}"
    century = rng.choice("0123")  # gender and century digit: 1900s or 2000s
    year = rng.randint(0, 99) if century in "01" else rng.randint(0, 8)
    cccd = f"{rng.choice(provinces)}{century}{year:02d}{rng.randint(0, 999999):06d}"
    phone = f"09{rng.choice('0134')}{rng.randint(0, 9999999):07d}"
    row = (
        f"DH{100000 + i},{name},{cccd},{phone},kh{i}@example.vn,"
        f"\"{rng.randint(1, 200)} Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh\","
        f"{rng.randint(10, 9999) * 1000},giao hàng giờ hành chính\n"
    )
    written += len(row.encode("utf-8"))
    out.write(row)
    i += 1
