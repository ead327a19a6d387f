package org.pdpguard.webaudit;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Countries of IP addresses from the legacy MaxMind GeoIP country databases that Debian ships in
 * {@code geoip-database} ({@code /usr/share/GeoIP/GeoIP.dat} and {@code GeoIPv6.dat}, GeoLite data
 * created by MaxMind, CC BY-SA 4.0). The format is a binary trie: from the root, each bit of the
 * address picks the left or right 3-byte little-endian record of a node; a record at or above
 * {@link #COUNTRY_BEGIN} is a leaf whose offset from it indexes {@link #CODES}. The database type
 * is the byte after three 0xFF bytes near the end of the file (1: IPv4 country, 12: IPv6 country).
 *
 * <p>Loaded whole (2 and 8 MB); thread-safe once built. Answers nothing for private, loopback and
 * unknown addresses, nor for the pseudo-countries of the format (anonymous proxy, satellite,
 * Europe, Asia/Pacific).
 */
public final class GeoIpCountries implements CountryResolver {
  /** Where Debian's {@code geoip-database} installs the files. */
  public static final Path DEBIAN_V4 = Path.of("/usr/share/GeoIP/GeoIP.dat");

  public static final Path DEBIAN_V6 = Path.of("/usr/share/GeoIP/GeoIPv6.dat");

  static final int COUNTRY_BEGIN = 16776960;
  private static final int RECORD = 3;
  private static final int COUNTRY_V4 = 1;
  private static final int COUNTRY_V6 = 12;

  /** Country codes by index, as in libGeoIP 1.6 (CW and SX replaced AN and FX). */
  static final List<String> CODES =
      List.of(
          "--", "AP", "EU", "AD", "AE", "AF", "AG", "AI", "AL", "AM", "CW", "AO", "AQ", "AR", "AS",
          "AT", "AU", "AW", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BM", "BN",
          "BO", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI",
          "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
          "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR",
          "SX", "GA", "GB", "GD", "GE", "GF", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
          "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IN", "IO",
          "IQ", "IR", "IS", "IT", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR",
          "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA",
          "MC", "MD", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU",
          "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR",
          "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT",
          "PW", "PY", "QA", "RE", "RO", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI",
          "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "ST", "SV", "SY", "SZ", "TC", "TD", "TF", "TG",
          "TH", "TJ", "TK", "TM", "TN", "TO", "TL", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM",
          "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "RS",
          "ZA", "ZM", "ME", "ZW", "A1", "A2", "O1", "AX", "GG", "IM", "JE", "BL", "MF", "BQ", "SS");

  /** Codes that name no country. */
  private static final Set<String> NOT_COUNTRIES = Set.of("--", "AP", "EU", "A1", "A2", "O1");

  private final byte[] v4;
  private final byte[] v6;
  private final boolean resolveNames;

  private GeoIpCountries(byte[] v4, byte[] v6, boolean resolveNames) {
    this.v4 = v4;
    this.v6 = v6;
    this.resolveNames = resolveNames;
  }

  /**
   * Reads the databases that exist of {@code v4File} and {@code v6File}.
   *
   * @param resolveNames whether a host without an address is looked up in DNS (a real inspection);
   *     tests pass false
   * @throws IOException when a file exists but is not a GeoIP country database
   */
  public static GeoIpCountries load(Path v4File, Path v6File, boolean resolveNames)
      throws IOException {
    byte[] a = read(v4File, COUNTRY_V4);
    byte[] b = read(v6File, COUNTRY_V6);
    return new GeoIpCountries(a, b, resolveNames);
  }

  /** Debian's databases where installed, resolving names in DNS; knows nothing without them. */
  public static CountryResolver debian() {
    try {
      GeoIpCountries g = load(DEBIAN_V4, DEBIAN_V6, true);
      return g.v4 == null && g.v6 == null ? NONE : g;
    } catch (IOException e) {
      return NONE;
    }
  }

  /** Whether any database was loaded. */
  public boolean available() {
    return v4 != null || v6 != null;
  }

  @Override
  public Optional<String> country(String host, String address) {
    try {
      InetAddress a;
      if (address != null && !address.isBlank()) {
        a = InetAddress.getByName(address.replace("[", "").replace("]", ""));
      } else if (resolveNames) {
        a = InetAddress.getByName(host);
      } else {
        return Optional.empty();
      }
      return lookup(a);
    } catch (UnknownHostException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The country of {@code address}, or empty. */
  public Optional<String> lookup(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()) {
      return Optional.empty();
    }
    int index;
    if (address instanceof Inet4Address && v4 != null) {
      index = walk(v4, address.getAddress());
    } else if (address instanceof Inet6Address && v6 != null) {
      index = walk(v6, address.getAddress());
    } else {
      return Optional.empty();
    }
    if (index < 0 || index >= CODES.size() || NOT_COUNTRIES.contains(CODES.get(index))) {
      return Optional.empty();
    }
    return Optional.of(CODES.get(index));
  }

  /** The country index of {@code ip} in {@code db}, or -1 for a corrupt file. */
  static int walk(byte[] db, byte[] ip) {
    int offset = 0;
    int bits = ip.length * 8;
    for (int depth = bits - 1; depth >= 0; depth--) {
      int node = offset * 2 * RECORD;
      if (node + 2 * RECORD > db.length) {
        return -1;
      }
      int bit = (ip[(bits - 1 - depth) / 8] >> (depth % 8)) & 1;
      int at = node + bit * RECORD;
      int x = (db[at] & 0xff) | (db[at + 1] & 0xff) << 8 | (db[at + 2] & 0xff) << 16;
      if (x >= COUNTRY_BEGIN) {
        return x - COUNTRY_BEGIN;
      }
      if (x <= offset) {
        return -1; // a loop: not a trie
      }
      offset = x;
    }
    return -1;
  }

  private static byte[] read(Path file, int expectedType) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    byte[] db = Files.readAllBytes(file);
    int type = databaseType(db);
    if (type != expectedType) {
      throw new IOException(
          file + ": not a GeoIP country database of type " + expectedType + " (type " + type + ")");
    }
    return db;
  }

  /** The type in the structure info at the end of the file; country (1) when there is none. */
  static int databaseType(byte[] db) {
    for (int i = 0; i < 20; i++) {
      int at = db.length - 3 - i;
      if (at < 0 || at + 3 >= db.length) {
        continue;
      }
      if ((db[at] & 0xff) == 0xff && (db[at + 1] & 0xff) == 0xff && (db[at + 2] & 0xff) == 0xff) {
        int type = db[at + 3] & 0xff;
        return type >= 106 ? type - 105 : type;
      }
    }
    return COUNTRY_V4;
  }
}
