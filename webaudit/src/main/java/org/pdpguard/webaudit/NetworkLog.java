package org.pdpguard.webaudit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.openqa.selenium.devtools.v156.network.model.Headers;
import org.openqa.selenium.devtools.v156.network.model.LoadingFailed;
import org.openqa.selenium.devtools.v156.network.model.LoadingFinished;
import org.openqa.selenium.devtools.v156.network.model.PostDataEntry;
import org.openqa.selenium.devtools.v156.network.model.Request;
import org.openqa.selenium.devtools.v156.network.model.RequestWillBeSent;
import org.openqa.selenium.devtools.v156.network.model.RequestWillBeSentExtraInfo;
import org.openqa.selenium.devtools.v156.network.model.Response;
import org.openqa.selenium.devtools.v156.network.model.ResponseReceived;

/**
 * Every request of one inspection, in the order the browser announced them, from the DevTools
 * protocol's Network domain. The page and phase the inspector is in stamp each new request, so that
 * what a site does before any interaction is told apart from what it does with typed data.
 *
 * <p>Thread-safe. Selenium numbers the DevTools messages as they arrive and then hands each to a
 * thread of a pool, so that a response may reach this log before the request it answers; applied in
 * that order, the response found no request and the page's status stayed unknown (a normal page at
 * status 0 in CI). Events are therefore held for {@link #HOLD_NANOS} after they reach the log and
 * applied in the order of their numbers; a reader sees them once they are applied.
 */
final class NetworkLog {
  /** Requests kept at most; a page that loops on requests must not exhaust memory. */
  static final int MAX_EXCHANGES = 20_000;

  /**
   * How long an event waits for events that Chromium sent before it. One that Selenium's threads
   * deliver later than this after a later event is applied after it (out of order, as every event
   * was before).
   */
  static final long HOLD_NANOS = 50_000_000L;

  /** An event that has reached the log, not yet applied. */
  private record Pending(long sequence, long arrived, Runnable apply) {}

  private final PriorityQueue<Pending> pending =
      new PriorityQueue<>(Comparator.comparingLong(Pending::sequence));

  /** Post bodies kept up to this many chars each. */
  static final int MAX_POST_CHARS = 256 * 1024;

  private final List<Exchange> all = new ArrayList<>();
  private final Map<String, Exchange> open = new HashMap<>();
  private final Map<String, Map<String, String>> extraHeaders = new HashMap<>();
  private volatile int page;
  private volatile Exchange.Phase phase = Exchange.Phase.LOAD;
  private volatile long lastEventNanos = System.nanoTime();
  private int dropped;

  /** Stamps requests from now on with this page number (1-based) and phase. */
  void at(int page, Exchange.Phase phase) {
    this.page = page;
    this.phase = phase;
  }

  /** Selenium's number of the message (its order of arrival from Chromium), and the event. */
  synchronized void onRequest(long sequence, RequestWillBeSent e) {
    int p = page; // the page and phase when the request was announced, not when it is applied
    Exchange.Phase ph = phase;
    hold(sequence, () -> request(e, p, ph));
  }

  synchronized void onExtraInfo(long sequence, RequestWillBeSentExtraInfo e) {
    hold(sequence, () -> extraInfo(e));
  }

  synchronized void onResponse(long sequence, ResponseReceived e) {
    hold(sequence, () -> response(e));
  }

  synchronized void onFinished(long sequence, LoadingFinished e) {
    hold(sequence, () -> finished(e));
  }

  synchronized void onFailed(long sequence, LoadingFailed e) {
    hold(sequence, () -> failed(e));
  }

  private void hold(long sequence, Runnable apply) {
    long now = System.nanoTime();
    lastEventNanos = now;
    pending.add(new Pending(sequence, now, apply));
    apply(now - HOLD_NANOS);
  }

  /** Applies, in their order, the held events that reached the log at or before {@code by}. */
  private void apply(long by) {
    while (!pending.isEmpty() && pending.peek().arrived() - by <= 0) {
      pending.poll().apply().run();
    }
  }

  /** Applies every held event, however recent: for the end of an inspection. */
  synchronized void complete() {
    while (!pending.isEmpty()) {
      pending.poll().apply().run();
    }
  }

  private void request(RequestWillBeSent e, int page, Exchange.Phase phase) {
    String id = e.getRequestId().toString();
    Exchange previous = open.remove(id);
    if (previous != null && e.getRedirectResponse().isPresent()) {
      response(previous, e.getRedirectResponse().get());
      previous.redirectUrl = e.getRequest().getUrl();
    }
    String u = e.getRequest().getUrl();
    if (u.startsWith("data:") || u.startsWith("blob:")) {
      return; // inline data, not a request to anyone
    }
    if (all.size() >= MAX_EXCHANGES) {
      dropped++;
      return;
    }
    Request r = e.getRequest();
    long wall = (long) (e.getWallTime().toJson().doubleValue() * 1000);
    Exchange x =
        new Exchange(
            all.size(),
            id,
            page,
            phase,
            wall,
            r.getMethod(),
            r.getUrl() + r.getUrlFragment().orElse(""),
            e.getType().map(Object::toString).orElse("Other"));
    headers(r.getHeaders(), x.requestHeaders);
    Map<String, String> extra = extraHeaders.remove(id);
    if (extra != null) {
      extra.forEach(x.requestHeaders::putIfAbsent);
    }
    x.postData = postData(r);
    all.add(x);
    open.put(id, x);
  }

  private void extraInfo(RequestWillBeSentExtraInfo e) {
    String id = e.getRequestId().toString();
    Exchange x = open.get(id);
    Map<String, String> h = new HashMap<>();
    headers(e.getHeaders(), h);
    if (x != null) {
      h.forEach(x.requestHeaders::putIfAbsent);
    } else {
      extraHeaders.put(id, h);
    }
  }

  private void response(ResponseReceived e) {
    Exchange x = open.get(e.getRequestId().toString());
    if (x != null) {
      response(x, e.getResponse());
    }
  }

  private void finished(LoadingFinished e) {
    Exchange x = open.remove(e.getRequestId().toString());
    if (x != null) {
      x.encodedLength = e.getEncodedDataLength().longValue();
      x.finishedMs = System.currentTimeMillis() - x.startedEpochMs;
    }
  }

  private void failed(LoadingFailed e) {
    Exchange x = open.remove(e.getRequestId().toString());
    if (x != null) {
      x.error = e.getErrorText() + (e.getBlockedReason().map(b -> " (" + b + ")").orElse(""));
      x.finishedMs = System.currentTimeMillis() - x.startedEpochMs;
    }
  }

  /** A copy of the requests so far (the events held for {@link #HOLD_NANOS} not yet in them). */
  synchronized List<Exchange> snapshot() {
    apply(System.nanoTime() - HOLD_NANOS);
    return List.copyOf(all);
  }

  synchronized int size() {
    apply(System.nanoTime() - HOLD_NANOS);
    return all.size();
  }

  /** Requests not recorded because {@link #MAX_EXCHANGES} was reached. */
  synchronized int dropped() {
    return dropped;
  }

  /** Nanos (System.nanoTime) of the last network event, to wait until the page is quiet. */
  long lastEventNanos() {
    return lastEventNanos;
  }

  private static void response(Exchange x, Response r) {
    x.status = r.getStatus();
    x.statusText = r.getStatusText();
    headers(r.getHeaders(), x.responseHeaders);
    x.mimeType = r.getMimeType();
    x.remoteIp = r.getRemoteIPAddress().orElse(null);
    x.protocol = r.getProtocol().orElse("");
  }

  private static void headers(Headers from, Map<String, String> to) {
    if (from == null) {
      return;
    }
    for (Map.Entry<String, Object> h : from.entrySet()) {
      to.put(h.getKey(), String.valueOf(h.getValue()));
    }
  }

  private static String postData(Request r) {
    String data = r.getPostData().orElse(null);
    if (data == null && r.getPostDataEntries().isPresent()) {
      StringBuilder b = new StringBuilder();
      for (PostDataEntry p : r.getPostDataEntries().get()) {
        p.getBytes()
            .ifPresent(
                s -> {
                  try {
                    b.append(
                        new String(
                            java.util.Base64.getDecoder().decode(s),
                            java.nio.charset.StandardCharsets.UTF_8));
                  } catch (IllegalArgumentException bad) {
                    b.append(s);
                  }
                });
      }
      data = b.length() == 0 ? null : b.toString();
    }
    if (data != null && data.length() > MAX_POST_CHARS) {
      data = data.substring(0, MAX_POST_CHARS);
    }
    return data;
  }
}
