package org.pdpguard.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load run of the case service ({@code bench/cases-load.sh}): N clients create and update cases
 * through the REST API for a while, then the run checks that nothing was lost.
 *
 * <p>Setup: signs in as {@code admin} with the one-time password through the pages and changes it,
 * creates a supervisor with an API key (the API key is a SHA-256 lookup; HTTP basic would spend a
 * bcrypt per request and measure the password hash instead of the service). Each client then loops:
 * 20 % create a case, 40 % update one of its own cases, 40 % update one of 10 shared cases. An
 * update reads the case's version and posts new facts with it; a 409 (someone else changed it
 * first) re-reads and retries after a short random pause, as a user would. At the end every case's
 * version must equal its version after creation plus the updates the clients saw succeed: a lost
 * update would leave it short. Any answer other than 2xx, or 409 on an update, is an error.
 *
 * <p>Usage: {@code CasesLoad BASE_URL ADMIN_ONE_TIME_PASSWORD CLIENTS SECONDS}; prints one line per
 * figure and exits 1 on any error or lost update.
 */
public final class CasesLoad {
  private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
  private static final Pattern CASE_ID = Pattern.compile("\"caseId\":(\\d+)");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final int SHARED = 10;

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong conflicts = new AtomicLong();
  private final List<long[]> latencies = new ArrayList<>();

  /** Case id → successful updates the clients counted. */
  private final Map<Long, AtomicLong> updates = new ConcurrentHashMap<>();

  /** Case id → version right after creation. */
  private final Map<Long, Long> created = new ConcurrentHashMap<>();

  private String apiKey;

  private CasesLoad(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: CasesLoad BASE_URL ADMIN_ONE_TIME_PASSWORD CLIENTS SECONDS");
      System.exit(2);
    }
    CasesLoad load = new CasesLoad(args[0]);
    load.setUp(args[1]);
    System.exit(load.run(Integer.parseInt(args[2]), Integer.parseInt(args[3])) ? 0 : 1);
  }

  /** Admin's password change, a supervisor with a changed password and an API key. */
  private void setUp(String oneTime) throws Exception {
    String adminPassword = "load-admin-" + System.nanoTime();
    HttpClient admin = changePassword("admin", oneTime, adminPassword);
    String user = "load-sup-" + System.nanoTime();
    String answer =
        send(
            admin,
            json("/api/v1/users", "{\"username\":\"" + user + "\",\"role\":\"SUPERVISOR\"}")
                .header("Authorization", basic("admin", adminPassword)),
            201);
    long id = Long.parseLong(find(Pattern.compile("\"id\":(\\d+)"), answer));
    String password = find(Pattern.compile("\"password\":\"([^\"]+)\""), answer);
    changePassword(user, password, "load-sup-password-" + System.nanoTime());
    apiKey =
        find(
            Pattern.compile("\"api_key\":\"([^\"]+)\""),
            send(
                admin,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/users/" + id + "/api-key"))
                    .header("Authorization", basic("admin", adminPassword))
                    .POST(HttpRequest.BodyPublishers.noBody()),
                200));
  }

  /** Signs in through the pages (CSRF token, session cookie) and changes a one-time password. */
  private HttpClient changePassword(String user, String oneTime, String next) throws Exception {
    HttpClient c =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String login = send(c, HttpRequest.newBuilder(URI.create(base + "/login")), 200);
    send(
        c,
        form("/login", Map.of("username", user, "password", oneTime, "_csrf", csrf(login))),
        200);
    String page = send(c, HttpRequest.newBuilder(URI.create(base + "/password")), 200);
    send(c, form("/password", Map.of("password", next, "confirm", next, "_csrf", csrf(page))), 200);
    return c;
  }

  private boolean run(int clients, int seconds) throws Exception {
    long[] setup = new long[64];
    for (int i = 0; i < SHARED; i++) {
      create(setup);
    }
    List<Long> shared = List.copyOf(created.keySet());
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < clients; i++) {
      long[] mine = new long[1 << 16]; // [0] counts, then one latency (ns) per request
      synchronized (latencies) {
        latencies.add(mine);
      }
      Thread t = new Thread(() -> client(shared, end, mine), "client-" + i);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    long[] all =
        latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).toArray();
    Arrays.sort(all);
    long lost = 0;
    long totalUpdates = 0;
    for (var e : created.entrySet()) {
      long expected = e.getValue() + updates.get(e.getKey()).get();
      totalUpdates += updates.get(e.getKey()).get();
      long actual = Long.parseLong(find(VERSION, get("/api/v1/cases/" + e.getKey())));
      lost += Math.max(0, expected - actual);
      if (actual != expected) {
        System.out.println("case " + e.getKey() + ": version " + actual + ", expected " + expected);
      }
    }
    System.out.printf("clients %d, seconds %.1f%n", clients, wall);
    System.out.printf("requests %d, per second %.1f%n", all.length, all.length / wall);
    System.out.printf(
        "latency ms p50 %.1f, p99 %.1f, max %.1f%n",
        all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6);
    System.out.printf(
        "cases created %d, updates %d, conflicts retried %d%n",
        created.size(), totalUpdates, conflicts.get());
    System.out.printf("errors %d, lost updates %d%n", errors.get(), lost);
    return errors.get() == 0 && lost == 0;
  }

  private void client(List<Long> shared, long end, long[] lat) {
    List<Long> own = new ArrayList<>();
    ThreadLocalRandom r = ThreadLocalRandom.current();
    while (System.nanoTime() < end && lat[0] < lat.length - 256) {
      try {
        int dice = r.nextInt(100);
        if (dice < 20 || own.isEmpty()) {
          own.add(create(lat));
        } else {
          List<Long> pool = dice < 60 ? own : shared;
          update(pool.get(r.nextInt(pool.size())), lat);
        }
      } catch (Exception e) {
        if (errors.incrementAndGet() <= 5) {
          System.err.println("error: " + e);
        }
      }
    }
  }

  private long create(long[] lat) throws Exception {
    String body =
        "{\"title\":\"Tải thử / load\",\"organisation\":\"Công ty Tải Thử "
            + ThreadLocalRandom.current().nextInt(1000)
            + "\"}";
    String answer =
        timed(lat, () -> send(http, json("/api/v1/cases", body).header("X-API-Key", apiKey), 201));
    long id = Long.parseLong(find(CASE_ID, answer));
    long version = Long.parseLong(find(VERSION, timed(lat, () -> get("/api/v1/cases/" + id))));
    updates.put(id, new AtomicLong());
    created.put(id, version);
    return id;
  }

  /** Read, write with the version read; on 409 read again (up to 100 times). */
  private void update(long id, long[] lat) throws Exception {
    for (int attempt = 0; attempt < 100; attempt++) {
      long version = Long.parseLong(find(VERSION, timed(lat, () -> get("/api/v1/cases/" + id))));
      String facts =
          "{\"occurredAt\":\""
              + Instant.now().minusSeconds(86_400)
              + "\",\"version\":"
              + version
              + "}";
      HttpResponse<String> res =
          timed(
              lat,
              () ->
                  http.send(
                      json("/api/v1/cases/" + id + "/facts", facts)
                          .header("X-API-Key", apiKey)
                          .build(),
                      HttpResponse.BodyHandlers.ofString()));
      if (res.statusCode() == 200) {
        updates.get(id).incrementAndGet();
        return;
      }
      if (res.statusCode() != 409) {
        throw new IOException("facts: " + res.statusCode() + " " + res.body());
      }
      conflicts.incrementAndGet();
      // Back off a little, as a person reloading the page would: less herding on a hot case.
      Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 + 5 * Math.min(attempt, 10)));
    }
    throw new IOException("case " + id + ": 100 conflicts in a row");
  }

  interface Call<T> {
    T call() throws Exception;
  }

  private static <T> T timed(long[] lat, Call<T> call) throws Exception {
    long t = System.nanoTime();
    T v = call.call();
    lat[(int) ++lat[0]] = System.nanoTime() - t;
    return v;
  }

  private String get(String path) throws Exception {
    return send(
        http, HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", apiKey), 200);
  }

  private HttpRequest.Builder json(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpRequest.Builder form(String path, Map<String, String> fields) {
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, v) ->
            b.append(b.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(b.toString()));
  }

  private static String send(HttpClient c, HttpRequest.Builder req, int expected) throws Exception {
    HttpResponse<String> res = c.send(req.build(), HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != expected) {
      throw new IOException(res.request().uri() + ": " + res.statusCode() + " " + res.body());
    }
    return res.body();
  }

  private static String csrf(String page) {
    return find(CSRF, page);
  }

  private static String find(Pattern p, String s) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      throw new IllegalStateException(
          "not found: " + p + " in " + s.substring(0, Math.min(200, s.length())));
    }
    return m.group(1);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
