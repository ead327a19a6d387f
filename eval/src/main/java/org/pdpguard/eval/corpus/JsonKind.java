package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.ADDRESS;
import static org.pdpguard.core.EntityType.AGE;
import static org.pdpguard.core.EntityType.BANK_ACCOUNT;
import static org.pdpguard.core.EntityType.BIOMETRIC_DATA;
import static org.pdpguard.core.EntityType.CREDENTIALS;
import static org.pdpguard.core.EntityType.DATE_OF_BIRTH;
import static org.pdpguard.core.EntityType.DEVICE_ID;
import static org.pdpguard.core.EntityType.EMAIL_ADDRESS;
import static org.pdpguard.core.EntityType.ETHNICITY;
import static org.pdpguard.core.EntityType.GENDER;
import static org.pdpguard.core.EntityType.GENETIC_DATA;
import static org.pdpguard.core.EntityType.HEALTH;
import static org.pdpguard.core.EntityType.IP_ADDRESS;
import static org.pdpguard.core.EntityType.LOCATION_DATA;
import static org.pdpguard.core.EntityType.MARITAL_STATUS;
import static org.pdpguard.core.EntityType.NATIONALITY;
import static org.pdpguard.core.EntityType.ONLINE_ACCOUNT;
import static org.pdpguard.core.EntityType.PAYMENT_CARD;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.RELIGION;
import static org.pdpguard.core.EntityType.VN_CCCD;
import static org.pdpguard.core.EntityType.VN_HEALTH_INSURANCE;
import static org.pdpguard.core.EntityType.VN_TAX_CODE;

import java.util.Base64;

/**
 * JSON exports and API payloads: user profiles, eKYC results, payment webhooks, login audits and
 * FHIR-like patient records; keys in English camelCase or snake_case, pretty or on one line.
 */
final class JsonKind implements Kind {
  @Override
  public String name() {
    return "json";
  }

  @Override
  public void write(Dice d, Doc doc) {
    JsonOut j = new JsonOut(doc, d.chance(0.7));
    switch (d.below(5)) {
      case 0 -> profile(d, j, Person.next(d));
      case 1 -> ekyc(d, j, Person.next(d));
      case 2 -> payment(d, j, Person.next(d));
      case 3 -> audit(d, j);
      default -> patient(d, j, Person.next(d));
    }
  }

  private static void profile(Dice d, JsonOut j, Person p) {
    boolean snake = d.chance(0.5);
    j.object(null)
        .num("id", d.number(6))
        .str(
            snake ? "full_name" : "fullName",
            PERSON_NAME,
            p.name(d.chance(0.7) ? Names.Form.TITLE : Names.Form.ASCII));
    j.str(snake ? "date_of_birth" : "dob", DATE_OF_BIRTH, p.birth().toString());
    j.str("gender", GENDER, p.female() ? "female" : "male");
    j.str("phone", PHONE_NUMBER, "+84" + p.phoneNine()).str("email", EMAIL_ADDRESS, p.email());
    j.str("address", ADDRESS, Addresses.full(d, p.home()));
    if (d.chance(0.6)) {
      j.object(snake ? "id_card" : "idCard")
          .str("type", "CCCD")
          .str("number", VN_CCCD, p.cccd())
          .endObject();
    }
    if (d.chance(0.5)) {
      j.str(snake ? "last_login_ip" : "lastLoginIp", IP_ADDRESS, Contacts.ip(d));
    }
    if (d.chance(0.5)) {
      j.object("device")
          .str("model", d.pick("SM-A546E", "iPhone14,5", "Redmi Note 12"))
          .str("imei", DEVICE_ID, Contacts.imei(d))
          .endObject();
    }
    if (d.chance(0.5)) {
      j.object(snake ? "last_location" : "lastLocation")
          .num("lat", LOCATION_DATA, Contacts.lat(d))
          .num("lng", LOCATION_DATA, Contacts.lon(d))
          .endObject();
    }
    if (d.chance(0.7)) {
      j.str(
          snake ? "facebook_url" : "facebookUrl",
          ONLINE_ACCOUNT,
          Accounts.profileUrl(d, p.handle()));
    }
    if (d.chance(0.3)) {
      j.str(snake ? "marital_status" : "maritalStatus", MARITAL_STATUS, d.pick(Terms.MARITAL_EN));
    }
    j.str("createdAt", Values.docDate(d) + "T" + Values.time(d) + ":00Z").endObject();
  }

  private static void ekyc(Dice d, JsonOut j, Person p) {
    j.object(null).str("requestId", d.hex(8) + "-" + d.hex(4) + "-" + d.hex(4) + "-" + d.hex(12));
    j.object("ocr")
        .str("id", VN_CCCD, p.cccd())
        .str("name", PERSON_NAME, p.name(Names.Form.CAPS))
        .str("dob", DATE_OF_BIRTH, Values.dmy(p.birth()))
        .str("sex", GENDER, p.female() ? "Nữ" : "Nam")
        .str("nationality", NATIONALITY, "Việt Nam")
        .str("home", ADDRESS, Addresses.write(d, p.hometown(), Addresses.Extent.WARD_UP, false))
        .str("address", ADDRESS, Addresses.full(d, p.home()))
        .str("issue_date", Values.dmy(Values.docDate(d).minusYears(2)))
        .endObject();
    j.object("liveness").str("result", "pass").num("score", "0." + d.between(80, 99)).endObject();
    byte[] template = new byte[d.between(24, 48)];
    for (int i = 0; i < template.length; i++) {
      template[i] = (byte) d.below(256);
    }
    j.str(
        d.pick("faceTemplate", "face_embedding", "fingerprintTemplate"),
        BIOMETRIC_DATA,
        Base64.getEncoder().encodeToString(template));
    j.num("matchScore", "0." + d.between(85, 99)).endObject();
  }

  private static void payment(Dice d, JsonOut j, Person p) {
    j.object(null)
        .str("event", "payment.succeeded")
        .str("orderId", d.number(14))
        .num("amount", String.valueOf(d.between(10, 5000) * 1000))
        .str("currency", "VND");
    j.object("card")
        .str("number", PAYMENT_CARD, p.card())
        .str("holder", PERSON_NAME, p.name(Names.Form.CAPS_ASCII))
        .str("expiry", Values.pad(d.between(1, 12), 2) + "/" + d.between(26, 31))
        .endObject();
    if (d.chance(0.5)) {
      j.object("refund")
          .str("bank", p.bank().shortName())
          .str("accountNo", BANK_ACCOUNT, p.account())
          .endObject();
    }
    j.object("customer")
        .str("phone", PHONE_NUMBER, "0" + p.phoneNine())
        .str("email", EMAIL_ADDRESS, p.email())
        .str("ip", IP_ADDRESS, Contacts.ip(d))
        .endObject();
    j.str("createdAt", Values.docDate(d) + "T" + Values.time(d) + ":12+07:00").endObject();
  }

  private static void audit(Dice d, JsonOut j) {
    j.array(null);
    int n = d.between(3, 8);
    for (int i = 0; i < n; i++) {
      Person p = Person.next(d);
      j.object(null).str("ts", Values.docDate(d) + "T" + Values.time(d) + ":0" + d.below(10) + "Z");
      j.str(d.pick("email", "user_email"), EMAIL_ADDRESS, p.email());
      if (d.chance(0.4)) {
        j.str("password", CREDENTIALS, Accounts.password(d, p.name(), p.year()));
      }
      j.str("ip", IP_ADDRESS, Contacts.ip(d)).str("result", d.pick("ok", "ok", "bad_password"));
      if (d.chance(0.3)) {
        j.str("mac", DEVICE_ID, Contacts.mac(d));
      }
      j.endObject();
    }
    j.endArray();
  }

  private static void patient(Dice d, JsonOut j, Person p) {
    j.object(null).str("resourceType", "Patient").str("id", "bn-" + d.digits(7));
    j.array("name")
        .object(null)
        .str("text", PERSON_NAME, p.name(Names.Form.TITLE))
        .endObject()
        .endArray();
    j.str("gender", GENDER, p.female() ? "female" : "male")
        .str("birthDate", DATE_OF_BIRTH, p.birth().toString());
    j.num("age", AGE, String.valueOf(p.age()));
    j.array("telecom")
        .object(null)
        .str("system", "phone")
        .str("value", PHONE_NUMBER, "0" + p.phoneNine())
        .endObject()
        .endArray();
    j.str("insuranceCode", VN_HEALTH_INSURANCE, p.bhyt())
        .str("ethnicity", ETHNICITY, p.ethnicity());
    if (d.chance(0.5)) {
      j.str("religion", RELIGION, p.religion());
    }
    if (d.chance(0.3)) {
      j.str("taxCode", VN_TAX_CODE, p.mst());
    }
    if (d.chance(0.4)) {
      j.str("geneticFinding", GENETIC_DATA, d.pick(Terms.GENETIC));
    }
    j.array("conditions");
    for (int i = d.between(1, 3); i > 0; i--) {
      var diagnosis = d.pick(Terms.DIAGNOSES);
      j.object(null)
          .str("code", HEALTH, diagnosis.get(1))
          .str("display", HEALTH, diagnosis.get(0))
          .endObject();
    }
    j.endArray().endObject();
  }
}
