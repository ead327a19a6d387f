package org.pdpguard.core.recognizer.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class IpAddressRecognizerTest {
  private final IpAddressRecognizer recognizer = new IpAddressRecognizer();

  private List<String> values(String text) {
    return RecognizerTesting.values(recognizer, EntityType.IP_ADDRESS, text);
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Địa chỉ IP: 113.161.45.67 | 113.161.45.67",
        "remote_addr=203.113.152.9 | 203.113.152.9",
        "GET / from 192.168.1.25:8080 | 192.168.1.25",
        "client 10.0.0.1 denied | 10.0.0.1",
        "ip 1.2.3.4 | 1.2.3.4",
        "src=2001:0db8:85a3:0000:0000:8a2e:0370:7334 | 2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "ipv6 2001:db8::1 | 2001:db8::1",
        "[fe80::1ff:fe23:4567:890a]:443 | fe80::1ff:fe23:4567:890a",
        "ip:2402:800:6371::5 | 2402:800:6371::5",
        "::ffff:14.161.2.3 | 14.161.2.3",
      })
  void findsAddresses(String text, String expected) {
    assertThat(values(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // version strings
        "version 10.0.19041.1",
        "version 10.0.0.1",
        "phiên bản 2.1.0.4",
        "build 4.18.0.25",
        "v1.2.3.4",
        "1.2.3.4.5",
        // an octet over 255, a leading zero
        "IP 192.168.1.256",
        "IP 192.168.01.1",
        // an amount
        "Tổng 1.234.567.890 đồng",
        "Số tiền 1.200.100.250 đ",
        // unspecified, loopback, multicast, netmask
        "IP 0.0.0.0",
        "IP 127.0.0.1",
        "IP 224.0.0.251",
        "mask 255.255.255.0",
        // a section number without an IP word
        "Mục 1.2.3.4 quy định",
        // IPv6 loopback, ratios, times, a MAC, too many groups, two double colons
        "IP ::1",
        "tỉ lệ 1:2:3:4:5:6:7:8",
        "lúc 12:30:45",
        "00:1A:2B:3C:4D:5E",
        "ip 1:2:3:4:5:6:7:8:9",
        "ip 2001::db8::1",
      })
  void rejectsWhatIsNotADeviceAddress(String text) {
    assertThat(values(text)).isEmpty();
  }

  @Test
  void contextRaisesTheScoreAndPrivateRangesAreKept() {
    Finding bare = RecognizerTesting.find(recognizer, "192.168.1.25").get(0);
    Finding ctx = RecognizerTesting.find(recognizer, "IP: 192.168.1.25").get(0);
    assertThat(bare.score()).isEqualTo(0.6);
    assertThat(ctx.score()).isGreaterThan(bare.score());
    assertThat(ctx.explanation().detail()).isEqualTo("IPv4, private range");
  }
}
