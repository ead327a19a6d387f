package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.ADDRESS;
import static org.pdpguard.core.EntityType.BIOMETRIC_DATA;
import static org.pdpguard.core.EntityType.CREDENTIALS;
import static org.pdpguard.core.EntityType.DATE_OF_BIRTH;
import static org.pdpguard.core.EntityType.DEVICE_ID;
import static org.pdpguard.core.EntityType.EMAIL_ADDRESS;
import static org.pdpguard.core.EntityType.IP_ADDRESS;
import static org.pdpguard.core.EntityType.LOCATION_DATA;
import static org.pdpguard.core.EntityType.PAYMENT_CARD;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.VN_CCCD;
import static org.pdpguard.core.EntityType.VN_LICENSE_PLATE;

import java.time.LocalDate;

/**
 * Application logs: mostly routine lines (requests, jobs, caches) with identifiers leaked by
 * careless logging: logins with e-mail and IP, payloads with CCCD and phone, declined cards, reset
 * passwords, device registrations, driver locations, eKYC steps, parking cameras.
 */
final class LogKind implements Kind {
  @Override
  public String name() {
    return "log";
  }

  @Override
  public void write(Dice d, Doc doc) {
    LocalDate day = Values.docDate(d);
    boolean iso = d.chance(0.5);
    String thread = d.pick("http-nio-8080-exec-", "worker-", "main-", "pool-2-thread-");
    int lines = d.between(10, 30);
    int second = d.between(0, 3000);
    for (int i = 0; i < lines; i++) {
      second += d.between(0, 40);
      String ts =
          day
              + (iso ? "T" : " ")
              + Values.pad(8 + second / 3600 % 14, 2)
              + ":"
              + Values.pad(second / 60 % 60, 2)
              + ":"
              + Values.pad(second % 60, 2)
              + (iso ? "." : ",")
              + Values.pad(d.below(1000), 3)
              + (iso ? "+07:00" : "");
      boolean pii = d.chance(0.4);
      String level =
          pii ? d.pick("INFO ", "WARN ", "DEBUG", "ERROR") : d.pick("INFO ", "INFO ", "DEBUG");
      doc.t(ts + " " + level + " [" + thread + d.between(1, 20) + "] ");
      if (pii) {
        leak(d, doc);
      } else {
        doc.t(
            d.pick("c.p.api.OrderController", "c.p.jobs.Scheduler", "c.p.cache.CatalogCache")
                + " - "
                + Filler.sentence(d, Filler.TECH));
      }
      doc.nl();
    }
  }

  private static void leak(Dice d, Doc doc) {
    Person p = Person.next(d);
    switch (d.below(10)) {
      case 0, 1 ->
          doc.t("c.p.auth.LoginController - login success user=")
              .v(EMAIL_ADDRESS, p.email())
              .t(" ip=")
              .v(IP_ADDRESS, Contacts.ip(d))
              .t(" ua=\"Mozilla/5.0 (Linux; Android 13)\"");
      case 2 ->
          doc.t("c.p.kyc.CustomerService - payload={\"cccd\":\"")
              .v(VN_CCCD, p.cccd())
              .t("\",\"phone\":\"")
              .v(PHONE_NUMBER, "0" + p.phoneNine())
              .t("\",\"fullName\":\"")
              .v(PERSON_NAME, p.name(Names.Form.TITLE))
              .t("\"}");
      case 3 ->
          doc.t("c.p.pay.PaymentService - card declined card=")
              .v(PAYMENT_CARD, p.card())
              .t(" amount=" + d.between(10, 9000) * 1000 + " code=51");
      case 4 ->
          doc.t("c.p.auth.PasswordService - reset for user=")
              .v(EMAIL_ADDRESS, p.email())
              .t(d.pick(" new_password=", " password=", " pwd="))
              .v(CREDENTIALS, Accounts.password(d, p.name(), p.year()));
      case 5 ->
          doc.t("c.p.device.Registry - device registered imei=")
              .v(DEVICE_ID, Contacts.imei(d))
              .t(" mac=")
              .v(DEVICE_ID, Contacts.mac(d))
              .t(" phone=")
              .v(PHONE_NUMBER, "84" + p.phoneNine());
      case 6 ->
          doc.t("c.p.trip.Tracker - location update driver=D" + d.digits(5) + " lat=")
              .v(LOCATION_DATA, Contacts.lat(d))
              .t(" lng=")
              .v(LOCATION_DATA, Contacts.lon(d))
              .t(" speed=" + d.between(0, 60));
      case 7 ->
          doc.t("c.p.kyc.FaceService - stored ")
              .v(BIOMETRIC_DATA, d.pick(Terms.BIOMETRIC_EN))
              .t(" for cccd=")
              .v(VN_CCCD, p.cccd())
              .t(" score=0." + d.between(80, 99));
      case 8 ->
          doc.t("c.p.park.Gate - plate recognised ")
              .v(VN_LICENSE_PLATE, p.plate())
              .t(" lane=" + d.between(1, 6) + " confidence=0." + d.between(70, 99));
      default ->
          doc.t("c.p.crm.Validator - invalid record dob=")
              .v(DATE_OF_BIRTH, p.birth().toString())
              .t(" address=\"")
              .v(ADDRESS, Addresses.full(d, p.home()))
              .t("\"");
    }
  }
}
