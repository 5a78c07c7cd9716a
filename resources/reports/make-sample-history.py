#!/usr/bin/env python3
"""Writes resources/reports/sample-history.jsonl: fictional dossier history for the demo's Reports
page (docs/units-and-import.md), for the units of resources/units/sample-units.csv and procedures of
the sample catalogue. No personal data: the report keeps none. Deterministic (fixed seed).

    python3 resources/reports/make-sample-history.py > resources/reports/sample-history.jsonl
"""
import datetime as dt
import json
import random

rng = random.Random(20261123)
catalog = json.load(open('resources/catalog/sample-catalog.json', encoding='utf-8'))
fields = {f['code']: f['name'] for f in catalog['fields']}
procedures = [(p['code'], p['name'], p['field']) for p in catalog['procedures']]
popular = procedures

# (code, name, level) of the units that receive dossiers, before and from 1 July 2025.
before = [('991', 'Huyện Mẫu Đông (dữ liệu mẫu)', 2), ('992', 'Thị xã Mẫu Tây (dữ liệu mẫu)', 2),
          ('99101', 'Xã Mẫu Một (dữ liệu mẫu)', 3), ('99102', 'Xã Mẫu Hai (dữ liệu mẫu)', 3),
          ('99201', 'Phường Mẫu Tây Một (dữ liệu mẫu)', 3), ('99203', 'Xã Mẫu Tây Ba (dữ liệu mẫu)', 3),
          ('99', 'Tỉnh Mẫu (dữ liệu mẫu)', 1)]
after = [('992', 'Phường Mẫu Tây (dữ liệu mẫu)', 3), ('99203', 'Xã Mẫu Tây Ba (dữ liệu mẫu)', 3),
         ('XA0001', 'UBND xã Mẫu (dữ liệu mẫu)', 3), ('99110', 'Xã Mẫu Đông (dữ liệu mẫu)', 3),
         ('99', 'Tỉnh Mẫu (dữ liệu mẫu)', 1)]
reform = dt.date(2025, 7, 1)
start, end = dt.date(2025, 1, 2), dt.date(2026, 10, 31)
stamp = lambda t: t.strftime('%Y%m%d%H%M%S')

day, n = start, 0
while day <= end:
    if day.weekday() < 5:
        progress = (day - start).days / (end - start).days   # 0 → 1 over the period
        for _ in range(rng.randint(1, 4)):
            n += 1
            code, name, level = rng.choice(before if day < reform else after)
            proc, pname, field = rng.choice(popular)
            received = dt.datetime.combine(day, dt.time(rng.randint(7, 16), rng.randint(0, 59)))
            online = rng.random() < 0.15 + 0.35 * progress         # the system's rate grows…
            own = online and rng.random() < 0.1 + 0.7 * progress   # …and the monitor's gap closes
            clerk = not own or rng.random() < 0.6                  # most at the counter, assisted
            r = {'MaHoSo': 'MAU-%s-%04d' % (day.strftime('%y%m%d'), n), 'MaTTHC': proc,
                 'TenTTHC': pname, 'MaLinhVuc': field, 'TenLinhVuc': fields[field],
                 'KenhThucHien': 2 if online else (3 if rng.random() < 0.05 else 1),
                 'NgayTiepNhan': stamp(received), 'MaDonVi': code, 'TenDonVi': name,
                 'CapDonVi': level}
            if own:
                r['MaDoiTuong'] = 'TK-MAU-%05d' % n
                r['TaiKhoanDuocXacThucVoiVNeID'] = 1
            if clerk:
                r['CanBoTiepNhan'] = 'canbo01'
            if own and clerk:
                r['XacThucCongDan'] = {'MaXacThuc': 'mau-%05d' % n}
            finished = received + dt.timedelta(days=rng.randint(1, 20), hours=2)
            if finished.date() <= end and rng.random() < 0.995:
                r['TrangThaiHoSo'] = 10
                r['NgayKetThucXuLy'] = stamp(finished)
                r['NgayTra'] = stamp(finished + dt.timedelta(hours=1))
            else:
                r['TrangThaiHoSo'] = 4
            print(json.dumps(r, ensure_ascii=False, separators=(',', ':')))
    day += dt.timedelta(days=1)
