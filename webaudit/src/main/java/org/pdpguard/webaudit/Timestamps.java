package org.pdpguard.webaudit;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

/**
 * RFC 3161 timestamps of a bundle's manifest: proof from a timestamp authority that the manifest's
 * SHA-256 existed at a time. The request asks for the authority's certificate, so that the token
 * can be checked later without fetching it; whether to trust that authority is the reader's call.
 */
public final class Timestamps {
  private Timestamps() {}

  /** What a token says. */
  public record Stamp(Instant time, String authority, BigInteger serial) {}

  /**
   * Asks {@code tsa} to timestamp {@code sha256}; returns the DER response, checked to answer this
   * request.
   *
   * @throws IOException when the authority cannot be reached or refuses
   */
  static byte[] request(URI tsa, byte[] sha256, Duration timeout) throws IOException {
    TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
    gen.setCertReq(true);
    BigInteger nonce = new BigInteger(64, new SecureRandom());
    TimeStampRequest req = gen.generate(TSPAlgorithms.SHA256, sha256, nonce);
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    HttpRequest http =
        HttpRequest.newBuilder(tsa)
            .timeout(timeout)
            .header("Content-Type", "application/timestamp-query")
            .POST(HttpRequest.BodyPublishers.ofByteArray(req.getEncoded()))
            .build();
    HttpResponse<byte[]> res;
    try {
      res = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (res.statusCode() != 200) {
      throw new IOException(
          "máy chủ dấu thời gian trả về / timestamp authority answered HTTP " + res.statusCode());
    }
    try {
      TimeStampResponse tsr = new TimeStampResponse(res.body());
      tsr.validate(req);
      if (tsr.getTimeStampToken() == null) {
        throw new IOException("không có dấu thời gian / no token: " + tsr.getStatusString());
      }
      return tsr.getEncoded();
    } catch (TSPException e) {
      throw new IOException("dấu thời gian không hợp lệ / bad timestamp: " + e.getMessage(), e);
    }
  }

  /**
   * Checks a stored response against the SHA-256 it should stamp, and its signature against the
   * certificate it carries.
   *
   * @throws IOException naming what does not hold
   */
  public static Stamp check(byte[] response, byte[] sha256) throws IOException {
    try {
      TimeStampToken token = new TimeStampResponse(response).getTimeStampToken();
      if (token == null) {
        throw new IOException("không có dấu thời gian / no token");
      }
      byte[] imprint = token.getTimeStampInfo().getMessageImprintDigest();
      if (!Arrays.equals(imprint, sha256)) {
        throw new IOException(
            "dấu thời gian không khớp manifest.json / the timestamp is not of manifest.json");
      }
      @SuppressWarnings("unchecked")
      Store<X509CertificateHolder> store = token.getCertificates();
      Collection<X509CertificateHolder> certs = store.getMatches(token.getSID());
      if (certs.isEmpty()) {
        throw new IOException("dấu thời gian thiếu chứng thư / the token carries no certificate");
      }
      X509Certificate cert =
          new JcaX509CertificateConverter().getCertificate(certs.iterator().next());
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
      return new Stamp(
          token.getTimeStampInfo().getGenTime().toInstant(),
          cert.getSubjectX500Principal().getName(),
          token.getTimeStampInfo().getSerialNumber());
    } catch (TSPException
        | java.security.GeneralSecurityException
        | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IOException("dấu thời gian không hợp lệ / bad timestamp: " + e.getMessage(), e);
    }
  }
}
