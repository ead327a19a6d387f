package org.pdpguard.eval.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled administrative units (reference B6): 63 provinces with districts and wards before 1
 * July 2025, 34 provinces with wards and no district level after. Sorted maps keep the draw order
 * independent of hashing.
 */
final class AdminUnits {
  /** A unit: its province code, type word (Tỉnh, Quận, Phường, Xã, …) and name. */
  record Unit(String province, String type, String name) {}

  private AdminUnits() {}

  static List<Unit> provincesPre() {
    return Data.PROVINCES_PRE;
  }

  static List<Unit> provincesPost() {
    return Data.PROVINCES_POST;
  }

  /** The first listed province with this code. */
  static Unit province(boolean pre2025, String code) {
    return (pre2025 ? Data.FIRST_PRE : Data.FIRST_POST).get(code);
  }

  static List<Unit> districtsPre(String province) {
    return Data.DISTRICTS_PRE.getOrDefault(province, List.of());
  }

  static List<Unit> wardsPre(String province) {
    return Data.WARDS_PRE.getOrDefault(province, List.of());
  }

  static List<Unit> wardsPost(String province) {
    return Data.WARDS_POST.getOrDefault(province, List.of());
  }

  private static final class Data {
    static final List<Unit> PROVINCES_PRE = list("provinces_pre2025.tsv");
    static final List<Unit> PROVINCES_POST = list("provinces_post2025.tsv");
    static final Map<String, List<Unit>> DISTRICTS_PRE = byProvince("districts_pre2025.tsv");
    static final Map<String, List<Unit>> WARDS_PRE = byProvince("wards_pre2025.tsv");
    static final Map<String, List<Unit>> WARDS_POST = byProvince("wards_post2025.tsv");
    static final Map<String, Unit> FIRST_PRE = first(PROVINCES_PRE);
    static final Map<String, Unit> FIRST_POST = first(PROVINCES_POST);

    private static Map<String, Unit> first(List<Unit> units) {
      Map<String, Unit> m = new TreeMap<>();
      units.forEach(u -> m.putIfAbsent(u.province(), u));
      return m;
    }

    private static List<Unit> list(String file) {
      List<Unit> units = new ArrayList<>();
      for (String[] row : BundledData.rows("vn_admin_units", file)) {
        if (row.length == 3 && !row[2].isBlank()) {
          units.add(new Unit(row[0], row[1], row[2]));
        }
      }
      return List.copyOf(units);
    }

    private static Map<String, List<Unit>> byProvince(String file) {
      Map<String, List<Unit>> map = new TreeMap<>();
      for (Unit u : list(file)) {
        map.computeIfAbsent(u.province(), k -> new ArrayList<>()).add(u);
      }
      map.replaceAll((k, v) -> List.copyOf(v));
      return map;
    }
  }
}
