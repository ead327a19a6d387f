package org.pdpguard.webaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.devtools.v156.network.model.LoadingFinished;
import org.openqa.selenium.devtools.v156.network.model.RequestWillBeSent;
import org.openqa.selenium.devtools.v156.network.model.ResponseReceived;
import org.openqa.selenium.json.Json;

/**
 * The log applies DevTools events in the order Chromium sent them (Selenium's message numbers),
 * whatever order Selenium's threads deliver them in.
 */
class NetworkLogTest {
  private static final Json JSON = new Json();

  @Test
  void aResponseDeliveredBeforeItsRequestStillGivesTheStatus() {
    NetworkLog log = new NetworkLog();
    log.at(1, Exchange.Phase.LOAD);
    log.onResponse(2, response("7", "http://shop.test/binh-thuong", 200));
    log.onRequest(1, request("7", "http://shop.test/binh-thuong", null));
    log.onFinished(3, finished("7"));
    log.complete();

    List<Exchange> all = log.snapshot();
    assertThat(all).hasSize(1);
    assertThat(all.get(0).status).isEqualTo(200);
    assertThat(all.get(0).resourceType).isEqualTo("Document");
    assertThat(all.get(0).finishedMs).isGreaterThanOrEqualTo(0);
  }

  @Test
  void aRedirectChainDeliveredOutOfOrderKeepsEachHopsStatus() {
    NetworkLog log = new NetworkLog();
    log.at(1, Exchange.Phase.LOAD);
    log.onResponse(13, response("9", "http://shop.test/moi", 200));
    log.onRequest(
        12, request("9", "http://shop.test/moi", responseJson("http://shop.test/cu", 302)));
    log.onFinished(14, finished("9"));
    log.onRequest(11, request("9", "http://shop.test/cu", null));
    log.complete();

    List<Exchange> all = log.snapshot();
    assertThat(all)
        .extracting(x -> x.url)
        .containsExactly("http://shop.test/cu", "http://shop.test/moi");
    assertThat(all).extracting(x -> x.status).containsExactly(302, 200);
    assertThat(all.get(0).redirectUrl).isEqualTo("http://shop.test/moi");
  }

  @Test
  void aRequestKeepsThePageItWasAnnouncedOnThoughItIsAppliedLater() {
    NetworkLog log = new NetworkLog();
    log.at(1, Exchange.Phase.LOAD);
    log.onRequest(5, request("3", "http://shop.test/a", null));
    log.at(2, Exchange.Phase.TYPED);
    log.onRequest(6, request("4", "http://shop.test/b", null));
    log.complete();

    assertThat(log.snapshot()).extracting(x -> x.page).containsExactly(1, 2);
    assertThat(log.snapshot())
        .extracting(x -> x.phase)
        .containsExactly(Exchange.Phase.LOAD, Exchange.Phase.TYPED);
  }

  @Test
  void heldEventsReachReadersAfterTheHold() throws InterruptedException {
    NetworkLog log = new NetworkLog();
    log.at(1, Exchange.Phase.LOAD);
    log.onRequest(1, request("1", "http://shop.test/", null));
    Thread.sleep(NetworkLog.HOLD_NANOS / 1_000_000 + 20);
    assertThat(log.size()).isEqualTo(1);
  }

  private static RequestWillBeSent request(String id, String url, String redirectResponse) {
    String json =
        ids(id)
            + ",\"documentURL\":\""
            + url
            + "\",\"request\":{\"url\":\""
            + url
            + "\",\"method\":\"GET\",\"headers\":{},\"initialPriority\":\"VeryHigh\","
            + "\"referrerPolicy\":\"strict-origin-when-cross-origin\"},"
            + "\"timestamp\":1000.5,\"wallTime\":1764460000.25,\"initiator\":{\"type\":\"other\"},"
            + "\"redirectHasExtraInfo\":false,\"type\":\"Document\""
            + (redirectResponse == null ? "" : ",\"redirectResponse\":" + redirectResponse)
            + "}";
    return JSON.toType(json, RequestWillBeSent.class);
  }

  private static ResponseReceived response(String id, String url, int status) {
    String json =
        ids(id)
            + ",\"timestamp\":1000.7,\"type\":\"Document\",\"hasExtraInfo\":false,"
            + "\"response\":"
            + responseJson(url, status)
            + "}";
    return JSON.toType(json, ResponseReceived.class);
  }

  /** The opening of an event's JSON: its request and loader ids. */
  private static String ids(String id) {
    return "{\"requestId\":\"" + id + "\",\"loaderId\":\"L" + id + "\"";
  }

  private static String responseJson(String url, int status) {
    return "{\"url\":\""
        + url
        + "\",\"status\":"
        + status
        + ",\"statusText\":\"\",\"headers\":{},\"mimeType\":\"text/html\",\"charset\":\"utf-8\","
        + "\"connectionReused\":false,\"connectionId\":1,\"encodedDataLength\":100,"
        + "\"securityState\":\"neutral\"}";
  }

  private static LoadingFinished finished(String id) {
    return JSON.toType(
        "{\"requestId\":\"" + id + "\",\"timestamp\":1001.0,\"encodedDataLength\":512}",
        LoadingFinished.class);
  }
}
