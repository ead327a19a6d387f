package org.pdpguard.webaudit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Thread-safe: events arrive on the DevTools connection's thread.
 */
final class NetworkLog {
  /** Requests kept at most; a page that loops on requests must not exhaust memory. */
  static final int MAX_EXCHANGES = 20_000;

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

  synchronized void onRequest(RequestWillBeSent e) {
    touch();
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

  synchronized void onExtraInfo(RequestWillBeSentExtraInfo e) {
    touch();
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

  synchronized void onResponse(ResponseReceived e) {
    touch();
    Exchange x = open.get(e.getRequestId().toString());
    if (x != null) {
      response(x, e.getResponse());
    }
  }

  synchronized void onFinished(LoadingFinished e) {
    touch();
    Exchange x = open.remove(e.getRequestId().toString());
    if (x != null) {
      x.encodedLength = e.getEncodedDataLength().longValue();
      x.finishedMs = System.currentTimeMillis() - x.startedEpochMs;
    }
  }

  synchronized void onFailed(LoadingFailed e) {
    touch();
    Exchange x = open.remove(e.getRequestId().toString());
    if (x != null) {
      x.error = e.getErrorText() + (e.getBlockedReason().map(b -> " (" + b + ")").orElse(""));
      x.finishedMs = System.currentTimeMillis() - x.startedEpochMs;
    }
  }

  /** A copy of the requests so far. */
  synchronized List<Exchange> snapshot() {
    return List.copyOf(all);
  }

  synchronized int size() {
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

  private void touch() {
    lastEventNanos = System.nanoTime();
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
