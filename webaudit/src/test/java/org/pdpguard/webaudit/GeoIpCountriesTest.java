package org.pdpguard.webaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legacy GeoIP reader against Debian's real files; skipped where geoip-database is absent. */
class GeoIpCountriesTest {
  private static GeoIpCountries geo;

  @BeforeAll
  static void load() throws Exception {
    assumeTrue(
        Files.isRegularFile(GeoIpCountries.DEBIAN_V4)
            && Files.isRegularFile(GeoIpCountries.DEBIAN_V6),
        "needs Debian's geoip-database");
    geo = GeoIpCountries.load(GeoIpCountries.DEBIAN_V4, GeoIpCountries.DEBIAN_V6, false);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "8.8.8.8|US", // Google public DNS
        "1.1.1.1|AU", // APNIC's research prefix, announced by Cloudflare
        "14.160.0.1|VN", // VNPT
        "203.162.4.1|VN", // VNPT
        "193.0.6.139|NL", // RIPE NCC
        "2001:4860:4860::8888|US" // Google public DNS over IPv6
      })
  void wellKnownAddressesAreInTheirCountries(String address, String country) throws Exception {
    assertThat(geo.lookup(InetAddress.getByName(address))).contains(country);
  }

  @Test
  void loopbackAndPrivateAddressesHaveNoCountry() throws Exception {
    assertThat(geo.lookup(InetAddress.getByName("127.0.0.1"))).isEmpty();
    assertThat(geo.lookup(InetAddress.getByName("192.168.1.10"))).isEmpty();
    assertThat(geo.country("shop.test", null)).isEmpty(); // names are not resolved here
  }

  @Test
  void theFilesAreCountryDatabasesOfTheirFamily() throws Exception {
    assertThat(GeoIpCountries.databaseType(Files.readAllBytes(GeoIpCountries.DEBIAN_V4)))
        .isEqualTo(1);
    assertThat(GeoIpCountries.databaseType(Files.readAllBytes(GeoIpCountries.DEBIAN_V6)))
        .isEqualTo(12);
    assertThat(GeoIpCountries.CODES).hasSize(255).element(233).isEqualTo("VN");
  }
}
