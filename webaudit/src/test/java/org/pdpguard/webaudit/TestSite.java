package org.pdpguard.webaudit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A test website on 127.0.0.1 and a random port: pages from {@code sites/NAME/} in the test
 * resources ({@code /} is {@code index.html}), with {@code {{TRACKER}}} replaced by the tracker's
 * origin, plus handlers a test adds. Records every request it gets.
 */
final class TestSite implements AutoCloseable {
  record Received(String method, String uri, Map<String, List<String>> headers, String body) {}

  final HttpServer server;
  final String scheme;
  final String host;
  final List<Received> received = new CopyOnWriteArrayList<>();
  private final String name;
  private final Map<String, String> replacements;

  private TestSite(
      HttpServer server, String scheme, String host, String name, Map<String, String> replace) {
    this.server = server;
    this.scheme = scheme;
    this.host = host;
    this.name = name;
    this.replacements = replace;
  }

  /** Serves {@code sites/NAME} as {@code host}, over HTTPS when {@code tls} is given. */
  static TestSite start(String name, String host, SSLContext tls, Map<String, String> replace)
      throws IOException {
    InetSocketAddress at = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    HttpServer s;
    if (tls != null) {
      HttpsServer https = HttpsServer.create(at, 0);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      s = https;
    } else {
      s = HttpServer.create(at, 0);
    }
    s.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "test-site-" + name);
              t.setDaemon(true);
              return t;
            }));
    TestSite site = new TestSite(s, tls != null ? "https" : "http", host, name, replace);
    s.createContext("/", site::serveFile);
    s.start();
    return site;
  }

  /** The origin, e.g. {@code https://shop.test:40123}. */
  String origin() {
    return scheme + "://" + host + ":" + server.getAddress().getPort();
  }

  String url(String path) {
    return origin() + path;
  }

  void handle(String path, HttpHandler h) {
    server.createContext(
        path,
        ex -> {
          record(ex);
          h.handle(ex);
        });
  }

  private Received record(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Received r =
        new Received(
            ex.getRequestMethod(),
            ex.getRequestURI().toString(),
            Map.copyOf(ex.getRequestHeaders()),
            body);
    received.add(r);
    return r;
  }

  private void serveFile(HttpExchange ex) throws IOException {
    record(ex);
    String path = ex.getRequestURI().getPath();
    if (path.equals("/") || path.isEmpty()) {
      path = "/index.html";
    }
    if (!path.contains(".")) {
      path = path + ".html";
    }
    try (InputStream in = TestSite.class.getResourceAsStream("sites/" + name + path)) {
      if (in == null) {
        send(ex, 404, "text/plain", "not found");
        return;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> e : replacements.entrySet()) {
        text = text.replace("{{" + e.getKey() + "}}", e.getValue());
      }
      String type = path.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
      send(ex, 200, type, text);
    }
  }

  static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
