package org.pdpguard.core.recognizer.generic;

import java.util.List;
import org.pdpguard.core.detect.Recognizer;

/**
 * Recognizers for data found by its shape rather than by Vietnamese words: phone numbers, e-mail,
 * cards, bank accounts, IP addresses, devices, credentials, GPS coordinates and online accounts.
 */
public final class GenericRecognizers {
  private GenericRecognizers() {}

  public static List<Recognizer> all() {
    return List.of(
        new PhoneRecognizer(),
        new EmailRecognizer(),
        new PaymentCardRecognizer(),
        new BankAccountRecognizer(),
        new DeviceIdRecognizer(),
        new IpAddressRecognizer(),
        new CredentialsRecognizer(),
        new LocationRecognizer(),
        new OnlineAccountRecognizer());
  }
}
