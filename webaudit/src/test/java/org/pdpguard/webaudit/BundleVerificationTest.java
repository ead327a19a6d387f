package org.pdpguard.webaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest and its RFC 3161 timestamp, without a browser: an inspection that collected nothing
 * still makes a bundle that verifies, and any changed, missing or added file is named.
 */
class BundleVerificationTest {
  @TempDir Path tmp;

  private Path emptyBundle(URI tsa) throws IOException {
    Path dir = tmp.resolve("b");
    Bundle.create(dir);
    InspectionOptions o =
        new InspectionOptions(
            1,
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            LocalDate.of(2026, 9, 1),
            false,
            tsa,
            "test",
            Duration.ofMillis(100));
    Inspection in = new Inspection("https://shop.test/", "shop.test", o, Instant.EPOCH);
    in.ended = Instant.EPOCH.plusSeconds(1);
    in.errors.add("không tải được / could not load");
    Files.writeString(dir.resolve("pages/001.html"), "<p>xin chào</p>");
    List<String> problems = Bundle.write(dir, in, tsa);
    assertThat(problems).isEmpty();
    return dir;
  }

  @Test
  void everyChangedMissingOrExtraFileIsNamed() throws Exception {
    Path dir = emptyBundle(null);
    assertThat(Manifest.verify(dir).ok()).isTrue();
    assertThat(Manifest.verify(dir).files()).isEqualTo(5);

    Files.writeString(dir.resolve("pages/001.html"), "<p>xin chao</p>");
    assertThat(Manifest.verify(dir).problem())
        .isEqualTo("tệp đã bị thay đổi / changed file: pages/001.html");
    Files.writeString(dir.resolve("pages/001.html"), "<p>xin chào</p>");
    assertThat(Manifest.verify(dir).ok()).isTrue();

    Files.writeString(dir.resolve("notes.txt"), "x");
    assertThat(Manifest.verify(dir).problem()).isEqualTo("tệp lạ / extra file: notes.txt");
    Files.delete(dir.resolve("notes.txt"));

    Files.delete(dir.resolve("cookies.json"));
    assertThat(Manifest.verify(dir).problem()).isEqualTo("thiếu tệp / missing file: cookies.json");
  }

  @Test
  void aBundleIsNeverWrittenIntoAFolderThatIsNotEmpty() throws Exception {
    Files.writeString(tmp.resolve("old.txt"), "x");
    assertThatThrownBy(() -> Bundle.create(tmp)).hasMessageContaining("không trống / is not empty");
  }

  @Test
  void manifestTimestampedByATimestampAuthorityOnLoopbackVerifies() throws Exception {
    TestCerts.Signer signer = TestCerts.make("pdpguard test TSA", true);
    AtomicLong serial = new AtomicLong(1);
    HttpServer tsa =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    tsa.createContext(
        "/tsa",
        ex -> {
          try {
            TimeStampRequest req = new TimeStampRequest(ex.getRequestBody().readAllBytes());
            TimeStampTokenGenerator gen =
                new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                        .build(
                            new JcaContentSignerBuilder("SHA256withRSA")
                                .build(signer.keys().getPrivate()),
                            signer.certificate()),
                    new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
            gen.addCertificates(new JcaCertStore(List.of(signer.certificate())));
            byte[] body =
                new TimeStampResponseGenerator(gen, TSPAlgorithms.ALLOWED)
                    .generate(req, BigInteger.valueOf(serial.getAndIncrement()), new Date())
                    .getEncoded();
            ex.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
          } catch (Exception e) {
            ex.sendResponseHeaders(500, -1);
          } finally {
            ex.close();
          }
        });
    tsa.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + tsa.getAddress().getPort() + "/tsa");
      Path dir = emptyBundle(url);
      assertThat(dir.resolve("manifest.tsr")).exists();
      Manifest.Verification v = Manifest.verify(dir);
      assertThat(v.ok()).isTrue();
      assertThat(v.stamp().authority()).isEqualTo("CN=pdpguard test TSA");
      assertThat(v.stamp().serial()).isEqualTo(BigInteger.ONE);

      byte[] manifest = Files.readAllBytes(dir.resolve("manifest.json"));
      manifest[10] ^= 1;
      Files.write(dir.resolve("manifest.json"), manifest);
      assertThat(Manifest.verify(dir).problem()).startsWith("manifest.tsr");
    } finally {
      tsa.stop(0);
    }
  }
}
